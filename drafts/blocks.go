package drafts

import (
	"fmt"
	"slices"
	"strings"
)

// A starting point is composed of building blocks: one for each thing a
// business has or does (employees, a webshop, a newsletter …). Each block
// is a piece of an answer file (blocks/<id>.toml), written once, in the
// voice markers of voice.go: the groups of people it brings, its purposes
// with their legal basis and retention, the systems it implies (as
// recipients named by category, whose country only the business knows),
// and what authorities get. Compose puts the pieces together for one
// business and leaves out what does not apply to it.

// Block is one building block of a starting point.
type Block struct {
	ID     string
	Name   string // short Danish name, for lists and messages
	Option string // the first screen's yes/no, as a line a business ticks
	Help   string // one Danish line on what the block brings
	// People is true for a group of people the business deals with (the
	// first screen's first list); false for something it does.
	People bool
	// Groups are the groups of people the block brings. A block may add
	// data to other groups, but only a block that brings a group makes it
	// part of the starting point.
	Groups []string
	// Implies are the blocks this one cannot be without.
	Implies []string
	hidden  bool // composed in when needed, never chosen
}

var blocks = []Block{
	{ID: "kunder", Name: "Private kunder", Option: "Private kunder", People: true, Groups: []string{"customers"}, Implies: []string{"aftaler"},
		Help: "kunder, der er privatpersoner, og aftalen med dem"},
	{ID: "erhvervskunder", Name: "Erhvervskunder", Option: "Erhvervskunder (kontaktpersoner hos virksomheder)", People: true, Groups: []string{"business_customers"}, Implies: []string{"aftaler"},
		Help: "kontaktpersoner hos virksomheder, I sælger til, på grundlag af legitim interesse"},
	{ID: "medlemmer", Name: "Medlemmer", Option: "Medlemmer", People: true, Groups: []string{"members"},
		Help: "medlemskab, og kontingent, når I også tager imod betaling"},
	{ID: "ansatte", Name: "Ansatte", Option: "Ansatte (løn, fravær og arbejdstid)", People: true, Groups: []string{"employees"},
		Help: "løn og indberetning til Skattestyrelsen, sygefravær, registrering af arbejdstid, personalemappen og lønsystemet"},
	{ID: "ansoegere", Name: "Jobansøgere", Option: "Jobansøgere", People: true, Groups: []string{"applicants"},
		Help: "ansøgninger, og hvor længe de gemmes"},
	{ID: "hjemmeside", Name: "Hjemmeside", Option: "Hjemmeside", Groups: []string{"visitors"},
		Help: "hjemmesidens hosting"},
	{ID: "booking", Name: "Booking", Option: "Booking på nettet (tider, hold eller borde)",
		Help: "bookinger, bekræftelser og bookingsystemet"},
	{ID: "betaling", Name: "Betaling og bogføring", Option: "Betaling og bogføring",
		Help: "bogføring efter bogføringsloven, betalingsudbyderen og regnskabsprogrammet"},
	{ID: "nyhedsbrev", Name: "Nyhedsbrev", Option: "Nyhedsbrev", Groups: []string{"subscribers"},
		Help: "nyhedsbrev med samtykke og nyhedsbrevsprogrammet"},
	{ID: "statistik", Name: "Besøgsstatistik", Option: "Besøgsstatistik med cookies (fx Google Analytics)", Implies: []string{"hjemmeside"},
		Help: "statistikcookies med samtykke og statistikværktøjet"},
	{ID: "annoncer", Name: "Annoncer", Option: "Annoncer, der måles på hjemmesiden (fx Meta Pixel eller Google Ads)", Implies: []string{"hjemmeside"},
		Help: "marketingcookies med samtykke og annonceplatformen"},
	{ID: "webshop", Name: "Webshop", Option: "Webshop med levering", Implies: []string{"kunder", "betaling", "hjemmeside"},
		Help: "ordrer, levering og reklamationer, webshopplatformen og fragtfirmaet"},
	{ID: "helbred", Name: "Helbredsoplysninger", Option: "Kunder fortæller om deres helbred (fx skader eller allergier)",
		Help: "helbredsoplysninger, kunderne selv giver, med udtrykkeligt samtykke"},
	{ID: "databehandler", Name: "Databehandler for kunder", Option: "Databehandling for kunder (fx drift af deres systemer eller data)",
		Help: "databehandling for kunderne og fortegnelsen over den"},

	// Composed in when needed.
	{ID: "base", hidden: true, Groups: []string{"enquiries"}},
	{ID: "aftaler", hidden: true},
	{ID: "cookiebanner", hidden: true},
}

