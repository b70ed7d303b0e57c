// Package check finds what the policy of an answer file is missing or gets
// wrong before anyone publishes it: every value problem, completeness
// against GDPR art. 13 and 14, consistency between answers, and text left
// over from templates or chatbots. Each finding names the field, the legal
// reference and what to do.
package check

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// Severity of a finding.
const (
	SeverityError   = "fejl"
	SeverityWarning = "advarsel"
)

// Finding is something the policy is missing or gets wrong, found before
// anyone publishes it.
type Finding struct {
	Severity   string `json:"severity"`             // fejl or advarsel
	Path       string `json:"path"`                 // field path in the answer file
	Line       int    `json:"line,omitempty"`       // filled in by the caller that has the file
	Reference  string `json:"reference"`            // legal reference, e.g. "art. 13(2)(a)"
	Message    string `json:"message"`              // what is wrong, in Danish
	Suggestion string `json:"suggestion,omitempty"` // one line on what to do, in Danish
	// Plain is what to do in the words of the wizard's questions and
	// choices, without the file's keys and codes ("vælg »Forening«", not
	// kind = "association"); "" when only the message and the question
	// that answers it are to be shown.
	Plain string `json:"-"`
}

func (f Finding) String() string {
	s := fmt.Sprintf("%s: %s: %s", f.Severity, f.Reference, f.Message)
	if f.Path != "" {
		s = f.Path + ": " + s
	}
	return s
}

// Check finds what the policy for a is missing or gets wrong: every value
// problem, completeness against GDPR art. 13 and 14, consistency between
// answers, and text left over from templates or chatbots. now decides
// whether the effective date is stale.
func Check(a *drafts.Answers, now time.Time) []Finding {
	return check(a, now, false)
}

// CountErrors is the number of errors Check finds, without the work that
// can only find warnings: what a batch render needs to mark drafts.
func CountErrors(a *drafts.Answers, now time.Time) int {
	n, _ := Count(check(a, now, true))
	return n
}

// CountErrorsValid is CountErrors for answers that have passed
// drafts.Validate, as every answer file a command renders has: the value
// checks, which find nothing in such answers, are not run a second time.
func CountErrorsValid(a *drafts.Answers, now time.Time) int {
	n, _ := Count(checkRules(a, now, true, nil))
	return n
}

func check(a *drafts.Answers, now time.Time, errorsOnly bool) []Finding {
	return checkRules(a, now, errorsOnly, drafts.Validate(a))
}

// checkRules runs the rules and adds the value problems ps that no rule
// already explains.
func checkRules(a *drafts.Answers, now time.Time, errorsOnly bool, ps []drafts.Problem) []Finding {
	c := &checker{a: a, now: now, errorsOnly: errorsOnly}
	c.completeness()
	c.consistency()
	c.hygiene()
	c.voice()   // voice.go
	c.notices() // notices.go
	// Value problems not already explained by a rule above.
	covered := map[string]bool{}
	for _, f := range c.out {
		covered[f.Path] = true
	}
	for _, p := range ps {
		if !covered[p.Path] {
			msg, hint := p.Message, p.Hint
			if hint != "" {
				hint = content.UpperFirst(hint)
				if !strings.HasSuffix(hint, ".") && !strings.HasSuffix(hint, "?") {
					hint += "."
				}
			}
			c.out = append(c.out, Finding{Severity: SeverityError, Path: p.Path, Reference: referenceFor(p.Path), Message: msg, Suggestion: hint})
		}
	}
	sort.SliceStable(c.out, func(i, j int) bool {
		if (c.out[i].Severity == SeverityError) != (c.out[j].Severity == SeverityError) {
			return c.out[i].Severity == SeverityError
		}
		return false
	})
	return c.out
}

// Count splits findings into errors and warnings.
func Count(fs []Finding) (errors, warnings int) {
	for _, f := range fs {
		if f.Severity == SeverityError {
			errors++
		} else {
			warnings++
		}
	}
	return
}

type checker struct {
	a          *drafts.Answers
	now        time.Time
	out        []Finding
	errorsOnly bool // skip rules that can only warn
}

// add records a finding. A suggestion that speaks of the answer file's
// keys and codes is given in plain words too (plain); one that does not is
// its own plain words.
func (c *checker) add(sev, path, ref, msg, suggestion string, plain ...string) {
	f := Finding{Severity: sev, Path: path, Reference: ref, Message: msg, Suggestion: suggestion, Plain: suggestion}
	if len(plain) > 0 {
		f.Plain = plain[0]
	}
	c.out = append(c.out, f)
}

// choice is a choice as the wizard shows it: »Forening«.
func choice(terms []drafts.Term, id string) string { return "»" + drafts.Label(terms, id) + "«" }

// referenceFor names the article a value problem concerns.
func referenceFor(path string) string {
	switch {
	case strings.HasPrefix(path, "controller"), strings.HasPrefix(path, "representative"):
		return "art. 13(1)(a)"
	case strings.HasPrefix(path, "dpo"):
		return "art. 13(1)(b)"
	case strings.Contains(path, ".retention"):
		return "art. 13(2)(a)"
	case strings.HasPrefix(path, "purposes"):
		return "art. 13(1)(c)"
	case strings.HasSuffix(path, ".transfer") || strings.HasSuffix(path, ".country") || strings.HasSuffix(path, ".transfer_to") ||
		strings.HasSuffix(path, ".remote_access") || strings.Contains(path, ".remote_countries"):
		return "art. 13(1)(f)"
	case strings.HasPrefix(path, "vendors"), strings.HasPrefix(path, "disclosures"):
		return "art. 13(1)(e)"
	case strings.HasPrefix(path, "sources"):
		return "art. 14(2)(f)"
	case strings.HasPrefix(path, "automated"):
		return "art. 13(2)(f)"
	case strings.HasPrefix(path, "authority"):
		return "art. 13(2)(d)"
	case strings.HasPrefix(path, "cookies"):
		return "cookiebekendtgørelsen § 3"
	case strings.HasPrefix(path, "children"):
		return "databeskyttelsesloven § 6, stk. 2"
	case path == "document.record":
		return "art. 30"
	case strings.HasPrefix(path, "processor.vendors"):
		return "art. 30(2)(c)"
	}
	return "art. 12(1)"
}

