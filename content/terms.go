package content

import (
	"slices"
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// How the policy names each term from the answer file. The labels in
// package drafts are short captions for the wizard; these are the words
// that read well inside the policy's sentences.

var groupNames = map[string]string{
	"customers":          "kunder",
	"business_customers": "kontaktpersoner hos {{mine}} erhvervskunder",
	"employees":          "medarbejdere",
	"members":            "medlemmer",
	"volunteers":         "frivillige",
	"board":              "bestyrelsesmedlemmer",
	"enquiries":          "personer, der kontakter {{os}}",
	"visitors":           "besøgende på {{min}} hjemmeside",
	"subscribers":        "modtagere af {{mit}} nyhedsbrev",
	"applicants":         "jobansøgere",
	"suppliers":          "kontaktpersoner hos leverandører og samarbejdspartnere",
	"customer_employees": "medarbejdere hos {{mine}} kunder",
	"patients":           "patienter og klienter",
	"children":           "børn",
	"other":              "andre",
}

var basisNames = map[string]string{
	"6.1.a": "dit samtykke (art. 6, stk. 1, litra a)",
	"6.1.b": "aftale med dig (art. 6, stk. 1, litra b)",
	"6.1.c": "retlig forpligtelse (art. 6, stk. 1, litra c)",
	"6.1.d": "vitale interesser (art. 6, stk. 1, litra d)",
	"6.1.e": "opgave i samfundets interesse (art. 6, stk. 1, litra e)",
	"6.1.f": "legitim interesse (art. 6, stk. 1, litra f)",
}

var specialBasisNames = map[string]string{
	"9.2.a": "dit udtrykkelige samtykke (art. 9, stk. 2, litra a)",
	"9.2.b": "arbejds-, sikrings- og socialretlige forpligtelser (art. 9, stk. 2, litra b)",
	"9.2.c": "beskyttelse af vitale interesser (art. 9, stk. 2, litra c)",
	"9.2.d": "reglen om foreninger med et politisk, filosofisk, religiøst eller fagligt formål, der behandler oplysninger om deres medlemmer og faste kontakter i foreningens arbejde (art. 9, stk. 2, litra d)",
	"9.2.e": "at du selv har offentliggjort oplysningerne (art. 9, stk. 2, litra e)",
	"9.2.f": "at retskrav skal fastlægges, gøres gældende eller forsvares (art. 9, stk. 2, litra f)",
	"9.2.g": "væsentlige samfundsinteresser (art. 9, stk. 2, litra g)",
	"9.2.h": "sundhedsbehandling (art. 9, stk. 2, litra h)",
	"9.2.i": "hensyn til folkesundheden (art. 9, stk. 2, litra i)",
	"9.2.j": "forskning og statistik (art. 9, stk. 2, litra j)",
}

var cprBasisNames = map[string]string{
	"11.2.1": "det følger af lovgivningen (databeskyttelseslovens § 11, stk. 2, nr. 1)",
	"11.2.2": "du har givet samtykke (databeskyttelseslovens § 11, stk. 2, nr. 2)",
	"11.2.3": "videregivelsen er et naturligt led i driften og nødvendig for at identificere dig entydigt (databeskyttelseslovens § 11, stk. 2, nr. 3)",
	"11.2.4": "betingelserne i databeskyttelseslovens § 7 er opfyldt (§ 11, stk. 2, nr. 4)",
}

var criminalBasisNames = map[string]string{
	"8.3.1": "dit udtrykkelige samtykke (databeskyttelseslovens § 8, stk. 3, 1. pkt.)",
	"8.3.2": "en berettiget interesse, der klart overstiger hensynet til dig (databeskyttelseslovens § 8, stk. 3, 2. pkt.)",
	"8.5":   "at et retskrav skal fastlægges, gøres gældende eller forsvares (databeskyttelseslovens § 8, stk. 5, jf. § 7, stk. 1)",
	// Schema 1's paraphrase of § 8, stk. 3; check asks for the concrete ground.
	"8.3": "dit udtrykkelige samtykke eller en berettiget interesse, der klart overstiger hensynet til dig (databeskyttelseslovens § 8, stk. 3)",
}

// sensitiveLawNames are the Danish rules that go with an art. 9(2) exception.
var sensitiveLawNames = map[string]string{
	"7.3": "databeskyttelseslovens § 7, stk. 3, fordi oplysningerne behandles af en sundhedsperson med tavshedspligt",
	"12":  "databeskyttelseslovens § 12 om behandling i ansættelsesforhold",
}

var sourceKindNames = map[string]string{
	"public_register": "offentligt register",
	"credit_agency":   "kreditoplysningsbureau",
	"partner":         "samarbejdspartner",
	"employer":        "arbejdsgiver",
	"social_media":    "sociale medier",
	"customer":        "{{min}} kunde",
	"other":           "anden kilde",
}

var cookieCategoryTitles = map[string]string{
	"necessary":   "Nødvendige cookies",
	"preferences": "Præferencecookies",
	"statistics":  "Statistikcookies",
	"marketing":   "Marketingcookies",
}

var cookieCategoryText = map[string]string{
	"necessary":   "Disse cookies skal til, for at hjemmesiden og de funktioner, du bruger, kan virke, og de kræver ikke samtykke.",
	"preferences": "Disse cookies husker dine valg, fx sprog, så du ikke skal vælge igen.",
	"statistics":  "Disse cookies viser {{os}}, hvordan hjemmesiden bliver brugt, så {{vi}} kan gøre den bedre.",
	"marketing":   "Disse cookies bruges til at vise dig annoncer og måle, hvordan de virker – også på andre hjemmesider.",
}

var securityNames = map[string]string{
	"encryption":      "forbindelsen til {{min}} hjemmeside og systemer er krypteret (HTTPS/TLS)",
	"encryption_rest": "oplysningerne er krypteret, hvor de er gemt",
	"access_control":  "kun de personer, der har brug for oplysningerne i deres arbejde, har adgang til dem",
	"mfa":             "{{vi}} logger ind med tofaktorgodkendelse",
	"backup":          "{{vi}} tager sikkerhedskopier, så oplysningerne ikke går tabt",
	"updates":         "{{vi}} holder programmer og systemer opdaterede",
	"dpa":             "{{vi}} har databehandleraftaler med de leverandører, der behandler oplysninger for {{os}}",
	"confidentiality": "alle, der har adgang til oplysningerne, har tavshedspligt og er instrueret i at passe på dem",
	"logging":         "{{vi}} logger, hvem der tilgår oplysningerne",
	"physical":        "papirer og udstyr opbevares aflåst",
}

// soloSecurity is how the measures that speak of staff read for a
// one-person business.
var soloSecurity = map[string]string{
	"access_control":  "kun jeg og de leverandører, der behandler oplysningerne for mig, har adgang til dem",
	"confidentiality": "jeg har tavshedspligt om oplysningerne",
	"encryption":      "forbindelsen til min hjemmeside og mine systemer er krypteret (HTTPS/TLS)",
}

// securityText is how a security measure reads in a's voice.
func securityText(a *drafts.Answers, id string) (string, bool) {
	if id == "encryption" && strings.TrimSpace(a.Controller.Website) == "" {
		// No website in the answers: only the systems are said to be
		// reached over an encrypted connection.
		return say(a, "forbindelsen til {{mine}} systemer er krypteret (HTTPS/TLS)"), true
	}
	if t, ok := soloSecurity[id]; ok && a.Controller.FirstPerson() {
		if id == "access_control" && len(a.Vendors) == 0 {
			t = "kun jeg har adgang til oplysningerne"
		}
		return t, true
	}
	t, ok := securityNames[id]
	return say(a, t), ok
}

// retentionFor is a purpose's retention period as the policy writes it. A
// purpose only for volunteers counts from when they stop; »hverv« is the
// board's word.
func retentionFor(p drafts.Purpose) string {
	if p.Retention.After == "office_end" && len(p.Subjects) > 0 && !slices.ContainsFunc(p.Subjects, func(g string) bool { return g != "volunteers" }) {
		r := p.Retention
		s := upperFirst(period(r.Period) + " efter at du er stoppet som frivillig")
		if n := strings.TrimSpace(clean(r.Note)); n != "" {
			s += " (" + esc(n) + ")"
		}
		return s
	}
	return retention(p.Retention)
}

// retention writes a purpose's retention period as a phrase that fits a
// table cell: "5 år fra udgangen af det regnskabsår, oplysningerne vedrører".
func retention(r drafts.Retention) string {
	p := period(r.Period)
	var s string
	switch r.After {
	case "":
		// No start point was given: the policy does not invent one, and
		// check asks for it.
		s = p
	case "collection":
		s = p + " fra indsamlingen"
	case "last_contact":
		s = p + " efter den seneste kontakt"
	case "contract_end":
		s = p + " efter aftalens ophør"
	case "account_closed":
		s = p + " efter at kontoen er lukket"
	case "case_closed":
		s = p + " efter at sagen er afsluttet"
	case "fiscal_year_end":
		s = p + " fra udgangen af det regnskabsår, oplysningerne vedrører"
	case "treatment_end":
		s = p + " efter den sidste behandling"
	case "last_entry":
		s = p + " efter den seneste optegnelse"
	case "membership_end":
		s = p + " efter at medlemskabet er ophørt"
	case "employment_end":
		s = p + " efter at ansættelsen er ophørt"
	case "office_end":
		s = p + " efter at dit hverv er ophørt"
	case "account_active":
		s = "Så længe kontoen er aktiv, og derefter " + p
	case "consent_withdrawn":
		s = "Indtil du trækker samtykket tilbage"
		if r.Period != "" {
			s += ", dog højst " + p
		}
	default:
		s = p
	}
	s = upperFirst(s)
	if n := strings.TrimSpace(clean(r.Note)); n != "" {
		s += " (" + esc(n) + ")"
	}
	return s
}

// categoryName is how a data category reads in the policy.
func categoryName(a *drafts.Answers, id string) string { return esc(categoryText(a, id)) }

// categoryText is a data category's name as plain text, not escaped.
func categoryText(a *drafts.Answers, id string) string {
	for _, c := range drafts.Categories {
		if c.ID == id {
			if id == "company" && a.Controller.CountryCode() != "DK" {
				// A foreign business's customers have other registers'
				// numbers, such as a Swedish organisationsnummer.
				return strings.Replace(c.Label, "CVR-nummer", "CVR- eller organisationsnummer", 1)
			}
			return c.Label
		}
	}
	for _, c := range a.Categories {
		if c.ID == id {
			return lowerFirst(clean(c.Name))
		}
	}
	return id
}

// categoryKind is the kind of a data category: ordinary, cpr, special, criminal.
func categoryKind(a *drafts.Answers, id string) string {
	for _, c := range drafts.Categories {
		if c.ID == id {
			return c.Kind
		}
	}
	for _, c := range a.Categories {
		if c.ID == id && c.Kind != "" {
			return c.Kind
		}
	}
	return drafts.KindOrdinary
}

func categoryNames(a *drafts.Answers, ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, categoryName(a, id))
	}
	return out
}

