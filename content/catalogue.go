package content

import (
	"embed"
	"fmt"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/privatliv/privatliv/drafts"
)

//go:embed catalogue/vendors.toml
var catalogueFS embed.FS

// CatalogVendor is one entry of the built-in vendor catalogue.
type CatalogVendor struct {
	ID            string          `toml:"id"`
	Name          string          `toml:"name"`
	Entity        string          `toml:"entity"`         // legal entity, or "unknown"
	EntityCountry string          `toml:"entity_country"` // ISO code
	EntityNote    string          `toml:"entity_note,omitempty"`
	CVR           string          `toml:"cvr,omitempty"`
	Category      string          `toml:"category"`
	Role          string          `toml:"role"` // processor, controller, joint or unknown
	Service       string          `toml:"service"`
	Data          []string        `toml:"data"`
	Purpose       string          `toml:"purpose,omitempty"`       // id of the usual purpose template
	Country       string          `toml:"country"`                 // where the data is processed
	Transfer      string          `toml:"transfer"`                // none, adequacy, dpf, scc, bcr or unknown
	TransferNote  string          `toml:"transfer_note,omitempty"` // printed in the policy
	Advice        string          `toml:"advice,omitempty"`        // for the business, never in the policy
	PrivacyURL    string          `toml:"privacy_url,omitempty"`
	Checked       drafts.Date     `toml:"checked"`
	Cookies       []CatalogCookie `toml:"cookies,omitempty"`
}

// CatalogCookie is a cookie a catalogue vendor sets.
type CatalogCookie struct {
	Name     string `toml:"name"`
	Purpose  string `toml:"purpose"`
	Category string `toml:"category"`
	Lifetime string `toml:"lifetime"`
}

// DisplayName is how the vendor is named in a policy: the service and, when
// known, the legal entity behind it.
func (v CatalogVendor) DisplayName() string {
	if v.Entity == "" || v.Entity == drafts.Unknown || v.Entity == v.Name {
		return v.Name
	}
	return v.Name + " (" + v.Entity + ")"
}

// AsVendor is the entry as the facts of an answer-file vendor.
func (v CatalogVendor) AsVendor() drafts.Vendor {
	return drafts.Vendor{
		Catalog: v.ID, Name: v.DisplayName(), Role: v.Role, Service: v.Service,
		Country: v.Country, Transfer: v.Transfer, TransferNote: v.TransferNote, PrivacyURL: v.PrivacyURL,
	}
}

// CatalogCategories names the catalogue's categories in Danish.
var CatalogCategories = []drafts.Term{
	{ID: "hosting", Label: "Hosting og hjemmesider"},
	{ID: "office", Label: "E-mail og kontor"},
	{ID: "accounting", Label: "Regnskab"},
	{ID: "payroll", Label: "Løn"},
	{ID: "payments", Label: "Betaling"},
	{ID: "newsletter", Label: "Nyhedsbreve"},
	{ID: "analytics", Label: "Statistik"},
	{ID: "ads", Label: "Annoncer"},
	{ID: "consent", Label: "Cookiebannere"},
	{ID: "booking", Label: "Booking"},
	{ID: "shipping", Label: "Fragt"},
	{ID: "embeds", Label: "Indlejret indhold"},
	{ID: "chat", Label: "Kundeservice og kommunikation"},
	{ID: "ai", Label: "Kunstig intelligens"},
	{ID: "reviews", Label: "Anmeldelser"},
}

var (
	catalogue    []CatalogVendor
	catalogueErr error
)

func init() {
	catalogue, catalogueErr = loadCatalogue()
	drafts.SetCatalog(catalogueLookup{})
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
	out := append([]CatalogVendor(nil), catalogue...)
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
func CatalogueError() error { return catalogueErr }

// LookupVendor finds a catalogue entry by id.
func LookupVendor(id string) (CatalogVendor, bool) {
	for _, v := range catalogue {
		if v.ID == id {
			return v, true
		}
	}
	return CatalogVendor{}, false
}

type catalogueLookup struct{}

func (catalogueLookup) Vendor(id string) (drafts.Vendor, bool) {
	v, ok := LookupVendor(id)
	if !ok {
		return drafts.Vendor{}, false
	}
	return v.AsVendor(), true
}

func (catalogueLookup) IDs() []string {
	ids := make([]string, len(catalogue))
	for i, v := range catalogue {
		ids[i] = v.ID
	}
	return ids
}