func purposePath(i int) string { return fmt.Sprintf("purposes[%d]", i+1) }

func hasBasis(p drafts.Purpose, b string) bool {
	for _, x := range p.Basis {
		if x == b {
			return true
		}
	}
	return false
}

func (c *checker) completeness() {
	a := c.a
	if len(a.Purposes) == 0 {
		c.add(SeverityError, "purposes", "art. 13(1)(c)", "politikken nævner ingen formål", "Tilføj mindst ét formål med retsgrundlag og opbevaringsperiode (trin 3).")
	}
	if len(a.Subjects) == 0 {
		c.add(SeverityError, "subjects", "art. 14(1)(d)", "politikken siger ikke, hvem I har oplysninger om", "Tilføj de persongrupper, I har oplysninger om (trin 2).")
	}
	for i, p := range a.Purposes {
		name := content.OrDefault(p.Name, p.ID)
		if len(p.Basis) == 0 && p.NeedsOwnBasis() {
			c.add(SeverityError, purposePath(i)+".basis", "art. 13(1)(c)", fmt.Sprintf("intet retsgrundlag for formålet »%s«", name), "Vælg det retsgrundlag, der giver jer lov til behandlingen.")
		}
		if p.Retention.After != "consent_withdrawn" && strings.TrimSpace(p.Retention.Period) == "" {
			c.add(SeverityError, purposePath(i)+".retention.period", "art. 13(2)(a)", fmt.Sprintf("ingen opbevaringsperiode for formålet »%s«", name), "Skriv, hvor længe oplysningerne gemmes, fx \"2 år\".")
		}
		if p.Retention.After == "" && strings.TrimSpace(p.Retention.Period) != "" {
			c.add(SeverityWarning, purposePath(i)+".retention.after", "art. 13(2)(a)", fmt.Sprintf("opbevaringen for formålet »%s« siger ikke, hvornår perioden på %s begynder", name, strings.TrimSpace(p.Retention.Period)),
				"Vælg, hvad perioden regnes fra, fx after = \"collection\" (fra indsamlingen) eller \"contract_end\" (efter aftalens ophør).",
				fmt.Sprintf("Vælg, hvad perioden regnes fra, fx %s eller %s.", choice(drafts.RetentionEvents, "collection"), choice(drafts.RetentionEvents, "contract_end")))
		}
		if hasBasis(p, "6.1.f") && p.NeedsOwnBasis() && strings.TrimSpace(p.Interest) == "" {
			c.add(SeverityError, purposePath(i)+".interest", "art. 13(1)(d)", fmt.Sprintf("formålet »%s« bygger på legitim interesse, men interessen er ikke beskrevet", name), "Skriv med almindelige ord, hvilken interesse I forfølger.")
		}
		for j, gb := range p.ByGroup {
			if slices.Contains(gb.Basis, "6.1.f") && strings.TrimSpace(gb.Interest) == "" && strings.TrimSpace(p.Interest) == "" {
				c.add(SeverityError, fmt.Sprintf("%s.by_group[%d].interest", purposePath(i), j+1), "art. 13(1)(d)", fmt.Sprintf("formålet »%s« bygger på legitim interesse for %s, men interessen er ikke beskrevet", name, content.GroupName(a, gb.Group)), "Skriv med almindelige ord, hvilken interesse I forfølger.")
			}
		}
		switch p.Required {
		case "":
			c.add(SeverityError, purposePath(i)+".required", "art. 13(2)(e)", fmt.Sprintf("formålet »%s« siger ikke, om man skal give jer oplysningerne", name),
				"Vælg frivilligt, nødvendigt for aftalen, krævet af loven, eller at I ikke får oplysningerne fra personen selv (not_collected).",
				fmt.Sprintf("Vælg %s, %s, %s eller %s.", choice(drafts.Requirements, "voluntary"), choice(drafts.Requirements, "contract"), choice(drafts.Requirements, "law"), choice(drafts.Requirements, "not_collected")))
		case "law":
			if strings.TrimSpace(p.Consequence) == "" {
				c.add(SeverityWarning, purposePath(i)+".consequence", "art. 13(2)(e)", fmt.Sprintf("loven kræver oplysningerne til formålet »%s«, men det står ikke, hvad der sker, hvis man ikke giver dem", name),
					"Skriv følgen med almindelige ord, fx \"Uden dem kan vi ikke sende dig en faktura\".")
			}
		}
	}
	if a.Controller.FirstPerson() {
		for i, s := range a.Subjects {
			if s.Group == "employees" || s.Group == "volunteers" || s.Group == "board" {
				c.add(SeverityWarning, fmt.Sprintf("subjects[%d].group", i+1), "art. 12(1)", fmt.Sprintf("politikken taler som »jeg«, men der er %s", content.GroupName(a, s.Group)),
					"Skriv som »vi« (voice = \"vi\"), når flere end dig arbejder med oplysningerne.",
					"Vælg "+choice(drafts.Voices, "vi")+", når flere end dig arbejder med oplysningerne.")
				break
			}
		}
	}
	if prof := a.Profile(); prof.BookkeepingPeriod != "" {
		want, _ := drafts.ParsePeriod(prof.BookkeepingPeriod)
		for i, p := range a.Purposes {
			got, err := drafts.ParsePeriod(p.Retention.Period)
			if err == nil && bookkeepingRE.MatchString(p.Law) && got.Days() < want.Days() {
				c.add(SeverityError, purposePath(i)+".retention.period", "art. 13(2)(a)", fmt.Sprintf("formålet »%s« gemmer regnskabet i %s, men %s kræver %s", content.OrDefault(p.Name, p.ID), got, prof.Bookkeeping, want),
					fmt.Sprintf("Sæt period = \"%s\" og after = \"%s\".", want, prof.BookkeepingAfter),
					fmt.Sprintf("Skriv %s, og vælg %s.", want, choice(drafts.RetentionEvents, prof.BookkeepingAfter)))
			}
			// The law also says what the period counts from; another start
			// point makes the policy state the wrong date.
			if r := p.Retention; bookkeepingRE.MatchString(p.Law) && r.ByLaw && prof.BookkeepingAfter != "" && r.After != prof.BookkeepingAfter && r.After != "" {
				c.add(SeverityWarning, purposePath(i)+".retention.after", "art. 13(2)(a)", fmt.Sprintf("formålet »%s« regner opbevaringen %s, men %s regner den %s", content.OrDefault(p.Name, p.ID),
					drafts.Label(drafts.RetentionEvents, r.After), prof.Bookkeeping, drafts.Label(drafts.RetentionEvents, prof.BookkeepingAfter)),
					fmt.Sprintf("Sæt after = \"%s\".", prof.BookkeepingAfter),
					fmt.Sprintf("Vælg %s.", choice(drafts.RetentionEvents, prof.BookkeepingAfter)))
			}
		}
	}
	if ct := a.Controller; ct.CountryCode() == "DK" && !ct.IsAssociation() && strings.TrimSpace(ct.CVR) == "" {
		c.add(SeverityWarning, "controller.cvr", "art. 13(1)(a)", "politikken har intet CVR-nummer", "Skriv virksomhedens CVR-nummer; er I en forening uden CVR-nummer, så sæt kind = \"association\".",
			"Skriv virksomhedens CVR-nummer; er I en forening uden CVR-nummer, så vælg "+choice(drafts.ControllerKinds, "association")+".")
	}
	if a.Processor.Acts && strings.TrimSpace(a.Processor.CustomerList) == "" {
		c.add(SeverityWarning, "processor.customer_list", "art. 30(2)(a)", "fortegnelsen som databehandler skal have navn og kontaktoplysninger på hver kunde, men det står ikke, hvor kundelisten føres",
			"Skriv i customer_list, hvor I har den opdaterede liste over kunderne med navn og kontaktoplysninger, fx \"i vores CRM-system\".",
			"Skriv, hvor I har den opdaterede liste over kunderne med navn og kontaktoplysninger, fx »i vores CRM-system«.")
	}
	if a.Processor.Acts && strings.TrimSpace(a.Processor.Description) == "" {
		c.add(SeverityError, "processor.description", "art. 28", "I er databehandler for jeres kunder, men det står ikke, hvilke oplysninger det gælder", "Beskriv, hvad I gør med kundernes oplysninger, og for hvem.")
	}
	for i, s := range a.Sources {
		if len(s.Data) == 0 {
			c.add(SeverityError, fmt.Sprintf("sources[%d].data", i+1), "art. 14(1)(d)", fmt.Sprintf("kilden »%s« mangler de typer oplysninger, I får derfra", s.Name), "Vælg de oplysninger, I får fra kilden.")
		}
	}
}

