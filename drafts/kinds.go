package drafts

import (
	"embed"
	"fmt"
	"slices"
	"strings"
)

// Kinds are named presets of building blocks (blocks.go): a salon has
// private customers, booking, payments, health notes and staff. Each kind
// also has a piece of its own (kinds/<id>.toml) with what only such a
// business has – a clinic's patient records, an adviser's checks under the
// anti-money-laundering act – and its own words for the blocks' purposes
// ("Behandlinger" for a salon's agreements with its customers). What only
// the business knows (its identity, where the systems it chose keep data,
// its security measures, profiling) is left empty for it to answer.

//go:embed kinds/*.toml
var kindsFS embed.FS

// Kind is a kind of business privatliv has a starting point for.
type Kind struct {
	ID          string
	Name        string // short Danish name, for pickers
	Description string // one Danish line on who it fits
	// Measures are the security measures such a business should consider.
	// The wizard asks about them; a starting point never ticks them.
	Measures []string
	// Blocks are the building blocks such a business usually has; the
	// first screen shows them ticked, for the business to change.
	Blocks []string
	// Voice is "jeg" for a kind most often run by one person who writes
	// so; "" is "vi".
	Voice       string
	Association bool
	// CustomerGroup is the group the blocks' customers are for this kind:
	// a clinic's patients. "" keeps customers.
	CustomerGroup string
	// Drop are block purposes the kind has no use for: a restaurant's
	// agreement with its guests is the table booking.
	Drop []string
	// Nouns are the words only this kind's text says of the business or
	// its people ("salonen", "patienter"); no other starting point may say
	// them.
	Nouns []string
}

var kinds = []Kind{
	{ID: "salon", Name: "Frisør og skønhed", Description: "Frisør-, negle- eller skønhedssalon med onlinebooking og kundekort",
		Measures: []string{"access_control", "mfa", "backup", "dpa", "confidentiality"},
		Blocks:   []string{"kunder", "ansatte", "hjemmeside", "booking", "betaling", "helbred"},
		Nouns:    []string{"salon", "salonen", "hårfarve", "hudforhold", "kundekort"}},
	{ID: "studie", Name: "Yoga, dans og fitness", Description: "Studie eller center med hold, forløb eller træning, fx yoga, dans, pilates eller fitness",
		Measures: []string{"access_control", "mfa", "backup", "dpa", "confidentiality"},
		Blocks:   []string{"kunder", "hjemmeside", "booking", "betaling", "helbred"},
		Nouns:    []string{"hold", "holdet", "forløb", "klippekort", "træning", "graviditet", "øvelserne"}},
	{ID: "klinik", Name: "Klinik og behandler", Description: "Klinik eller behandler med autorisation, fx fysioterapeut, kiropraktor eller psykolog, med journal",
		Measures:      []string{"encryption", "encryption_rest", "access_control", "mfa", "backup", "logging", "dpa", "confidentiality", "physical"},
		Blocks:        []string{"ansatte", "hjemmeside", "betaling"},
		CustomerGroup: "patients",
		Nouns:         []string{"klinikken", "patient", "patienter", "journal", "journalen", "henvist", "tidsbestilling"}},
	{ID: "restaurant", Name: "Restaurant og café", Description: "Restaurant eller café med bordbestilling på nettet",
		Measures: []string{"access_control", "mfa", "backup", "dpa"},
		Blocks:   []string{"kunder", "ansatte", "hjemmeside", "booking", "betaling", "helbred"},
		Drop:     []string{"aftaler"},
		Nouns:    []string{"restaurant", "restauranten", "gæster", "gæsterne", "bord", "bordet", "bordbestilling", "mad"}},
	{ID: "butik", Name: "Butik", Description: "Butik med fysisk forretning, hvor kunderne handler, bestiller varer og bytter dem",
		Measures: []string{"access_control", "mfa", "backup", "dpa", "confidentiality"},
		Blocks:   []string{"kunder", "ansatte", "hjemmeside", "betaling"},
		Nouns:    []string{"butikken", "bytter", "bestilte"}},
	{ID: "webshop", Name: "Webshop", Description: "Netbutik, der sælger og sender varer til private, med nyhedsbrev",
		Measures: []string{"encryption", "access_control", "mfa", "backup", "updates", "dpa"},
		Blocks:   []string{"kunder", "hjemmeside", "webshop", "betaling", "nyhedsbrev"}},
	{ID: "haandvaerker", Name: "Håndværker med ansatte", Description: "Håndværksvirksomhed med ansatte, private kunder og erhvervskunder",
		Measures: []string{"access_control", "mfa", "backup", "dpa", "confidentiality", "physical"},
		Blocks:   []string{"kunder", "erhvervskunder", "ansatte", "ansoegere", "hjemmeside", "betaling"},
		Nouns:    []string{"mangel", "mangler", "materialer", "tilbuddet"}},
	{ID: "kreativ", Name: "Fotograf og anden kreativ virksomhed", Description: "Fotograf, designer, illustrator eller anden kreativ virksomhed, ofte med én person",
		Measures: []string{"access_control", "mfa", "backup", "dpa"},
		Blocks:   []string{"kunder", "erhvervskunder", "hjemmeside", "betaling"},
		Voice:    "jeg",
		Nouns:    []string{"portefølje", "porteføljen", "fotograferingen", "billederne"}},
	{ID: "webbureau", Name: "Web- og IT-bureau", Description: "Bureau, der laver hjemmesider, webshops, apps eller IT-drift for andre virksomheder",
		Measures: []string{"encryption", "encryption_rest", "access_control", "mfa", "backup", "updates", "logging", "dpa", "confidentiality"},
		Blocks:   []string{"erhvervskunder", "ansatte", "hjemmeside", "betaling", "databehandler"},
		Nouns:    []string{"bureau", "bureauet", "it-drift"}},
	{ID: "raadgiver", Name: "Rådgiver og revisor", Description: "Konsulent, revisor, bogholder eller anden rådgiver, der arbejder for virksomheder og private",
		Measures: []string{"encryption", "encryption_rest", "access_control", "mfa", "backup", "updates", "dpa", "confidentiality"},
		Blocks:   []string{"kunder", "erhvervskunder", "ansatte", "hjemmeside", "betaling", "databehandler"},
		Nouns:    []string{"klient", "erhvervsklienter", "hvidvaskloven", "rådgivning", "legitimation"}},
	{ID: "saas", Name: "Software og app (SaaS)", Description: "Virksomhed, der sælger software eller en app som abonnement til andre virksomheder",
		Measures: []string{"encryption", "encryption_rest", "access_control", "mfa", "backup", "updates", "logging", "dpa", "confidentiality"},
		Blocks:   []string{"erhvervskunder", "hjemmeside", "betaling", "databehandler"},
		Nouns:    []string{"tjenesten", "abonnementet", "brugere"}},
	{ID: "forening", Name: "Forening", Description: "Forening med medlemmer, kontingent, frivillige og bestyrelse",
		Measures:    []string{"access_control", "mfa", "dpa", "confidentiality"},
		Blocks:      []string{"medlemmer", "hjemmeside", "betaling"},
		Association: true,
		Nouns:       []string{"frivillige", "bestyrelsen", "generalforsamling"}},
}

