package drafts

import (
	"embed"
	"fmt"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// Unknown marks a fact the built-in vendor catalogue does not know. An
// answer file that uses such a vendor must state the fact itself.
const Unknown = "unknown"

//go:embed catalogue/vendors.toml
var catalogueFS embed.FS

// CatalogVendor is one entry of the built-in vendor catalogue. Facts that
// were not confirmed are "unknown"; Source says what the facts rest on and
// Checked is set only when someone really checked them on that date.
type CatalogVendor struct {
	ID            string          `toml:"id"`
	Name          string          `toml:"name"`
	Entity        string          `toml:"entity"`         // contracting legal entity, or "unknown"
	EntityCountry string          `toml:"entity_country"` // ISO code of the entity, or "unknown"
	EntityNote    string          `toml:"entity_note,omitempty"`
	CVR           string          `toml:"cvr,omitempty"`
	Category      string          `toml:"category"`
	Role          string          `toml:"role"`                     // processor, controller, joint or unknown
	ControllerFor string          `toml:"controller_for,omitempty"` // what it also does as independent controller
	JointFor      string          `toml:"joint_for,omitempty"`      // what it does as joint controller with the business
	Service       string          `toml:"service"`
	Data          []string        `toml:"data"`
	Purpose       string          `toml:"purpose,omitempty"`       // id of the usual purpose template
	Country       string          `toml:"country"`                 // where the data is processed, or "unknown"
	Transfer      string          `toml:"transfer"`                // none, adequacy, dpf, scc, bcr or unknown
	TransferTo    string          `toml:"transfer_to,omitempty"`   // the entity outside the EU/EEA that receives the data
	TransferNote  string          `toml:"transfer_note,omitempty"` // printed in the policy
	RemoteAccess  string          `toml:"remote_access,omitempty"` // basis for access from outside the EU/EEA (support), or unknown
	Advice        string          `toml:"advice,omitempty"`        // for the business, never in the policy
	Keeps         string          `toml:"keeps,omitempty"`         // what the vendor keeps for itself and how long, for the deletion schedule
	PrivacyURL    string          `toml:"privacy_url,omitempty"`
	Source        string          `toml:"source"`
	Checked       Date            `toml:"checked,omitempty"`
	Cookies       []CatalogCookie `toml:"cookies,omitempty"`
	// NecessaryCookies says what the strictly necessary cookies the vendor
	// sets on the website do, when that is known but their names are not
	// confirmed (they change between versions of the platform).
	NecessaryCookies string `toml:"necessary_cookies,omitempty"`
	// Service and JointFor in the record of processing's own words, where
	// the policy's speak to its reader (»vores side på Facebook«).
	RecordService  string `toml:"record_service,omitempty"`
	RecordJointFor string `toml:"record_joint_for,omitempty"`
}

// CatalogCookie is a cookie a catalogue vendor sets. A name ending in "*"
// is a pattern: "_ga_*" matches "_ga_ABC123".
type CatalogCookie struct {
	Name     string `toml:"name"`
	Purpose  string `toml:"purpose"`
	Category string `toml:"category"`
	Lifetime string `toml:"lifetime"`
}

// Matches reports whether a cookie name is this cookie or fits its pattern.
func (c CatalogCookie) Matches(name string) bool {
	if ok, err := path.Match(c.Name, name); err == nil && ok {
		return true
	}
	return c.Name == name
}

// DisplayName is the service and, when known, the legal entity behind it,
// for lists and pickers.
func (v CatalogVendor) DisplayName() string {
	if v.Entity == "" || v.Entity == Unknown || v.Entity == v.Name {
		return v.Name
	}
	return v.Name + " (" + v.Entity + ")"
}

// Provenance says what the entry's facts rest on, and when they were
// checked if anyone did.
func (v CatalogVendor) Provenance() string {
	s := v.Source
	if !v.Checked.IsZero() {
		s += ", tjekket " + v.Checked.String()
	}
	return s
}

// AsVendor is the entry as the facts of an answer-file vendor.
func (v CatalogVendor) AsVendor() Vendor {
	return Vendor{
		Catalog: v.ID, Name: v.Name, Entity: v.Entity, EntityCountry: v.EntityCountry,
		Role: v.Role, ControllerFor: v.ControllerFor, JointFor: v.JointFor, Service: v.Service,
		Country: v.Country, Transfer: v.Transfer, TransferTo: v.TransferTo, TransferNote: v.TransferNote,
		RemoteAccess: v.RemoteAccess, PrivacyURL: v.PrivacyURL,
		RecordService: v.RecordService, RecordJointFor: v.RecordJointFor,
	}
}

// CatalogCategories names the catalogue's categories in Danish.
var CatalogCategories = []Term{
	{ID: "hosting", Label: "Hosting og hjemmesider"},
	{ID: "office", Label: "E-mail og kontor"},
	{ID: "accounting", Label: "Regnskab"},
	{ID: "payroll", Label: "Løn"},
	{ID: "payments", Label: "Betaling"},
	{ID: "crm", Label: "Kunderelationer og salg"},
	{ID: "newsletter", Label: "Nyhedsbreve"},
	{ID: "analytics", Label: "Statistik"},
	{ID: "ads", Label: "Annoncer"},
	{ID: "consent", Label: "Cookiebannere"},
	{ID: "booking", Label: "Booking"},
	{ID: "forms", Label: "Formularer"},
	{ID: "shipping", Label: "Fragt"},
	{ID: "embeds", Label: "Indlejret indhold og sociale medier"},
	{ID: "chat", Label: "Kundeservice og kommunikation"},
	{ID: "ai", Label: "Kunstig intelligens"},
	{ID: "reviews", Label: "Anmeldelser"},
}

// The catalogue is read the first time it is needed, not at start-up,
// where its 83 entries cost a tenth of the first frame.
var (
	catalogueOnce sync.Once
	catalogueList []CatalogVendor
	catalogueErr  error
)

func catalogue() []CatalogVendor {
	catalogueOnce.Do(func() { catalogueList, catalogueErr = loadCatalogue() })
	return catalogueList
}

func loadCatalogue() ([]CatalogVendor, error) {
	data, err := catalogueFS.ReadFile("catalogue/vendors.toml")
	if err != nil {
		return nil, err
	}
	var doc struct {
		Vendor []CatalogVendor `toml:"vendor"`
	}
	md, err := toml.Decode(string(data), &doc)
	if err != nil {
		return nil, fmt.Errorf("catalogue/vendors.toml: %w", err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		return nil, fmt.Errorf("catalogue/vendors.toml: unknown keys %v", u)
	}
	return doc.Vendor, nil
}

// Catalogue is every vendor in the built-in catalogue, sorted by category
// and name.
func Catalogue() []CatalogVendor {
	out := append([]CatalogVendor(nil), catalogue()...)
	order := map[string]int{}
	for i, c := range CatalogCategories {
		order[c.ID] = i
	}
	sort.SliceStable(out, func(i, j int) bool {
		if order[out[i].Category] != order[out[j].Category] {
			return order[out[i].Category] < order[out[j].Category]
		}
		return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name)
	})
	return out
}

// CatalogueError is the error from reading the built-in catalogue, if any.
func CatalogueError() error {
	catalogue()
	return catalogueErr
}

// LookupVendor finds a catalogue entry by id.
func LookupVendor(id string) (CatalogVendor, bool) {
	for _, v := range catalogue() {
		if v.ID == id {
			return v, true
		}
	}
	return CatalogVendor{}, false
}

// CatalogIDs are the ids of every catalogue entry.
func CatalogIDs() []string {
	ids := make([]string, len(catalogue()))
	for i, v := range catalogue() {
		ids[i] = v.ID
	}
	return ids
}

// ResolveVendor fills the fields a vendor leaves empty from the catalogue
// entry it refers to. Fields set in the answer file always win. When the
// answer file moves a vendor to another country without naming a transfer
// basis, the catalogue's basis no longer applies: inside the EU/EEA it
// becomes "none", elsewhere it must be given. Naming another entity drops
// the catalogue's entity country for the same reason.
//
// The catalogue's own descriptions are in the voice "vi"; ResolveVendorIn
// puts them in another.
func ResolveVendor(v Vendor) Vendor { return ResolveVendorIn(v, false) }

// ResolveVendorIn is ResolveVendor for a business that writes as "jeg"
// when firstPerson: the catalogue's descriptions (service, what the vendor
// does as a controller, the transfer note) are said in that voice.
func ResolveVendorIn(v Vendor, firstPerson bool) Vendor {
	if v.Catalog == "" {
		return v
	}
	cv, ok := LookupVendor(v.Catalog)
	if !ok {
		return v
	}
	base := cv.AsVendor()
	out := base
	out.Category = v.Category
	out.Purposes = v.Purposes
	out.PurposeRoles = v.PurposeRoles
	out.RemoteCountries = v.RemoteCountries
	out.AgreementSigned, out.AgreementKept, out.TransferAssessed = v.AgreementSigned, v.AgreementKept, v.TransferAssessed
	out.Data, out.SubProcessors = v.Data, v.SubProcessors
	set := func(dst *string, src string) {
		if src != "" {
			*dst = src
		}
	}
	set(&out.Name, v.Name)
	set(&out.Role, v.Role)
	set(&out.ControllerFor, v.ControllerFor)
	// The catalogue's record words say its own service in other words; an
	// own service or joint purpose takes only the answers' record words.
	if v.JointFor != "" {
		out.JointFor, out.RecordJointFor = v.JointFor, ""
	}
	if v.Service != "" {
		out.Service, out.RecordService = v.Service, ""
	}
	set(&out.RecordJointFor, v.RecordJointFor)
	set(&out.RecordService, v.RecordService)
	set(&out.PrivacyURL, v.PrivacyURL)
	if v.Entity != "" && v.Entity != base.Entity {
		out.Entity = v.Entity
		out.EntityCountry = ""
	}
	set(&out.EntityCountry, v.EntityCountry)
	if v.Country != "" && v.Country != base.Country {
		out.Country = v.Country
		out.Transfer = ""
		out.TransferTo = ""
		out.TransferNote = ""
		switch {
		case base.Transfer == Unknown:
			// What the catalogue did not know about sub-processors and
			// support is still not known.
			out.Transfer = Unknown
		case InEEA(v.Country):
			out.Transfer = "none"
		}
	}
	set(&out.Transfer, v.Transfer)
	set(&out.TransferTo, v.TransferTo)
	set(&out.TransferNote, v.TransferNote)
	set(&out.RemoteAccess, v.RemoteAccess)
	for _, f := range []*string{&out.Service, &out.ControllerFor, &out.JointFor, &out.TransferNote} {
		*f = Say(*f, firstPerson)
	}
	return out
}

// ResolvedVendors are the answers' vendors with catalogue facts filled in.
func (a *Answers) ResolvedVendors() []Vendor {
	out := make([]Vendor, len(a.Vendors))
	for i, v := range a.Vendors {
		out[i] = ResolveVendorIn(v, a.Controller.FirstPerson())
	}
	return out
}

// RecipientCategories are the kinds of recipients a policy may name instead
// of a company (art. 13(1)(e) allows categories of recipients).
var RecipientCategories = []Term{
	{"payment", "Betalingsudbyder"},
	{"accountant", "Revisor"},
	{"bookkeeper", "Bogholder"},
	{"accounting_system", "Regnskabsprogram"},
	{"payroll", "Lønudbyder"},
	{"hosting", "Hostingleverandør"},
	{"webshop", "Webshopplatform"},
	{"email", "Leverandør af e-mail"},
	{"office", "Leverandør af kontorprogrammer"},
	{"it_support", "IT-support"},
	{"booking", "Bookingsystem"},
	{"patient_records", "Journalsystem"},
	{"member_system", "Medlemssystem"},
	{"newsletter", "Nyhedsbrevsudbyder"},
	{"analytics", "Statistikværktøj"},
	{"ads", "Annonceplatform"},
	{"consent", "Cookiebanner"},
	{"crm", "Kundesystem (CRM)"},
	{"shipping", "Fragtfirma"},
	{"bank", "Bank"},
	{"insurer", "Forsikringsselskab"},
	{"lawyer", "Advokat"},
	{"debt_collector", "Inkassobureau"},
	{"authority", "Offentlig myndighed"},
	{"pension", "Pensionsselskab"},
	{"marketing_agency", "Marketingbureau"},
}

// VendorLabel is how a vendor is named in messages: its name, or the label
// of its recipient category.
func VendorLabel(v Vendor) string {
	if v.Name != "" {
		return v.Name
	}
	if v.Category != "" {
		return Label(RecipientCategories, v.Category)
	}
	return "leverandøren"
}

// SubProcessors are the vendors the business uses for the processing it
// does for its customers (processor.vendors), resolved, in the answers' order.
func (a *Answers) SubProcessors() []Vendor {
	var out []Vendor
	for _, v := range a.ResolvedVendors() {
		if a.IsSubProcessor(v) {
			out = append(out, v)
		}
	}
	return out
}

// IsSubProcessor reports whether the resolved vendor v is named in
// processor.vendors: by its catalogue id, its name, or, for a vendor named
// only by its kind, that recipient category.
func (a *Answers) IsSubProcessor(v Vendor) bool {
	if !a.Processor.Acts {
		return false
	}
	for _, id := range a.Processor.Vendors {
		if id != "" && (id == v.Catalog || id == v.Name || (v.Name == "" && id == v.Category)) {
			return true
		}
	}
	return false
}