func (c *checker) consistency() {
	a := c.a
	kindOf := func(id string) string { return content.CategoryKind(a, id) }
	danish := a.Profile().Danish
	consent := false
	for i, p := range a.Purposes {
		name := content.OrDefault(p.Name, p.ID)
		consent = consent || hasBasis(p, "6.1.a")
		for _, d := range p.Data {
			switch kindOf(d) {
			case drafts.KindCPR:
				// § 11 and § 8 are Danish rules; a controller elsewhere is
				// told not to name them (purposeRules), so they are not asked.
				if p.CPRBasis == "" && danish {
					c.add(SeverityError, purposePath(i)+".cpr_basis", "databeskyttelsesloven § 11", fmt.Sprintf("formålet »%s« bruger CPR-nummer uden grundlag efter § 11", name), "Vælg grundlaget, fx at loven kræver CPR-nummeret (§ 11, stk. 2, nr. 1), eller fjern CPR-nummeret.")
				}
			case drafts.KindSpecial:
				if p.SensitiveBasisFor(d).Basis == "" {
					c.add(SeverityError, purposePath(i)+".special_basis", "art. 9(2)", fmt.Sprintf("formålet »%s« bruger %s uden en undtagelse efter art. 9, stk. 2", name, content.CategoryName(a, d)), "Vælg undtagelsen i art. 9, stk. 2, for hver følsom type oplysninger, fx litra h for sundhedsbehandling.")
				}
			case drafts.KindCriminal:
				switch {
				case p.CriminalBasis == "" && danish:
					c.add(SeverityError, purposePath(i)+".criminal_basis", "art. 10 og databeskyttelsesloven § 8", fmt.Sprintf("formålet »%s« bruger oplysninger om strafbare forhold uden grundlag efter § 8", name), "Vælg grundlaget i databeskyttelseslovens § 8.")
				case drafts.Known(drafts.LegacyCriminalBases, p.CriminalBasis):
					c.add(SeverityError, purposePath(i)+".criminal_basis", "art. 10 og databeskyttelsesloven § 8", fmt.Sprintf("formålet »%s« nævner to grundlag i § 8, stk. 3, under ét; politikken skal sige, hvilket I bruger", name), "Vælg \"8.3.1\" (udtrykkeligt samtykke) eller \"8.3.2\" (en berettiget interesse, der klart overstiger hensynet til personen).",
						fmt.Sprintf("Vælg %s eller %s.", choice(drafts.CriminalBases, "8.3.1"), choice(drafts.CriminalBases, "8.3.2")))
				}
			}
		}
		c.purposeRules(i, p)
		c.consentNotFree(i, p)
		if p.Retention.ByLaw {
			if cats := content.ExplicitConsent(a, p); len(cats) > 0 || hasBasis(p, "6.1.a") {
				what := content.JoinAnd(cats)
				if what == "" {
					what = "oplysningerne"
				}
				// Consent can be withdrawn; a duty to keep cannot.
				c.add(SeverityWarning, purposePath(i)+".retention.by_law", "art. 7(3) og art. 17(3)(b)", fmt.Sprintf("formålet »%s« gemmer oplysningerne, fordi loven kræver det, men %s bygger på samtykke, som kan trækkes tilbage", name, what),
					"Læg det, der bygger på samtykke, i sit eget formål, der sletter oplysningerne, når samtykket trækkes tilbage; by_law gælder kun det, loven kræver gemt.",
					"Læg det, der bygger på samtykke, i sit eget formål, der sletter oplysningerne, når samtykket trækkes tilbage; svar kun, at loven kræver opbevaringen, for det, loven kræver gemt.")
			}
		}
		if p.Retention.ByLaw && content.KeepingLaw(p) == "" {
			// The policy and the record name the law that requires the
			// keeping; the purpose's own law requires the processing,
			// which is not always the same (a report, a record).
			c.add(SeverityWarning, purposePath(i)+".retention.law", "art. 13(2)(a) og art. 17(3)(b)", fmt.Sprintf("formålet »%s« gemmes, fordi loven kræver det, men der står ikke, hvilken lov der kræver opbevaringen", name),
				"Skriv loven i retention.law, fx »bogføringsloven« eller »journalføringsbekendtgørelsen«. Det er ikke altid den lov, der kræver behandlingen: barnets lov kræver en underretning, reglerne om optegnelser kræver den gemt.",
				"Skriv den lov, der kræver opbevaringen, fx »bogføringsloven« eller »journalføringsbekendtgørelsen«. Det er ikke altid den lov, der kræver behandlingen: barnets lov kræver en underretning, reglerne om optegnelser kræver den gemt.")
		}
		if marketingMailWithoutConsent(p) {
			c.add(SeverityWarning, purposePath(i)+".basis", "markedsføringsloven § 10 og art. 6(1)(a)", fmt.Sprintf("nyhedsbrevet »%s« til tilmeldte modtagere bygger ikke på samtykke", name),
				"Markedsføring på e-mail kræver samtykke (vælg art. 6, stk. 1, litra a) – undtagen til egne kunder om egne, tilsvarende varer med let afmelding (§ 10, stk. 2; vælg så persongruppen kunder i stedet for nyhedsbrevsmodtagere). En forenings nyhedsbrev til egne medlemmer er ikke markedsføring.")
		}
		if slices.Contains(p.AllBases(), "6.1.c") {
			if w := agreementNotLaw(p.Law); w != "" {
				c.add(SeverityWarning, purposePath(i)+".law", "art. 6(1)(c) og 6(3)", fmt.Sprintf("formålet »%s« bygger på en retlig forpligtelse efter %q, som er en aftale, ikke en lov", name, w),
					"En retlig forpligtelse skal følge af EU-ret eller dansk lov (art. 6, stk. 3). Nævn loven, eller vælg et andet retsgrundlag, fx aftale (litra b) eller legitim interesse (litra f).")
			}
		}
	}
	tracking, marketing := false, false
	for _, k := range a.Cookies.List {
		tracking = tracking || k.Category == "statistics" || k.Category == "marketing"
		marketing = marketing || k.Category == "marketing"
	}
	for _, k := range a.Cookies.Categories {
		tracking = tracking || k.Category == "statistics" || k.Category == "marketing"
		marketing = marketing || k.Category == "marketing"
	}
	if tracking && !a.Cookies.Banner {
		c.add(SeverityError, "cookies.banner", "cookiebekendtgørelsen § 3", "hjemmesiden sætter statistik- eller marketingcookies, men har intet cookiebanner", "Brug et cookiebanner, hvor folk kan sige ja og nej pr. kategori, og sæt banner = true.",
			"Brug et cookiebanner, hvor folk kan sige ja og nej pr. kategori, og svar ja til, at hjemmesiden har et.")
	}
	if tracking && !consent {
		ref := "cookiebekendtgørelsen § 3 og art. 6(1)(a)"
		what := "statistikcookies"
		if marketing {
			what = "marketingcookies"
		}
		c.add(SeverityError, "purposes", ref, fmt.Sprintf("hjemmesiden sætter %s, men intet formål bygger på samtykke", what), "Tilføj formålet for cookierne (fx »Besøgsstatistik«) med samtykke som retsgrundlag.")
	}
	if prof, ok := drafts.ProfileFor(a.Controller.CountryCode()); ok && a.Children.AgeLimit != 0 && a.Children.AgeLimit != prof.ChildAge {
		c.add(SeverityError, "children.age_limit", prof.ChildRef, fmt.Sprintf("aldersgrænsen for børns samtykke er %d år, men i %s er den %d år", a.Children.AgeLimit, content.CountryName(prof.Code), prof.ChildAge), "Fjern age_limit; privatliv bruger landets aldersgrænse.",
			"Lad aldersgrænsen stå tom; privatliv bruger landets aldersgrænse.")
	}
	used := map[string]bool{}
	for _, p := range a.Purposes {
		used[p.ID] = true
	}
	c.vendors()
	c.cookies()
	c.automated()
	for _, r := range rules {
		r.check(c)
	}
	if d := c.a.Document.Effective; !d.IsZero() {
		eff := d.Time()
		today := time.Date(c.now.Year(), c.now.Month(), c.now.Day(), 0, 0, 0, 0, time.UTC)
		switch {
		case eff.After(today):
			c.add(SeverityWarning, "document.effective", "art. 12(1)", fmt.Sprintf("politikken gælder først fra %s, som ligger i fremtiden", content.LongDate(d)), "Det er i orden, hvis I offentliggør den før; ellers ret datoen.")
		case eff.Before(today.AddDate(-1, 0, 0)):
			c.add(SeverityWarning, "document.effective", "art. 12(1)", fmt.Sprintf("politikken gælder fra %s, for mere end 12 måneder siden", content.LongDate(d)), "Gennemgå svarene, om de stadig passer, og opdatér datoen.")
		}
	}
}