// groupName is how a subject group reads in the policy; id is a built-in
// group or an own group's id.
func groupName(a *drafts.Answers, id string) string { return esc(groupText(a, id)) }

// groupText is a subject group's name as plain text, not escaped.
func groupText(a *drafts.Answers, id string) string {
	for _, s := range a.Subjects {
		if s.Key() == id && strings.TrimSpace(s.Name) != "" {
			return lowerFirst(clean(s.Name))
		}
	}
	if n, ok := groupNames[id]; ok {
		return say(a, n)
	}
	return id
}

func countryName(code string) string { return esc(countryText(code)) }

// countryText is a country's Danish name as plain text, or the code.
func countryText(code string) string {
	if c, ok := drafts.CountryByCode(code); ok {
		return c.Name
	}
	return code
}

func inEEA(code string) bool {
	c, ok := drafts.CountryByCode(code)
	return !ok || c.EEA // an unknown code is a validation error, not a transfer
}

// purposeName finds a purpose's name by id.
func purposeName(a *drafts.Answers, id string) string {
	for _, p := range a.Purposes {
		if p.ID == id {
			return esc(clean(p.Name))
		}
	}
	return esc(id)
}

// usesBasis reports whether any purpose uses basis for any group.
func usesBasis(a *drafts.Answers, basis string) bool {
	for _, p := range a.Purposes {
		if slices.Contains(p.AllBases(), basis) {
			return true
		}
	}
	return false
}
