package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// A new questionnaire starts with a few plain questions, on up to three
// pages: what kind of business it is most like (a preset); who is behind
// it and what it has and does (the building blocks, ticked for the kind);
// and which systems it uses for what the blocks bring. The starting point
// is composed from the answers (drafts.Compose): the purposes, groups and
// systems that follow from them, in the business's own voice, with what
// only the business knows left open.

// The pages of the first screen.
const (
	pageKind = iota
	pageAbout
	pageSystems
)

// start holds the first screen's answers while they are given.
type start struct {
	page   int
	kind   string // a kind's id; "" for none
	preset string // the kind the blocks were last ticked for
	ticked bool   // the blocks have been ticked for preset
	who    string // "vi", "jeg" or whoAssociation
	people []string
	does   []string
	// systems are the catalogue ids chosen for the systems the blocks
	// bring, by recipient category; "" is another or not known yet.
	systems   map[string]*string
	inEEA     string // "ja" when every system not known keeps data in the EU/EEA
	banner    string
	profiling string
	cookies   string // "ingen" when the website sets no cookies at all
}

const whoAssociation = "forening"

// generalBlocks are ticked when no kind is chosen: what most businesses
// have.
var generalBlocks = []string{"kunder", "hjemmeside", "betaling"}

// tick sets the answers to the kind's preset (or the general one), once
// per kind chosen: going back and forth keeps what was changed.
func (s *start) tick() {
	if s.ticked && s.preset == s.kind {
		return
	}
	s.preset, s.ticked = s.kind, true
	blocks, who := generalBlocks, "vi"
	if k, ok := drafts.LookupKind(s.kind); ok {
		blocks = k.Blocks
		switch {
		case k.Association:
			who = whoAssociation
		case k.Voice == "jeg":
			who = "jeg"
		}
	}
	s.who = who
	s.people, s.does = nil, nil
	for _, b := range drafts.Blocks() {
		if !slices.Contains(blocks, b.ID) {
			continue
		}
		if b.People {
			s.people = append(s.people, b.ID)
		} else {
			s.does = append(s.does, b.ID)
		}
	}
}

// setup is the starting point the answers ask for.
func (s *start) setup() drafts.Setup {
	st := drafts.Setup{Kind: s.kind, Voice: "vi", Association: s.who == whoAssociation, Banner: s.banner, Profiling: s.profiling}
	if s.who == "jeg" {
		st.Voice = "jeg"
	}
	st.Blocks = append(slices.Clone(s.people), s.does...)
	st.Systems = map[string]string{}
	for slot, id := range s.systems {
		if *id != "" {
			st.Systems[slot] = *id
		}
	}
	st.SystemsInEEA = s.inEEA == "ja"
	st.NoCookies = s.cookies == "ingen"
	if st.Banner == "none" {
		st.Banner = ""
	}
	return st
}

// you is how the first screen speaks to the business: »I« to a business
// of more than one, »du« to one person.
func (s *start) you(plural, singular string) string {
	if s.who == "jeg" {
		return singular
	}
	return plural
}

// blankStartLabel is the kind picker's choice for no kind: the blocks
// alone.
const blankStartLabel = "Ingen af dem – jeg vælger selv, hvad virksomheden har og gør"

func kindOptions() []huh.Option[string] {
	out := []huh.Option[string]{huh.NewOption(blankStartLabel, "")}
	for _, k := range drafts.Kinds() {
		out = append(out, huh.NewOption(k.Name+" – "+k.Description, k.ID))
	}
	return out
}

func blockOptions(people bool) []huh.Option[string] {
	var out []huh.Option[string]
	for _, b := range drafts.Blocks() {
		if b.People == people {
			out = append(out, huh.NewOption(b.Option, b.ID))
		}
	}
	return out
}