// marketingMailWithoutConsent reports whether a purpose sends e-mail
// marketing to people who signed up for it, on a basis other than consent.
// Markedsføringsloven § 10, stk. 2 lets a business mail its own customers
// without consent (soft opt-in), an association may mail its own members,
// a paid newsletter is a contract, and documenting consents (art. 7(1)) is a
// legal obligation: none of those is flagged.
func marketingMailWithoutConsent(p drafts.Purpose) bool {
	exempt := func(bases []string) bool {
		return slices.Contains(bases, "6.1.a") || slices.Contains(bases, "6.1.b") || slices.Contains(bases, "6.1.c")
	}
	if len(p.Subjects) == 0 {
		return !exempt(p.Basis) && slices.Contains(p.Data, "newsletter")
	}
	for _, g := range p.Subjects {
		if g == "subscribers" && !exempt(p.BasisFor(g)) {
			return true
		}
	}
	return false
}

// agreementNotLaw returns the word in law that names an agreement
// (overenskomst, aftale, kontrakt) rather than a law, or "". "Aftaleloven"
// is a law and passes.
func agreementNotLaw(law string) string {
	for _, w := range wordRE.FindAllString(law, -1) {
		l := strings.ToLower(w)
		if strings.Contains(l, "lov") {
			continue
		}
		for _, p := range []string{"overenskomst", "aftale", "kontrakt", "kollektivaftale"} {
			if strings.HasPrefix(l, p) {
				return w
			}
		}
	}
	return ""
}

