package content

import (
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// How the policy names each term from the answer file. The labels in
// package drafts are short captions for the wizard; these are the words
// that read well inside the policy's sentences.

var groupNames = map[string]string{
	"customers":          "kunder",
	"enquiries":          "personer, der kontakter os",
	"visitors":           "besøgende på vores hjemmeside",
	"subscribers":        "modtagere af vores nyhedsbrev",
	"applicants":         "jobansøgere",
	"suppliers":          "kontaktpersoner hos leverandører og samarbejdspartnere",
	"customer_employees": "medarbejdere hos vores kunder",
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
	"9.2.b": "arbejds- og sygefraværsretlige forpligtelser (art. 9, stk. 2, litra b)",
	"9.2.c": "beskyttelse af vitale interesser (art. 9, stk. 2, litra c)",
	"9.2.e": "at du selv har offentliggjort oplysningerne (art. 9, stk. 2, litra e)",
	"9.2.f": "at retskrav skal fastlægges, gøres gældende eller forsvares (art. 9, stk. 2, litra f)",
	"9.2.g": "væsentlige samfundsinteresser (art. 9, stk. 2, litra g)",
	"9.2.h": "behandling i sundhedssektoren (art. 9, stk. 2, litra h)",
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
	"8.3": "dit udtrykkelige samtykke eller en berettiget interesse, der klart overstiger hensynet til dig (databeskyttelseslovens § 8, stk. 3)",
	"8.5": "betingelserne i databeskyttelseslovens § 7, fx at et retskrav skal fastlægges, gøres gældende eller forsvares (§ 8, stk. 5)",
}

var sourceKindNames = map[string]string{
	"public_register": "offentligt register",
	"credit_agency":   "kreditoplysningsbureau",
	"partner":         "samarbejdspartner",
	"employer":        "arbejdsgiver",
	"social_media":    "sociale medier",
	"customer":        "vores kunde",
	"other":           "anden kilde",
}

var cookieCategoryTitles = map[string]string{
	"necessary":   "Nødvendige cookies",
	"preferences": "Præferencecookies",
	"statistics":  "Statistikcookies",
	"marketing":   "Marketingcookies",
}

var cookieCategoryText = map[string]string{
	"necessary":   "Disse cookies får hjemmesiden til at virke, og de kræver ikke samtykke.",
	"preferences": "Disse cookies husker dine valg, fx sprog, så du ikke skal vælge igen.",
	"statistics":  "Disse cookies viser os, hvordan hjemmesiden bliver brugt, så vi kan gøre den bedre.",
	"marketing":   "Disse cookies bruges til at vise dig annoncer og måle, hvordan de virker – også på andre hjemmesider.",
}

var securityNames = map[string]string{
	"encryption":      "forbindelsen til vores hjemmeside og systemer er krypteret (HTTPS/TLS)",
	"encryption_rest": "oplysningerne er krypteret, hvor de er gemt",
	"access_control":  "kun de personer, der har brug for oplysningerne i deres arbejde, har adgang til dem",
	"mfa":             "vi logger ind med tofaktorgodkendelse",
	"backup":          "vi tager sikkerhedskopier, så oplysningerne ikke går tabt",
	"updates":         "vi holder programmer og systemer opdaterede",
	"dpa":             "vi har databehandleraftaler med de leverandører, der behandler oplysninger for os",
	"confidentiality": "alle, der har adgang til oplysningerne, har tavshedspligt og er instrueret i at passe på dem",
	"logging":         "vi logger, hvem der tilgår oplysningerne",
	"physical":        "papirer og udstyr opbevares aflåst",
}

// retention writes a purpose's retention period as a phrase that fits a
// table cell: "5 år fra udgangen af det regnskabsår, oplysningerne vedrører".
func retention(r drafts.Retention) string {
	p := period(r.Period)
	var s string
	switch r.After {
	case "", "collection":
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
func categoryName(a *drafts.Answers, id string) string {
	for _, c := range drafts.Categories {
		if c.ID == id {
			return c.Label
		}
	}
	for _, c := range a.Categories {
		if c.ID == id {
			return esc(lowerFirst(clean(c.Name)))
		}
	}
	return esc(id)
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

// groupName is how a subject group reads in the policy.
func groupName(a *drafts.Answers, id string) string {
	for _, s := range a.Subjects {
		if s.Group == id && strings.TrimSpace(s.Name) != "" {
			return esc(lowerFirst(clean(s.Name)))
		}
	}
	if n, ok := groupNames[id]; ok {
		return n
	}
	return esc(id)
}

func countryName(code string) string {
	if c, ok := drafts.CountryByCode(code); ok {
		return c.Name
	}
	return esc(code)
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

func usesBasis(a *drafts.Answers, basis string) bool {
	for _, p := range a.Purposes {
		for _, b := range p.Basis {
			if b == basis {
				return true
			}
		}
	}
	return false
}