// slotQuestions are the questions for the systems the blocks bring, by
// recipient category: »I« and »du«.
var slotQuestions = map[string][2]string{
	"booking":           {"Hvilket bookingsystem bruger I?", "Hvilket bookingsystem bruger du?"},
	"payment":           {"Hvem er jeres betalingsudbyder?", "Hvem er din betalingsudbyder?"},
	"accounting_system": {"Hvilket regnskabsprogram bruger I?", "Hvilket regnskabsprogram bruger du?"},
	"payroll":           {"Hvilket lønsystem bruger I?", "Hvilket lønsystem bruger du?"},
	"webshop":           {"Hvilken webshopplatform bruger I?", "Hvilken webshopplatform bruger du?"},
	"shipping":          {"Hvilket fragtfirma sender I med?", "Hvilket fragtfirma sender du med?"},
	"email":             {"Hvem leverer jeres e-mail?", "Hvem leverer din e-mail?"},
	"hosting":           {"Hvem hoster jeres hjemmeside?", "Hvem hoster din hjemmeside?"},
	"newsletter":        {"Hvilket nyhedsbrevsprogram bruger I?", "Hvilket nyhedsbrevsprogram bruger du?"},
	"analytics":         {"Hvilket statistikværktøj bruger I?", "Hvilket statistikværktøj bruger du?"},
	"ads":               {"Hvilken annonceplatform bruger I?", "Hvilken annonceplatform bruger du?"},
}

// popular are the systems most Danish small businesses choose, listed
// first so they are a key or two away; the rest follow in the catalogue's
// order.
var popular = map[string][]string{
	"payment":           {"mobilepay", "nexi", "quickpay", "stripe"},
	"accounting_system": {"e-conomic", "dinero", "billy"},
	"email":             {"microsoft-365", "google-workspace", "simply", "one-com"},
	"hosting":           {"simply", "one-com", "wordpress-com", "wix"},
	"newsletter":        {"mailchimp", "brevo"},
	"analytics":         {"google-analytics"},
	"ads":               {"meta-pixel", "google-ads"},
	"booking":           {"planway"},
	"shipping":          {"postnord", "gls", "dao"},
	"payroll":           {"danloen"},
}

func slotOptions(slot string) []huh.Option[string] {
	vs := drafts.SlotVendors(slot)
	rank := func(id string) int {
		if i := slices.Index(popular[slot], id); i >= 0 {
			return i
		}
		return len(popular[slot])
	}
	slices.SortStableFunc(vs, func(a, b drafts.CatalogVendor) int { return rank(a.ID) - rank(b.ID) })
	out := []huh.Option[string]{huh.NewOption("Et andet, eller ved ikke endnu", "")}
	for _, v := range vs {
		out = append(out, huh.NewOption(v.Name, v.ID))
	}
	return out
}

// startHelp is the line under each page's title.
var startHelp = [...]string{
	pageKind:    "Vælg den virksomhed, der ligner jeres mest; næste side viser, hvad den har.",
	pageAbout:   "Sæt kryds ved det, der passer; alt kan rettes bagefter.",
	pageSystems: "Vælg de systemer, der bruges; kataloget kender deres rolle og land.",
}

// startKeys are the keys each page of the first screen takes.
func (m *Model) startKeys() []key.Binding {
	b := []key.Binding{key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "flyt"))}
	switch m.start.page {
	case pageKind:
		b = append(b, key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "vælg")),
			key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "søg")),
			key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "ingen af dem")))
	case pageAbout:
		b = append(b, key.NewBinding(key.WithKeys("x", " "), key.WithHelp("x", "sæt kryds")),
			key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "næste")),
			key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "tilbage")))
	default:
		b = append(b, key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", "skift")),
			key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "næste")),
			key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "tilbage")))
	}
	return append(b, keys.Help, keys.Quit)
}