// automated checks the answers about automated decisions and profiling.
func (c *checker) automated() {
	au := c.a.Automated
	if au.Used && au.Exception == "" {
		c.add(SeverityError, "automated.exception", "art. 22(2)", "I træffer afgørelser alene ved automatisk behandling, men svarene siger ikke, hvad der giver lov til det",
			"Vælg undtagelsen i art. 22, stk. 2: contract (nødvendig for en aftale), law (hjemmel i lov) eller consent (udtrykkeligt samtykke).",
			fmt.Sprintf("Vælg undtagelsen i art. 22, stk. 2: %s, %s eller %s.", choice(drafts.AutomatedExceptions, "contract"), choice(drafts.AutomatedExceptions, "law"), choice(drafts.AutomatedExceptions, "consent")))
	}
	if !content.Advertises(c.a) {
		return
	}
	what := "marketingcookies"
	if vs := content.AdVendors(c.a); len(vs) > 0 {
		what = content.JoinAnd(vs)
	}
	switch au.Profiling {
	case "":
		c.add(SeverityError, "automated.profiling", "art. 4(4) og art. 21(2)", fmt.Sprintf("I bruger %s til annoncer, men svarene siger ikke, om I bruger profilering", what),
			"Annoncer, der målrettes efter folks adfærd, er profilering: sæt profiling = \"marketing\" og beskriv den i profiling_description, eller profiling = \"no\", hvis annoncerne ikke målrettes.",
			fmt.Sprintf("Annoncer, der målrettes efter folks adfærd, er profilering: vælg %s og beskriv den, eller %s, hvis annoncerne ikke målrettes.", choice(drafts.ProfilingUses, "marketing"), choice(drafts.ProfilingUses, "no")))
	case "no":
		c.add(SeverityWarning, "automated.profiling", "art. 4(4)", fmt.Sprintf("I bruger %s til annoncer, men svarer, at I ikke bruger profilering", what),
			"Målretter I annoncer efter besøg eller køb, er det profilering: sæt profiling = \"marketing\".",
			"Målretter I annoncer efter besøg eller køb, er det profilering: vælg "+choice(drafts.ProfilingUses, "marketing")+".")
	}
}

var (
	// Go's \b knows only ASCII letters, so "indsæt" is bounded by non-letters
	// explicitly: "indsætter" and "indsættes" are ordinary Danish words.
	placeholderRE     = lazyRE(`(?i)\[[^\]]{0,60}\]|\bx{2,}\b|\bTODO\b|\bFIXME\b|lorem ipsum|(?:^|[^\pL])indsæt(?:[^\pL]|$)|\.\.\.\s*$|<[a-zæøå ]+>`)
	namePlaceholderRE = lazyRE(`(?i)\[[^\]]{0,60}\]|\bTODO\b|(?:^|[^\pL])indsæt(?:[^\pL]|$)|lorem ipsum`)
	chatbotRE         = lazyRE(`(?i)hvis du vil, kan jeg|as an ai|som en ai|som en sprogmodel|as a language model|i hope this helps|jeg håber, (det|dette) hjælper|lad mig vide, hvis|let me know if|here is (a|an|the)\b|her er (et|en) (udkast|forslag)|certainly!|selvfølgelig!`)
	emailRE           = lazyRE(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)
	wordRE            = lazyRE(`\pL+`)
)

var englishWords = map[string]bool{"the": true, "and": true, "of": true, "to": true, "we": true, "our": true, "your": true, "you": true, "with": true, "for": true, "is": true, "are": true, "data": false, "this": true, "that": true, "will": true, "be": true, "by": true, "from": true, "which": true}
var danishWords = map[string]bool{"og": true, "at": true, "vi": true, "du": true, "til": true, "med": true, "for": true, "er": true, "af": true, "den": true, "det": true, "de": true, "som": true, "på": true, "om": true, "en": true, "et": true, "ikke": true, "vores": true, "din": true, "dine": true, "fra": true, "når": true}