// Kinds lists the kinds of business there are starting points for, in the
// order a picker shows them.
func Kinds() []Kind {
	out := make([]Kind, len(kinds))
	for i, k := range kinds {
		k.Measures = slices.Clone(k.Measures)
		k.Blocks = slices.Clone(k.Blocks)
		k.Drop = slices.Clone(k.Drop)
		k.Nouns = slices.Clone(k.Nouns)
		out[i] = k
	}
	return out
}

// KindIDs lists the ids of the kinds.
func KindIDs() []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = k.ID
	}
	return out
}

func lookupKind(id string) (Kind, bool) {
	for _, k := range kinds {
		if k.ID == id {
			return k, true
		}
	}
	return Kind{}, false
}

// LookupKind finds a kind by id.
func LookupKind(id string) (Kind, bool) {
	for _, k := range Kinds() {
		if k.ID == id {
			return k, true
		}
	}
	return Kind{}, false
}

// KindError is the error for an id that names no kind.
type KindError struct{ ID string }

func (e *KindError) Error() string {
	msg := fmt.Sprintf("der er intet udgangspunkt, der hedder %q", e.ID)
	s := suggest(e.ID, KindIDs())
	if id := kindByWord(e.ID); s == "" && id != "" {
		s = fmt.Sprintf(" – mente du %q?", id)
	}
	if s != "" {
		msg += s + " Udgangspunkterne er"
	} else {
		msg += "; udgangspunkterne er"
	}
	return msg + ": " + strings.Join(KindIDs(), ", ") + " (se 'privatliv kinds')"
}

// KindSource is the text of a kind's starting answer file, with comments
// that say what to fill in. It has no effective date: the caller dates it.
func KindSource(id string) ([]byte, error) {
	s, err := KindSetup(id)
	if err != nil {
		return nil, err
	}
	return ComposeSource(s, Date{}, id+".toml")
}

// KindAnswers is a kind's starting answers. Identity, effective date and
// everything else only the business knows are empty.
func KindAnswers(id string) (*Answers, error) {
	s, err := KindSetup(id)
	if err != nil {
		return nil, err
	}
	return Compose(s)
}

// kindWords are the words people use for each kind, so "--kind frisør" or
// "--kind revisor" finds its starting point.
var kindWords = map[string][]string{
	"studie":       {"yoga", "yogastudie", "dans", "danseskole", "fitness", "pilates", "træning", "crossfit", "studio"},
	"butik":        {"forretning", "detailhandel", "tøjbutik", "boghandel", "blomsterbutik"},
	"kreativ":      {"fotograf", "designer", "grafiker", "illustrator", "kunstner", "musiker", "tekstforfatter"},
	"webbureau":    {"bureau", "webbureau", "it-bureau", "webudvikler", "udvikler", "it-konsulent"},
	"salon":        {"frisør", "frisoer", "frisor", "skønhed", "skoenhed", "negle", "beauty", "kosmetolog", "barber"},
	"webshop":      {"netbutik", "shop", "nethandel", "ecommerce"},
	"haandvaerker": {"håndværker", "handvaerker", "tømrer", "toemrer", "elektriker", "vvs", "murer", "maler", "snedker", "blikkenslager"},
	"klinik":       {"fysioterapeut", "fysioterapi", "kiropraktor", "psykolog", "terapeut", "behandler", "tandlæge", "clinic", "zoneterapeut"},
	"forening":     {"klub", "idrætsforening", "association", "frivillig"},
	"restaurant":   {"café", "cafe", "kafe", "bar", "spisested", "bistro"},
	"raadgiver":    {"rådgiver", "revisor", "bogholder", "konsulent", "advokat", "accountant", "consultant"},
	"saas":         {"software", "app", "program"},
}

// kindByWord is the kind a word names, or "".
func kindByWord(w string) string {
	w = strings.ToLower(strings.TrimSpace(w))
	for _, k := range kinds {
		for _, x := range kindWords[k.ID] {
			if w == x {
				return k.ID
			}
		}
	}
	return ""
}