// startPage is the first screen's current page as questions.
func (m *Model) startPage() *questions {
	s := m.start
	q := newQuestions()
	switch s.page {
	case pageKind:
		q.group("Velkommen til privatliv",
			q.pick("start.kind", "Hvilken slags virksomhed ligner jeres mest?",
				"Vælg den, der ligner jer mest.",
				kindOptions(), &s.kind, ""),
		)
	case pageAbout:
		// The keys are said only where they are the keys: accessible mode
		// asks for numbers.
		peopleDesc := "Dem, der skriver til jer, er altid med."
		doesDesc := "Hvert valg fører formål og systemer med."
		if !m.accessible {
			peopleDesc = "x eller mellemrum sætter kryds. " + peopleDesc
			doesDesc = "x eller mellemrum sætter kryds. " + doesDesc
		}
		people, does := blockOptions(true), blockOptions(false)
		q.group("Om jer",
			q.pick("start.who", "Hvem står bag?", "Politikken taler i jeres stemme.", []huh.Option[string]{
				huh.NewOption("En virksomhed – politikken skriver »vi«", "vi"),
				huh.NewOption("En enkeltperson – politikken skriver »jeg«", "jeg"),
				huh.NewOption("En forening – politikken skriver »vi«", whoAssociation),
			}, &s.who, ""),
			q.multi("start.people", "Hvem har I oplysninger om?", peopleDesc, people, &s.people),
			q.multi("start.does", "Hvad har og gør I?", doesDesc, does, &s.does),
		)
	case pageSystems:
		setup := s.setup()
		var fields []huh.Field
		for _, slot := range setup.Slots() {
			qs, ok := slotQuestions[slot]
			if !ok || len(drafts.SlotVendors(slot)) == 0 {
				continue
			}
			if s.systems[slot] == nil {
				s.systems[slot] = new(string)
			}
			title := qs[0]
			if s.who == "jeg" {
				title = qs[1]
			}
			fields = append(fields, q.pick("start.system."+slot, title, "", slotOptions(slot), s.systems[slot], "").oneLine())
		}
		if len(setup.Slots()) > 0 {
			fields = append(fields, q.pick("start.eea", s.you("Gemmer jeres øvrige systemer oplysningerne i EU/EØS?", "Gemmer dine øvrige systemer oplysningerne i EU/EØS?"),
				"Det gælder dem, der er svaret »Et andet« til, og dem, kataloget ikke kender landet for. Ja: privatliv skriver EU/EØS uden overførsel for dem; ellers spørger guiden for hvert.",
				[]huh.Option[string]{huh.NewOption("Ved ikke endnu – spørg for hvert", ""), huh.NewOption("Ja, alle i EU/EØS, og intet sendes ud", "ja")}, &s.inEEA, "").oneLine())
		}
		if consentBlocks(setup) {
			fields = append(fields, q.pick("start.banner", "Hvilket cookiebanner har hjemmesiden?",
				"Statistik- og marketingcookies må kun sættes, når folk har sagt ja.",
				[]huh.Option[string]{huh.NewOption("Ikke besvaret", ""), huh.NewOption("Cookiebot", "cookiebot"),
					huh.NewOption("Cookie Information", "cookie-information"), huh.NewOption("Et andet cookiebanner", drafts.BannerOwn),
					huh.NewOption("Intet cookiebanner endnu", "none")}, &s.banner, "").oneLine())
		}
		if askCookies(setup) {
			fields = append(fields, q.pick("start.cookies", "Sætter hjemmesiden cookies?",
				"Også nødvendige, fx til en indkøbskurv, og cookies fra indlejret indhold som videoer og kort. Nej: politikken siger, at den ingen sætter.",
				[]huh.Option[string]{huh.NewOption("Ikke besvaret – jeg beskriver dem i trin 6", ""), huh.NewOption("Nej, slet ingen cookies", "ingen")}, &s.cookies, "").oneLine())
		}
		if slices.Contains(setup.AllBlocks(), "annoncer") {
			fields = append(fields, q.pick("start.profiling", s.you("Målretter I annoncerne efter, hvad folk gør på hjemmesiden?", "Målretter du annoncerne efter, hvad folk gør på hjemmesiden?"),
				"Det er profilering, og politikken skal sige det. Ja: politikken skriver »"+profilingText(setup)+"«",
				[]huh.Option[string]{huh.NewOption("Ikke besvaret", ""), huh.NewOption("Ja – det er profilering", "marketing"), huh.NewOption("Nej", "no")}, &s.profiling, "").oneLine())
		}
		q.group(s.you("Jeres systemer", "Dine systemer"), fields...)
	}
	return q
}

// askCookies reports whether the systems page asks if the website sets
// cookies: it has a website, and no block describes cookies on it.
func askCookies(s drafts.Setup) bool {
	return slices.Contains(s.AllBlocks(), "hjemmeside") && !s.Cookies()
}

// consentBlocks reports whether the setup sets cookies that need consent.
func consentBlocks(s drafts.Setup) bool {
	all := s.AllBlocks()
	return slices.Contains(all, "statistik") || slices.Contains(all, "annoncer")
}

// profilingText is what the policy says of targeted ads when the answer is
// yes, in the business's voice.
func profilingText(s drafts.Setup) string {
	s.Profiling = "marketing"
	if a, err := drafts.Compose(s); err == nil {
		return a.Automated.ProfilingDescription
	}
	return ""
}