// freeTextFields are the answer-file fields that hold Danish prose rather
// than names, ids, addresses or codes.
var freeTextFields = map[string]bool{
	"description": true, "interest": true, "law": true, "consequence": true, "note": true,
	"service": true, "transfer_note": true, "reason": true, "purpose": true, "text": true,
	"logic": true, "consequences": true, "other": true, "name": true, "profiling_description": true,
	// The record of processing's own words for the texts above.
	"record_name": true, "record_purpose": true, "record_interest": true, "record_note": true,
	"record_reason": true, "record_description": true, "record_service": true, "record_joint_for": true,
}

// textFields walks every string in the answers with its field's key and
// its path. The path is built only when fn asks for it (p.String()): most
// strings are fine and need none.
func textFields(v reflect.Value, fn func(p *textPath, key, s string)) {
	walkText(v, &textPath{}, fn)
}

// textPath is a field's path in the answer file: "purposes[2].description".
type textPath struct{ b []byte }

func (p *textPath) String() string { return string(p.b) }

func walkText(v reflect.Value, p *textPath, fn func(p *textPath, key, s string)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkText(v.Elem(), p, fn)
		}
	case reflect.Struct:
		n := len(p.b)
		for _, tf := range keyedFields(v.Type()) {
			p.b = p.b[:n]
			if n > 0 {
				p.b = append(p.b, '.')
			}
			p.b = append(p.b, tf.key...)
			m := len(p.b)
			f := v.Field(tf.index)
			switch {
			case f.Kind() == reflect.String:
				fn(p, tf.key, f.String())
			case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
				for j := 0; j < f.Len(); j++ {
					p.b = appendIndex(p.b[:m], j+1)
					fn(p, tf.key, f.Index(j).String())
				}
			case f.Kind() == reflect.Slice:
				for j := 0; j < f.Len(); j++ {
					p.b = appendIndex(p.b[:m], j+1)
					walkText(f.Index(j), p, fn)
				}
			default:
				walkText(f, p, fn)
			}
		}
		p.b = p.b[:n]
	}
}

func appendIndex(b []byte, i int) []byte {
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(i), 10)
	return append(b, ']')
}

// keyedField is a struct field with a key in the answer file.
type keyedField struct {
	index int
	key   string
}

var keyedFieldsOf sync.Map // reflect.Type -> []keyedField

// keyedFields are t's fields that have a key in the answer file, read from
// the struct tags once per type.
func keyedFields(t reflect.Type) []keyedField {
	if fs, ok := keyedFieldsOf.Load(t); ok {
		return fs.([]keyedField)
	}
	var fs []keyedField
	for i := 0; i < t.NumField(); i++ {
		if key, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ","); key != "" {
			fs = append(fs, keyedField{i, key})
		}
	}
	keyedFieldsOf.Store(t, fs)
	return fs
}

func (c *checker) hygiene() {
	own := map[string]bool{strings.ToLower(c.a.Controller.Email): true}
	if c.a.DPO != nil {
		own[strings.ToLower(c.a.DPO.Email)] = true
	}
	textFields(reflect.ValueOf(c.a), func(p *textPath, key, s string) {
		if strings.TrimSpace(s) == "" || isIdentifier(s) {
			return // ids and codes are checked against the vocabulary; text is what people wrote
		}
		re := placeholderRE
		if key == "name" || key == "record_name" {
			re = namePlaceholderRE // "XX" or "..." can be part of a real name
		}
		lower := strings.ToLower(s)
		if m := findIf(re, s, lower, placeholderHints); m != "" {
			c.add(SeverityError, p.String(), "art. 12(1)", fmt.Sprintf("teksten indeholder en pladsholder (%q), som ikke er udfyldt", strings.TrimSpace(m)), "Skriv den rigtige tekst i stedet.")
			return
		}
		if m := findIf(chatbotRE, s, lower, chatbotHints); m != "" {
			c.add(SeverityError, p.String(), "art. 12(1)", fmt.Sprintf("teksten ser ud til at indeholde en rest fra en chatbot (%q)", m), "Slet sætningen; den hører ikke hjemme i en privatlivspolitik.")
			return
		}
		if c.errorsOnly {
			return
		}
		if freeTextFields[key] && key != "name" && key != "record_name" && looksEnglish(s) {
			c.add(SeverityWarning, p.String(), "art. 12(1)", "teksten ser ud til at være på engelsk", "Skriv teksten på dansk, så alle kan forstå den.")
		}
		if !strings.Contains(s, "@") {
			return // no address to compare
		}
		if path := p.String(); path != "controller.email" && !strings.HasPrefix(path, "dpo.") && !strings.HasPrefix(path, "authority.") && !strings.HasPrefix(path, "representative.") {
			for _, e := range emailRE.FindAllString(s, -1) {
				if !own[strings.ToLower(e)] && c.a.Controller.Email != "" && strings.HasSuffix(strings.ToLower(e), domainOf(c.a.Controller.Email)) {
					c.add(SeverityWarning, path, "art. 12(1)", fmt.Sprintf("teksten nævner %s, men jeres kontaktadresse er %s", e, c.a.Controller.Email), "Brug én adresse til spørgsmål om personoplysninger, så ingen henvendelser går tabt.")
				}
			}
		}
	})
}

func domainOf(email string) string {
	if i := strings.LastIndexByte(email, '@'); i >= 0 {
		return strings.ToLower(email[i:])
	}
	return "\x00"
}

// looksEnglish reports whether a text has clearly more English than Danish
// function words.
func looksEnglish(s string) bool {
	en, da := 0, 0
	for _, w := range wordRE.FindAllString(strings.ToLower(s), -1) {
		if englishWords[w] {
			en++
		}
		if danishWords[w] {
			da++
		}
	}
	return en >= 3 && en > 2*da
}