// fragmentOrder is the order the blocks' pieces are put together in, and so
// the order of purposes and recipients in a starting point: what the
// business sells first, then what serves it, then the website.
var fragmentOrder = []string{
	"aftaler", "kunder", "erhvervskunder", "medlemmer", "booking", "webshop", "helbred", "betaling",
	"databehandler", "ansatte", "ansoegere", "base", "hjemmeside", "nyhedsbrev", "statistik", "annoncer", "cookiebanner",
}

// Blocks lists the building blocks a business can choose, in the order the
// first screen shows them: groups of people, then what the business does.
func Blocks() []Block {
	var out []Block
	for _, b := range blocks {
		if !b.hidden {
			b.Groups = slices.Clone(b.Groups)
			b.Implies = slices.Clone(b.Implies)
			out = append(out, b)
		}
	}
	return out
}

// BlockIDs lists the ids of the blocks a business can choose.
func BlockIDs() []string {
	var out []string
	for _, b := range Blocks() {
		out = append(out, b.ID)
	}
	return out
}

func lookupBlock(id string) (Block, bool) {
	for _, b := range blocks {
		if b.ID == id {
			return b, true
		}
	}
	return Block{}, false
}

// LookupBlock finds a block a business can choose by id.
func LookupBlock(id string) (Block, bool) {
	b, ok := lookupBlock(id)
	return b, ok && !b.hidden
}

// BlockError is the error for an id that names no block.
type BlockError struct{ ID string }

func (e *BlockError) Error() string {
	msg := fmt.Sprintf("der er ingen byggeklods, der hedder %q", e.ID)
	return msg + " – mente du " + fmt.Sprintf("%q", ClosestBlock(e.ID)) + "? Byggeklodserne er: " + strings.Join(BlockIDs(), ", ") + " (se 'privatliv kinds')"
}

// ClosestBlock is the block id closest to w: one it is a typing error for,
// one it is a word for ("medarbejdere" is "ansatte"), or else the one
// fewest edits away.
func ClosestBlock(w string) string {
	ids := BlockIDs()
	if c := closest(strings.ToLower(w), ids); c != "" {
		return c
	}
	if c := blockByWord(w); c != "" {
		return c
	}
	best, dist := ids[0], -1
	for _, id := range ids {
		if d := editDistance(strings.ToLower(w), id); dist < 0 || d < dist {
			best, dist = id, d
		}
	}
	return best
}

// blockWords are words people use for a block, so "--with loen" or
// "--with medarbejdere" names the closest.
var blockWords = map[string][]string{
	"ansatte":        {"medarbejdere", "personale", "loen", "løn", "ansat", "employees"},
	"ansoegere":      {"ansøgere", "jobansøgere", "rekruttering", "ansoeger", "applicants"},
	"betaling":       {"bogføring", "bogfoering", "regnskab", "faktura", "mobilepay", "payment"},
	"webshop":        {"netbutik", "shop", "butik"},
	"booking":        {"tidsbestilling", "bestilling", "kalender"},
	"nyhedsbrev":     {"newsletter", "mailchimp", "nyhedsbreve"},
	"statistik":      {"analytics", "google-analytics", "besøgsstatistik"},
	"annoncer":       {"ads", "reklame", "markedsføring", "pixel", "meta"},
	"helbred":        {"sundhed", "allergier", "skader", "health"},
	"erhvervskunder": {"b2b", "virksomheder", "firmakunder"},
	"databehandler":  {"processor", "underdatabehandler"},
	"medlemmer":      {"medlem", "members", "forening"},
	"hjemmeside":     {"website", "web", "side"},
	"kunder":         {"privatkunder", "forbrugere", "customers"},
}

// blockByWord is the block a word stands for, or "".
func blockByWord(w string) string {
	w = strings.ToLower(strings.TrimSpace(w))
	for _, b := range blocks {
		if slices.Contains(blockWords[b.ID], w) {
			return b.ID
		}
	}
	return ""
}

// ParseBlocks reads a list of block ids (as given to --with), in any order
// and case, and reports the first unknown one as a *BlockError.
func ParseBlocks(list string) ([]string, error) {
	var out []string
	for _, f := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ' ' }) {
		id := strings.ToLower(f)
		if _, ok := LookupBlock(id); !ok {
			return nil, &BlockError{ID: f}
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out, nil
}
