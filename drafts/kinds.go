package drafts

import (
	"embed"
	"fmt"
	"strings"
)

// Starting points per kind of business: an answer file for each, with the
// purposes, groups, typical vendors and cookies such a business has. What
// only the business knows (its identity, where a system it chose keeps
// data, its security measures, profiling) is left empty for it to answer.
// The files are ordinary schema-2 answer files with comments that say what
// to fill in; the descriptions live here, so the files stay valid.

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
}

var kinds = []Kind{
	{"salon", "Frisør og skønhed", "Frisør-, negle- eller skønhedssalon med onlinebooking og kundekort",
		[]string{"access_control", "mfa", "backup", "dpa", "confidentiality"}},
	{"webshop", "Webshop", "Netbutik, der sælger og sender varer til private, med nyhedsbrev og annoncer",
		[]string{"encryption", "access_control", "mfa", "backup", "updates", "dpa"}},
	{"haandvaerker", "Håndværker med ansatte", "Håndværksvirksomhed med ansatte, private kunder og erhvervskunder",
		[]string{"access_control", "mfa", "backup", "dpa", "confidentiality", "physical"}},
	{"klinik", "Klinik og behandler", "Klinik eller behandler med autorisation, fx fysioterapeut, kiropraktor eller psykolog, med journal",
		[]string{"encryption", "encryption_rest", "access_control", "mfa", "backup", "logging", "dpa", "confidentiality", "physical"}},
	{"forening", "Forening", "Forening med medlemmer, kontingent, frivillige og bestyrelse",
		[]string{"access_control", "mfa", "dpa", "confidentiality"}},
	{"restaurant", "Restaurant og café", "Restaurant eller café med bordbestilling på nettet",
		[]string{"access_control", "mfa", "backup", "dpa"}},
	{"raadgiver", "Rådgiver og revisor", "Konsulent, revisor, bogholder eller anden rådgiver, der arbejder for virksomheder og private",
		[]string{"encryption", "encryption_rest", "access_control", "mfa", "backup", "updates", "dpa", "confidentiality"}},
	{"saas", "Software og app (SaaS)", "Virksomhed, der sælger software eller en app som abonnement til andre virksomheder",
		[]string{"encryption", "encryption_rest", "access_control", "mfa", "backup", "updates", "logging", "dpa", "confidentiality"}},
}

// Kinds lists the kinds of business there are starting points for, in the
// order a picker shows them.
func Kinds() []Kind {
	out := make([]Kind, len(kinds))
	copy(out, kinds)
	for i := range out {
		out[i].Measures = append([]string(nil), kinds[i].Measures...)
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

// KindSource is the text of a kind's starting answer file, with its
// comments. It has no effective date: the caller dates it.
func KindSource(id string) ([]byte, error) {
	if _, ok := LookupKind(id); !ok {
		return nil, &KindError{ID: id}
	}
	return kindsFS.ReadFile("kinds/" + id + ".toml")
}

// KindAnswers loads a kind's starting answers. Identity, effective date and
// everything else only the business knows are empty.
func KindAnswers(id string) (*Answers, error) {
	data, err := KindSource(id)
	if err != nil {
		return nil, err
	}
	f, err := Parse(id+".toml", data)
	if err != nil {
		return nil, err
	}
	return f.Answers, nil
}

// kindWords are the words people use for each kind, so "--kind frisør" or
// "--kind revisor" finds its starting point.
var kindWords = map[string][]string{
	"salon":        {"frisør", "frisoer", "frisor", "skønhed", "skoenhed", "negle", "beauty", "kosmetolog", "barber"},
	"webshop":      {"netbutik", "butik", "shop", "nethandel", "ecommerce"},
	"haandvaerker": {"håndværker", "handvaerker", "tømrer", "toemrer", "elektriker", "vvs", "murer", "maler", "snedker", "blikkenslager"},
	"klinik":       {"fysioterapeut", "fysioterapi", "kiropraktor", "psykolog", "terapeut", "behandler", "tandlæge", "clinic", "zoneterapeut"},
	"forening":     {"klub", "idrætsforening", "association", "frivillig"},
	"restaurant":   {"café", "cafe", "kafe", "bar", "spisested", "bistro"},
	"raadgiver":    {"rådgiver", "revisor", "bogholder", "konsulent", "advokat", "accountant", "consultant"},
	"saas":         {"software", "app", "program", "it"},
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