// bookkeepingRE finds a bookkeeping law named in a purpose's law.
var bookkeepingRE = lazyRE(`(?i)bogføringslov|bokföringslag`)

// danishLawRE finds Danish statutes named in free text.
var danishLawRE = lazyRE(`(?i)bogføringslov|databeskyttelseslov|markedsføringslov|autorisationslov|sundhedslov|serviceloven|psykologlov|ferieloven|skattekontrollov`)

// purposeRules are the schema-2 rules for one purpose: bases that fit the
// group, art. 9 exceptions that fit the controller, no Danish law for a
// controller elsewhere.
func (c *checker) purposeRules(i int, p drafts.Purpose) {
	a := c.a
	name := content.OrDefault(p.Name, p.ID)
	path := purposePath(i)
	for _, g := range p.Subjects {
		if !drafts.NotParty[g] || !slices.Contains(p.BasisFor(g), "6.1.b") {
			continue
		}
		at := path + ".basis"
		for j, gb := range p.ByGroup {
			if gb.Group == g {
				at = fmt.Sprintf("%s.by_group[%d].basis", path, j+1)
			}
		}
		c.add(SeverityError, at, "art. 6(1)(b)", fmt.Sprintf("formålet »%s« bygger på aftale (litra b) for %s, men de er ikke selv part i aftalen – det er deres arbejdsgiver", name, content.GroupName(a, g)),
			fmt.Sprintf("Giv gruppen sit eget retsgrundlag: [[purposes.by_group]] med group = %q og basis = [\"6.1.f\"] og den interesse, I har i at kunne samarbejde med deres arbejdsgiver.", g),
			fmt.Sprintf("Giv gruppen sit eget retsgrundlag: vælg %s for %s, og skriv den interesse, I har i at kunne samarbejde med deres arbejdsgiver.", choice(drafts.LegalBases, "6.1.f"), content.GroupName(a, g)))
	}
	prof := a.Profile()
	for j, sb := range p.Sensitive {
		at := fmt.Sprintf("%s.sensitive[%d]", path, j+1)
		c.sensitiveRules(at, name, sb, prof)
	}
	for _, d := range p.Data {
		if content.CategoryKind(a, d) != drafts.KindSpecial || slices.ContainsFunc(p.Sensitive, func(s drafts.SensitiveBasis) bool { return s.Data == d }) {
			continue
		}
		if p.SpecialBasis != "" {
			c.sensitiveRules(path+".special_basis", name, p.SensitiveBasisFor(d), prof)
			break // one finding for the purpose's shared exception
		}
	}
	c.keptForClaims(i, p)
	c.keptInsideAssociation(i, p)
	if !prof.Danish {
		country := content.CountryName(prof.Code)
		if p.CPRBasis != "" {
			c.add(SeverityError, path+".cpr_basis", "art. 13(1)(c)", fmt.Sprintf("formålet »%s« henviser til den danske databeskyttelseslovs § 11, men I er etableret i %s", name, country), "Fjern cpr_basis og brug de regler, der gælder i jeres land.",
				"Fjern grundlaget for CPR-nummer, og brug de regler, der gælder i jeres land.")
		}
		if p.CriminalBasis != "" {
			c.add(SeverityError, path+".criminal_basis", "art. 13(1)(c)", fmt.Sprintf("formålet »%s« henviser til den danske databeskyttelseslovs § 8, men I er etableret i %s", name, country), "Fjern criminal_basis og brug de regler, der gælder i jeres land.",
				"Fjern grundlaget for strafbare forhold, og brug de regler, der gælder i jeres land.")
		}
		if m := danishLawRE.FindString(p.Law); m != "" {
			c.add(SeverityError, path+".law", "art. 13(1)(c)", fmt.Sprintf("formålet »%s« henviser til dansk lov (%s), men I er etableret i %s", name, m, country), "Skriv den lov i jeres eget land, der forpligter jer.")
		}
	}
}

// keptForClaims: a staff file kept after the employment so the employer can
// answer a claim rests on legitimate interest, and its sensitive data (sick
// leave) on art. 9(2)(f), not on the employment-law exception (litra b),
// which ends with the obligations it serves. A period the law requires is
// another matter: then the keeping is itself an obligation.
func (c *checker) keptForClaims(i int, p drafts.Purpose) {
	if c.errorsOnly || p.Retention.After != "employment_end" || p.Retention.ByLaw || !slices.Contains(p.AllBases(), "6.1.f") {
		return
	}
	var cats []string
	at := purposePath(i) + ".special_basis"
	for _, d := range p.Data {
		if content.CategoryKind(c.a, d) != drafts.KindSpecial || p.SensitiveBasisFor(d).Basis != "9.2.b" {
			continue
		}
		if j := slices.IndexFunc(p.Sensitive, func(s drafts.SensitiveBasis) bool { return s.Data == d }); j >= 0 && len(cats) == 0 {
			at = fmt.Sprintf("%s.sensitive[%d]", purposePath(i), j+1)
		}
		cats = append(cats, content.CategoryName(c.a, d))
	}
	if len(cats) == 0 {
		return
	}
	name := content.OrDefault(p.Name, p.ID)
	c.add(SeverityWarning, at, "art. 9(2)(f)",
		fmt.Sprintf("formålet »%s« gemmer %s efter ansættelsens ophør på grundlag af legitim interesse, men undtagelsen for dem er arbejdsretlige forpligtelser (art. 9, stk. 2, litra b), som ikke dækker opbevaring for at kunne forsvare et krav", name, content.AndList(c.a, cats)),
		"Læg opbevaringen efter fratræden i et formål for sig med legitim interesse og litra f (retskrav) for de følsomme oplysninger, og lad formålet med litra b slutte ved ansættelsens ophør.")
}

