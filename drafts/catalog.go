package drafts

// Unknown marks a fact the built-in vendor catalogue does not know. An
// answer file that uses such a vendor must state the fact itself.
const Unknown = "unknown"

// Catalog looks up vendors in the built-in catalogue. Package content holds
// the catalogue and installs it with SetCatalog; drafts only knows the shape.
type Catalog interface {
	// Vendor returns the catalogue's facts as a Vendor (name, role,
	// service, country, transfer, note, privacy link), or false.
	Vendor(id string) (Vendor, bool)
	IDs() []string
}

var catalog Catalog

// SetCatalog installs the vendor catalogue.
func SetCatalog(c Catalog) { catalog = c }

// ResolveVendor fills the fields a vendor leaves empty from the catalogue
// entry it refers to. Fields set in the answer file always win. When the
// answer file moves a vendor to another country without naming a transfer
// basis, the catalogue's basis no longer applies: inside the EU/EEA it
// becomes "none", elsewhere it must be given.
func ResolveVendor(v Vendor) Vendor {
	if v.Catalog == "" || catalog == nil {
		return v
	}
	base, ok := catalog.Vendor(v.Catalog)
	if !ok {
		return v
	}
	out := base
	out.Catalog = v.Catalog
	out.Purposes = v.Purposes
	set := func(dst *string, src string) {
		if src != "" {
			*dst = src
		}
	}
	set(&out.Name, v.Name)
	set(&out.Role, v.Role)
	set(&out.Service, v.Service)
	set(&out.PrivacyURL, v.PrivacyURL)
	if v.Country != "" && v.Country != base.Country {
		out.Country = v.Country
		out.Transfer = ""
		out.TransferNote = ""
		if c, ok := CountryByCode(v.Country); ok && c.EEA {
			out.Transfer = "none"
		}
	}
	set(&out.Transfer, v.Transfer)
	set(&out.TransferNote, v.TransferNote)
	return out
}

// ResolvedVendors are the answers' vendors with catalogue facts filled in.
func (a *Answers) ResolvedVendors() []Vendor {
	out := make([]Vendor, len(a.Vendors))
	for i, v := range a.Vendors {
		out[i] = ResolveVendor(v)
	}
	return out
}