// hasSystemsPage reports whether the blocks bring questions for the
// systems page.
func (s *start) hasSystemsPage() bool {
	setup := s.setup()
	return len(setup.Slots()) > 0 || consentBlocks(setup) || askCookies(setup)
}

// askKind shows the first screen's current page. It is built again when
// the window changes size, keeping the answers.
func (m *Model) askKind() {
	if m.start == nil {
		m.start = &start{systems: map[string]*string{}}
	}
	m.welcome = false
	m.setStatus("Politikken vises, så snart I har svaret.", false)
	m.show(m.startPage())
	// The first screen has the whole width: there is no policy to show yet.
	m.form.WithWidth(max(m.width-2, 10))
	m.fitLists()
	m.mode = modeKind
}

// refocus moves the new form's focus to the field with key, as it was
// before the form was made again.
func (m *Model) refocus(key string) {
	for n := 0; key != "" && n < 40; n++ {
		f := m.form.GetFocusedField()
		if f == nil || f.GetKey() == key {
			return
		}
		// NextField on the last field would leave the page; the keys are
		// the page's own, so the field is found before that.
		m.form.NextField()
	}
}

// startNext moves on from a page of the first screen that is answered.
func (m *Model) startNext() tea.Cmd {
	s := m.start
	switch s.page {
	case pageKind:
		s.tick()
		s.page = pageAbout
	case pageAbout:
		if !s.hasSystemsPage() {
			return m.startFrom()
		}
		s.page = pageSystems
	default:
		return m.startFrom()
	}
	m.askKind()
	return m.formInit()
}

// startBack goes back a page; on the first page it starts from the
// general starting point's questions.
func (m *Model) startBack() tea.Cmd {
	s := m.start
	if s.page == pageKind {
		s.kind = ""
		s.tick()
		s.page = pageAbout
	} else {
		s.page--
	}
	m.askKind()
	return m.formInit()
}

// startFrom replaces the answers with the composed starting point.
func (m *Model) startFrom() tea.Cmd {
	s := m.start
	setup := s.setup()
	m.hideForm()
	m.mode = modeForm
	a, err := drafts.Compose(setup)
	if err != nil {
		// A starting point that does not compose is a bug; say so and keep
		// the general one.
		m.setStatus("Kunne ikke bygge udgangspunktet: "+err.Error(), true)
	} else {
		a.Document.Effective = m.a.Document.Effective
		*m.a = *a
		m.b = loadBindings(m.a)
		// Its comments say what to fill in.
		m.opts.Source, _ = drafts.ComposeSource(setup, a.Document.Effective, orText(m.path, "svar.toml"))
	}
	m.start = nil
	// A starting point is not an unsaved change.
	m.markSaved()
	m.initial = m.seen
	cmd := tea.Batch(m.enterStep(0), m.findingsCmd())
	if err == nil {
		m.setStatus(startedStatus(setup)+" Udfyld "+youOf(setup, "jeres", "dine")+" oplysninger"+m.say("; ctrl+f viser, hvad der mangler.", "; når du har svaret, siger guiden, hvad der mangler."), false)
	}
	return cmd
}

func youOf(s drafts.Setup, plural, singular string) string {
	if s.Voice == "jeg" {
		return singular
	}
	return plural
}

// startedStatus says what the starting point was built from, and the
// blocks the chosen ones brought along; short enough for two lines at 80
// columns with what follows it.
func startedStatus(s drafts.Setup) string {
	what := "Startet"
	if k, ok := drafts.LookupKind(s.Kind); ok {
		what += " fra »" + k.Name + "«"
	}
	n := 0
	var implied []string
	for _, id := range s.AllBlocks() {
		b, ok := drafts.LookupBlock(id)
		if !ok {
			continue
		}
		n++
		if !slices.Contains(s.Blocks, id) {
			implied = append(implied, strings.ToLower(b.Name))
		}
	}
	switch n {
	case 0:
	case 1:
		what += " med 1 byggeklods"
	default:
		what += fmt.Sprintf(" med %d byggeklodser", n)
	}
	what += "."
	if len(implied) > 0 {
		what += " " + content.UpperFirst(joinDanish(implied)) + " kom med, fordi valgene kræver det."
	}
	return what
}