// keptInsideAssociation: under art. 9(2)(d) the policy promises that an
// association gives the sensitive data to no one outside it without
// consent, so no recipient outside it may get data from such a purpose.
func (c *checker) keptInsideAssociation(i int, p drafts.Purpose) {
	if c.errorsOnly || !slices.ContainsFunc(p.Data, func(d string) bool {
		return content.CategoryKind(c.a, d) == drafts.KindSpecial && p.SensitiveBasisFor(d).Basis == "9.2.d"
	}) {
		return
	}
	name := content.OrDefault(p.Name, p.ID)
	warn := func(at, who string) {
		c.add(SeverityWarning, at, "art. 9(2)(d)", fmt.Sprintf("formålet »%s« bygger på undtagelsen for foreninger (litra d), og politikken lover derfor, at de følsomme oplysninger ikke gives videre uden for foreningen uden samtykke, men »%s« får oplysninger fra formålet", name, who),
			"Giv modtageren oplysningerne i et formål for sig uden de følsomme oplysninger, eller byg videregivelsen på udtrykkeligt samtykke (9.2.a).",
			"Giv modtageren oplysningerne i et formål for sig uden de følsomme oplysninger, eller byg videregivelsen på "+choice(drafts.SpecialBases, "9.2.a")+".")
	}
	for j, d := range c.a.Disclosures {
		if slices.Contains(d.Purposes, p.ID) {
			warn(fmt.Sprintf("disclosures[%d].purposes", j+1), strings.TrimSpace(content.Clean(d.Recipient)))
		}
	}
	for j, v := range c.a.ResolvedVendors() {
		if r := v.RoleFor(p.ID); slices.Contains(v.Purposes, p.ID) && (r == "controller" || r == "joint") {
			warn(fmt.Sprintf("vendors[%d].purposes", j+1), drafts.VendorLabel(v))
		}
	}
}

func (c *checker) sensitiveRules(at, name string, sb drafts.SensitiveBasis, prof drafts.Profile) {
	switch {
	case sb.Law != "" && !prof.Danish:
		c.add(SeverityError, at, "art. 9(2)", fmt.Sprintf("formålet »%s« henviser til den danske databeskyttelseslov, men I er etableret i %s", name, content.CountryName(prof.Code)), "Fjern law og brug de regler, der gælder i jeres land.",
			"Vælg ingen regel i databeskyttelsesloven, og brug de regler, der gælder i jeres land.")
	case sb.Basis == "9.2.d" && !c.a.Controller.IsAssociation():
		c.add(SeverityError, at, "art. 9(2)(d)", fmt.Sprintf("formålet »%s« bruger undtagelsen for foreninger (litra d), men den dataansvarlige er ikke en forening", name), "Sæt controller.kind = \"association\", hvis I er en forening, eller vælg en anden undtagelse.",
			"Vælg "+choice(drafts.ControllerKinds, "association")+" under virksomhed eller forening (trin 1), hvis I er en forening, eller vælg en anden undtagelse.")
	case sb.Basis == "9.2.h" && prof.Danish && sb.Law != "7.3":
		c.add(SeverityWarning, at, "art. 9(2)(h) og databeskyttelsesloven § 7, stk. 3", fmt.Sprintf("formålet »%s« bruger litra h, men ikke databeskyttelseslovens § 7, stk. 3, om sundhedspersoner med tavshedspligt", name), "Sæt law = \"7.3\" i [[purposes.sensitive]], når oplysningerne behandles af en sundhedsperson med tavshedspligt.",
			"Vælg "+choice(drafts.SensitiveLaws, "7.3")+", når oplysningerne behandles af en sundhedsperson med tavshedspligt.")
	case sb.Basis == "9.2.b" && prof.Danish && sb.Law != "12":
		c.add(SeverityWarning, at, "art. 9(2)(b) og databeskyttelsesloven § 12", fmt.Sprintf("formålet »%s« bruger litra b, men ikke databeskyttelseslovens § 12 om ansættelsesforhold", name), "Sæt law = \"12\" i [[purposes.sensitive]].",
			"Vælg "+choice(drafts.SensitiveLaws, "12")+".")
	}
}

// isIdentifier reports whether s is an id or code such as "6.1.f",
// "fiscal_year_end" or "_ga_*": no spaces and no capitals, so no text a
// person wrote for others to read. Running the text rules over the many
// ids in an answer file was most of check's time.
func isIdentifier(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-' || c == '*') {
			return false
		}
	}
	return true
}

// lazyRegexp is a regular expression compiled when it is first used. The
// wizard checks the answers in a command after its first frame, which need
// not wait for a dozen expressions to compile at start-up.
type lazyRegexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

func lazyRE(expr string) *lazyRegexp { return &lazyRegexp{expr: expr} }

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

func (l *lazyRegexp) MatchString(s string) bool              { return l.get().MatchString(s) }
func (l *lazyRegexp) FindString(s string) string             { return l.get().FindString(s) }
func (l *lazyRegexp) FindAllString(s string, n int) []string { return l.get().FindAllString(s, n) }

// The text rules' expressions backtrack over every field; most text holds
// none of the words they look for. Each expression only matches text that
// holds one of its hints (lower case), so it runs only then. A hint is as
// long as the expression allows: "n ai" (of "as an ai" and "som en ai"),
// not "ai", which every »e-mail« holds.
var (
	placeholderHints = []string{"[", "xx", "todo", "fixme", "lorem", "indsæt", "...", "<"}
	chatbotHints     = []string{"hvis du vil", "n ai", "sprogmodel", "language model", "hope", "håber", "lad mig", "let me", "here is", "her er", "certainly", "selvfølgelig"}
)

func findIf(re *lazyRegexp, s, lower string, hints []string) string {
	for _, h := range hints {
		if strings.Contains(lower, h) {
			return re.FindString(s)
		}
	}
	return ""
}
