package check

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

func TestExamplesAreClean(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		if fs := Check(a, testkit.CheckDay); len(fs) != 0 {
			t.Errorf("%s has findings (fix the example, not the rule):\n%v", name, fs)
		}
	}
}

func TestCheckRules(t *testing.T) {
	rules := []struct {
		name, example       string
		plant               func(a *drafts.Answers)
		severity, path, ref string
		message             string
	}{
		{"no retention", "helle-falsberg", func(a *drafts.Answers) { a.Purposes[3].Retention.Period = "" },
			SeverityError, "purposes[4].retention.period", "art. 13(2)(a)", "ingen opbevaringsperiode for formålet »Kreditvurdering ved større opgaver«"},
		{"no legal basis", "helle-falsberg", func(a *drafts.Answers) { a.Purposes[1].Basis = nil },
			SeverityError, "purposes[2].basis", "art. 13(1)(c)", "intet retsgrundlag"},
		{"legitimate interest not stated", "helle-falsberg", func(a *drafts.Answers) { a.Purposes[0].Interest = "" },
			SeverityError, "purposes[1].interest", "art. 13(1)(d)", "legitim interesse"},
		{"no purposes", "helle-falsberg", func(a *drafts.Answers) { a.Purposes = nil; a.Vendors = nil; a.Disclosures = nil },
			SeverityError, "purposes", "art. 13(1)(c)", "ingen formål"},
		{"newsletter without consent", "helle-falsberg", func(a *drafts.Answers) {
			a.Purposes[4].Basis = []string{"6.1.f"}
			a.Purposes[4].Interest = "at holde kunderne orienteret"
		}, SeverityWarning, "purposes[5].basis", "markedsføringsloven § 10", "bygger ikke på samtykke"},
		{"collective agreement named as law", "klinik-vesterbro", func(a *drafts.Answers) {
			testkit.PurposeOf(a, "bogfoering").Law = "overenskomsten om fysioterapi og bogføringsloven"
		},
			SeverityWarning, "purposes[4].law", "art. 6(1)(c)", "er en aftale, ikke en lov"},
		{"ads without a profiling answer", "nordlys-keramik", func(a *drafts.Answers) { a.Automated.Profiling = ""; a.Automated.ProfilingDescription = "" },
			SeverityError, "automated.profiling", "art. 21(2)", "om I bruger profilering"},
		{"marketing cookies without a profiling answer", "helle-falsberg", func(a *drafts.Answers) {
			a.Cookies.List = append(a.Cookies.List, drafts.Cookie{Name: "_gcl_au", Provider: "Google Ads", Purpose: "Måler annoncer", Category: "marketing", Lifetime: "90 dage"})
		}, SeverityError, "automated.profiling", "art. 4(4)", "marketingcookies"},
		{"ads but no profiling", "nordlys-keramik", func(a *drafts.Answers) { a.Automated.Profiling = "no"; a.Automated.ProfilingDescription = "" },
			SeverityWarning, "automated.profiling", "art. 4(4)", "Meta Pixel"},
		{"automated decisions without an art. 22(2) exception", "helle-falsberg", func(a *drafts.Answers) {
			a.Automated = drafts.Automated{Used: true, Description: "Vi afgør automatisk, om du kan købe på kredit.", Logic: "Et opslag i RKI.", Consequences: "Får du afslag, kan du betale forud."}
		}, SeverityError, "automated.exception", "art. 22(2)", "hvad der giver lov til det"},
		{"tracking cookies without banner", "helle-falsberg", func(a *drafts.Answers) { a.Cookies.Banner = false },
			SeverityError, "cookies.banner", "cookiebekendtgørelsen § 3", "intet cookiebanner"},
		{"marketing cookies without consent", "nordlys-keramik", func(a *drafts.Answers) {
			for i := range a.Purposes {
				if hasBasis(a.Purposes[i], "6.1.a") {
					a.Purposes[i].Basis = []string{"6.1.f"}
					a.Purposes[i].Interest = "at sælge mere"
				}
			}
		}, SeverityError, "purposes", "cookiebekendtgørelsen § 3", "marketingcookies, men intet formål bygger på samtykke"},
		{"non-EEA vendor without transfer basis", "tidsflow", func(a *drafts.Answers) { a.Vendors[3].Transfer = "none" },
			SeverityError, "vendors[4].transfer", "art. 13(1)(f)", "uden for EU/EØS"},
		{"kept by law, but no law that requires the keeping", "psykolog-anna-kjaer", func(a *drafts.Answers) { a.Purposes[1].Retention.Law = "" },
			SeverityWarning, "purposes[2].retention.law", "art. 17(3)(b)", "hvilken lov der kræver opbevaringen"},
		{"CPR without § 11", "klinik-vesterbro", func(a *drafts.Answers) { a.Purposes[0].CPRBasis = "" },
			SeverityError, "purposes[1].cpr_basis", "databeskyttelsesloven § 11", "CPR-nummer uden grundlag"},
		{"health data without art. 9(2)", "klinik-vesterbro", func(a *drafts.Answers) { a.Purposes[2].Sensitive = nil },
			SeverityError, "purposes[3].special_basis", "art. 9(2)", "helbredsoplysninger uden en undtagelse"},
		{"criminal records without § 8", "klinik-vesterbro", func(a *drafts.Answers) { testkit.PurposeOf(a, "rekruttering").CriminalBasis = "" },
			SeverityError, "purposes[5].criminal_basis", "databeskyttelsesloven § 8", "strafbare forhold"},
		{"children with age 13", "helle-falsberg", func(a *drafts.Answers) { a.Children = drafts.Children{Targeted: true, AgeLimit: 13} },
			SeverityError, "children.age_limit", "databeskyttelsesloven § 6, stk. 2", "i Danmark er den 15 år"},
		{"processor role without description", "tidsflow", func(a *drafts.Answers) { a.Processor.Description = "" },
			SeverityError, "processor.description", "art. 28", "databehandler"},
		{"vendor used by no purpose", "helle-falsberg", func(a *drafts.Answers) { a.Vendors[0].Purposes = nil },
			SeverityWarning, "vendors[1].purposes", "art. 13(1)(e)", "bruges ikke til noget formål"},
		{"effective date in the future", "helle-falsberg", func(a *drafts.Answers) { a.Document.Effective = drafts.Date{Year: 2027, Month: 2, Day: 1} },
			SeverityWarning, "document.effective", "art. 12(1)", "i fremtiden"},
		{"effective date over a year old", "helle-falsberg", func(a *drafts.Answers) { a.Document.Effective = drafts.Date{Year: 2025, Month: 1, Day: 1} },
			SeverityWarning, "document.effective", "art. 12(1)", "mere end 12 måneder"},
		{"catalogue cookie missing", "helle-falsberg", func(a *drafts.Answers) { a.Cookies.List = a.Cookies.List[:1] },
			SeverityWarning, "cookies.list", "cookiebekendtgørelsen § 3", "_ga"},
		{"catalogue entity unknown", "helle-falsberg", func(a *drafts.Answers) {
			a.Vendors = append(a.Vendors, drafts.Vendor{Catalog: "quickpay", Purposes: []string{"bogfoering"}, Country: "DK", Transfer: "none"})
		}, SeverityWarning, "vendors[8].entity", "art. 13(1)(e)", "kender ikke den virksomhed"},
		{"catalogue transfer unknown inside the EU/EEA", "helle-falsberg", func(a *drafts.Answers) { a.Vendors[1].Transfer = "" },
			SeverityWarning, "vendors[2].transfer", "art. 13(1)(f)", "sender oplysninger uden for EU/EØS"},
		{"remote access unknown", "helle-falsberg", func(a *drafts.Answers) { a.Vendors[0].RemoteAccess = drafts.Unknown },
			SeverityWarning, "vendors[1].remote_access", "art. 13(1)(f)", "adgangen"},
		{"DPF without the certified entity", "helle-falsberg", func(a *drafts.Answers) {
			a.Vendors = append(a.Vendors, drafts.Vendor{Name: "Acme", Entity: "Acme Europe Ltd", EntityCountry: "IE", Role: "processor", Service: "hosting", Purposes: []string{"henvendelser"}, Country: "US", Transfer: "dpf"})
		}, SeverityWarning, "vendors[8].transfer_to", "art. 13(1)(f)", "certificeret"},
		{"support access outside the EU/EEA without a transfer", "klinik-vesterbro", func(a *drafts.Answers) {
			a.Vendors[2].RemoteAccess = ""
			a.Vendors[2].TransferNote = "Ved support kan medarbejdere uden for EU få adgang på grundlag af standardkontraktbestemmelser."
		}, SeverityWarning, "vendors[3].remote_access", "art. 46", "ingen overførsel"},
		{"processor that also uses the data itself", "helle-falsberg", func(a *drafts.Answers) {
			a.Vendors[0].TransferNote = "Simply.com er selvstændig dataansvarlig for sin egen logning."
		}, SeverityWarning, "vendors[1].controller_for", "art. 28", "bruger oplysningerne selv"},
		{"controller that acts on our behalf", "nordlys-keramik", func(a *drafts.Answers) { a.Vendors[3].Role = "controller" },
			SeverityWarning, "vendors[4].role", "art. 28", "på jeres vegne"},
		{"statistics vendor on legitimate interest", "helle-falsberg", func(a *drafts.Answers) {
			a.Purposes[5].Basis = []string{"6.1.f"}
			a.Purposes[5].Interest = "at forbedre hjemmesiden"
			a.Purposes[5].Retention.After = ""
			a.Purposes[5].Retention.Period = "2 år"
		}, SeverityError, "purposes[6].basis", "cookiebekendtgørelsen § 3", "kræver samtykke"},
		{"statistics cookie tied to legitimate interest", "helle-falsberg", func(a *drafts.Answers) {
			a.Purposes[5].Basis = []string{"6.1.f"}
			a.Purposes[5].Interest = "at forbedre hjemmesiden"
			a.Purposes[5].Retention.After = ""
			a.Purposes[5].Retention.Period = "2 år"
		}, SeverityError, "cookies.list[2].purpose_id", "cookiebekendtgørelsen § 3", "bygger ikke på samtykke"},
		{"cookie category tied to a purpose without consent", "klinik-vesterbro", func(a *drafts.Answers) {
			a.Cookies.Banner = true
			a.Purposes[4].Basis = append(a.Purposes[4].Basis, "6.1.a")
			a.Cookies.Categories = append(a.Cookies.Categories, drafts.CookieGroup{Category: "statistics", Purpose: "Tæller besøg", PurposeID: "tidsbestilling"})
		}, SeverityError, "cookies.categories[2].purpose_id", "cookiebekendtgørelsen § 3", "bygger ikke på samtykke"},
		{"non-necessary cookie without a purpose", "helle-falsberg", func(a *drafts.Answers) { a.Cookies.List[1].PurposeID = "" },
			SeverityWarning, "cookies.list[2].purpose_id", "cookiebekendtgørelsen § 3", "ikke knyttet til et formål"},
		{"website without cookie answers", "klinik-vesterbro", func(a *drafts.Answers) { a.Cookies = drafts.Cookies{} },
			SeverityWarning, "cookies", "cookiebekendtgørelsen § 3", "hjemmeside"},
		{"banner without cookie answers", "helle-falsberg", func(a *drafts.Answers) { a.Cookies.List = nil },
			SeverityWarning, "cookies", "cookiebekendtgørelsen § 3", "cookiebanner"},
		{"visitor consent purpose without cookie answers", "helle-falsberg", func(a *drafts.Answers) {
			a.Cookies = drafts.Cookies{}
			a.Controller.Website = ""
			a.Vendors = a.Vendors[:4] // no Google Analytics, no Cookiebot
		}, SeverityWarning, "cookies", "cookiebekendtgørelsen § 3", "bygger på samtykke fra besøgende"},
		{"tracking vendor without cookie answers", "tidsflow", func(a *drafts.Answers) {
			a.Cookies = drafts.Cookies{}
			a.Controller.Website = ""
			a.Vendors = append(a.Vendors, drafts.Vendor{Catalog: "hotjar", Purposes: []string{"sikkerhed"}})
		}, SeverityWarning, "cookies", "cookiebekendtgørelsen § 3", "Hotjar bruger normalt cookies"},
		{"placeholder [Firmanavn]", "helle-falsberg", func(a *drafts.Answers) { a.Purposes[0].Description = "Vi gemmer dine data hos [Firmanavn]." },
			SeverityError, "purposes[1].description", "art. 12(1)", "pladsholder"},
		{"placeholder [x måneder]", "helle-falsberg", func(a *drafts.Answers) { a.Purposes[1].Retention.Note = "slettes efter [x måneder]" },
			SeverityError, "purposes[2].retention.note", "art. 12(1)", "pladsholder"},
		{"placeholder xx", "helle-falsberg", func(a *drafts.Answers) { a.Disclosures[0].Reason = "Når loven kræver det, jf. § xx." },
			SeverityError, "disclosures[1].reason", "art. 12(1)", "pladsholder"},
		{"TODO", "helle-falsberg", func(a *drafts.Answers) { a.Security.Other = []string{"TODO: skriv om backup"} },
			SeverityError, "security.other[1]", "art. 12(1)", "pladsholder"},
		{"placeholder in the record's own words", "helle-falsberg", func(a *drafts.Answers) { a.Purposes[0].RecordInterest = "at kunne besvare [spørgsmål]" },
			SeverityError, "purposes[1].record_interest", "art. 12(1)", "pladsholder"},
		{"English in the record's own words", "tidsflow", func(a *drafts.Answers) {
			a.Processor.RecordDescription = "Time registration for the customers, which is stored with the data of their employees"
		}, SeverityWarning, "processor.record_description", "art. 12(1)", "engelsk"},
		{"lorem ipsum", "tidsflow", func(a *drafts.Answers) { a.Processor.Description = "Lorem ipsum dolor sit amet" },
			SeverityError, "processor.description", "art. 12(1)", "pladsholder"},
		{"indsæt", "helle-falsberg", func(a *drafts.Answers) { a.Purposes[2].Law = "indsæt lov" },
			SeverityError, "purposes[3].law", "art. 12(1)", "pladsholder"},
		{"Indsæt at the end", "helle-falsberg", func(a *drafts.Answers) { a.Purposes[0].Description = "Vi gemmer oplysningerne hos INDSÆT" },
			SeverityError, "purposes[1].description", "art. 12(1)", "pladsholder"},
		{"chatbot residue in Danish", "helle-falsberg", func(a *drafts.Answers) {
			a.Purposes[0].Description = "Vi svarer hurtigt. Hvis du vil, kan jeg også skrive et afsnit om cookies."
		}, SeverityError, "purposes[1].description", "art. 12(1)", "chatbot"},
		{"chatbot residue in English", "helle-falsberg", func(a *drafts.Answers) {
			a.Document.Changes[0].Text = "As an AI language model I cannot give legal advice."
		},
			SeverityError, "document.changes[1].text", "art. 12(1)", "chatbot"},
		{"English text", "helle-falsberg", func(a *drafts.Answers) {
			a.Purposes[0].Description = "We use your data to answer the questions you send to us."
		},
			SeverityWarning, "purposes[1].description", "art. 12(1)", "engelsk"},
		{"a second contact e-mail", "helle-falsberg", func(a *drafts.Answers) {
			a.Purposes[0].Description = "Skriv til info@hellefalsberg.dk, hvis du har spørgsmål."
		}, SeverityWarning, "purposes[1].description", "art. 12(1)", "info@hellefalsberg.dk"},
		{"invalid CVR via validation", "helle-falsberg", func(a *drafts.Answers) { a.Controller.CVR = "13748137" },
			SeverityError, "controller.cvr", "art. 13(1)(a)", "ugyldigt"},
		// Schema 2 rules.
		{"contract basis for contact persons at business customers", "helle-falsberg", func(a *drafts.Answers) { a.Purposes[1].ByGroup = nil },
			SeverityError, "purposes[2].basis", "art. 6(1)(b)", "ikke selv part i aftalen"},
		{"contract basis given to suppliers' contact persons", "bjerre-toemrer", func(a *drafts.Answers) { testkit.PurposeOf(a, "leverandoerer").Basis = []string{"6.1.b"} },
			SeverityError, "purposes[4].basis", "art. 6(1)(b)", "kontaktpersoner hos leverandører"},
		{"group basis of contract for contact persons", "bjerre-toemrer", func(a *drafts.Answers) { testkit.PurposeOf(a, "opgaver").ByGroup[0].Basis = []string{"6.1.b"} },
			SeverityError, "purposes[1].by_group[1].basis", "art. 6(1)(b)", "ikke selv part"},
		{"contract basis for children, whose parents make the agreement", "klinik-vesterbro", func(a *drafts.Answers) { testkit.PurposeOf(a, "afregning").ByGroup = nil },
			SeverityWarning, "purposes[3].basis", "art. 6(1)(b)", "barn under 18 år kan ikke selv indgå aftalen"},
		{"group basis of contract for children", "klinik-vesterbro", func(a *drafts.Answers) { testkit.PurposeOf(a, "afregning").ByGroup[0].Basis = []string{"6.1.b"} },
			SeverityWarning, "purposes[3].by_group[1].basis", "art. 6(1)(b)", "børn, der er patienter"},
		{"group's legitimate interest not stated", "helle-falsberg", func(a *drafts.Answers) { a.Purposes[1].ByGroup[0].Interest = "" },
			SeverityError, "purposes[2].by_group[1].interest", "art. 13(1)(d)", "legitim interesse for kontaktpersoner"},
		{"must the data be given: unanswered", "helle-falsberg", func(a *drafts.Answers) { a.Purposes[0].Required = "" },
			SeverityError, "purposes[1].required", "art. 13(2)(e)", "siger ikke, om man skal give"},
		{"required by law without consequence", "nordlys-keramik", func(a *drafts.Answers) { a.Purposes[2].Consequence = "" },
			SeverityWarning, "purposes[3].consequence", "art. 13(2)(e)", "hvad der sker"},
		{"company without CVR", "helle-falsberg", func(a *drafts.Answers) { a.Controller.CVR = "" },
			SeverityWarning, "controller.cvr", "art. 13(1)(a)", "intet CVR-nummer"},
		{"one art. 9 exception missing among two", "bjerre-toemrer", func(a *drafts.Answers) { p := testkit.PurposeOf(a, "personale"); p.Data = append(p.Data, "union") },
			SeverityError, "purposes[6].special_basis", "art. 9(2)", "fagforeningsmæssigt tilhørsforhold uden en undtagelse"},
		{"§ 8 paraphrase instead of one ground", "klinik-vesterbro", func(a *drafts.Answers) { testkit.PurposeOf(a, "rekruttering").CriminalBasis = "8.3" },
			SeverityError, "purposes[5].criminal_basis", "databeskyttelsesloven § 8", "to grundlag"},
		{"art. 9(2)(d) for a company", "bjerre-toemrer", func(a *drafts.Answers) { testkit.PurposeOf(a, "dokumentation").Sensitive[0].Basis = "9.2.d" },
			SeverityError, "purposes[8].sensitive[1]", "art. 9(2)(d)", "ikke en forening"},
		{"health care without § 7, stk. 3", "klinik-vesterbro", func(a *drafts.Answers) { a.Purposes[0].Sensitive[0].Law = "" },
			SeverityWarning, "purposes[1].sensitive[1]", "databeskyttelsesloven § 7, stk. 3", "sundhedspersoner"},
		{"employment law without § 12", "bjerre-toemrer", func(a *drafts.Answers) { testkit.PurposeOf(a, "personale").Sensitive[0].Law = "" },
			SeverityWarning, "purposes[6].sensitive[1]", "databeskyttelsesloven § 12", "§ 12"},
		{"Danish bookkeeping law for a Swedish controller", "molnbokning", func(a *drafts.Answers) { a.Purposes[2].Law = "bogføringsloven" },
			SeverityError, "purposes[3].law", "art. 13(1)(c)", "dansk lov"},
		{"Danish § 11 for a Swedish controller", "molnbokning", func(a *drafts.Answers) { a.Purposes[0].CPRBasis = "11.2.1" },
			SeverityError, "purposes[1].cpr_basis", "art. 13(1)(c)", "§ 11"},
		{"Danish § 12 for a Swedish controller", "molnbokning", func(a *drafts.Answers) {
			a.Purposes[0].Data = append(a.Purposes[0].Data, "health")
			a.Purposes[0].Sensitive = []drafts.SensitiveBasis{{Data: "health", Basis: "9.2.b", Law: "12"}}
		}, SeverityError, "purposes[1].sensitive[1]", "art. 9(2)", "danske databeskyttelseslov"},
		{"bookkeeping kept shorter than the Swedish law requires", "molnbokning", func(a *drafts.Answers) { testkit.PurposeOf(a, "bogfoering").Retention.Period = "5 år" },
			SeverityError, "purposes[4].retention.period", "art. 13(2)(a)", "kræver 7 år"},
		{"bookkeeping kept shorter than the Danish law requires", "nordlys-keramik", func(a *drafts.Answers) { a.Purposes[2].Retention.Period = "3 år" },
			SeverityError, "purposes[3].retention.period", "art. 13(2)(a)", "bogføringsloven kræver 5 år"},
		{"consent that costs the job", "klinik-vesterbro", func(a *drafts.Answers) { testkit.PurposeOf(a, "rekruttering").CriminalBasis = "8.3.1" },
			SeverityWarning, "purposes[5].required", "art. 7(4)", "bygger på samtykke"},
		{"consent-based union data kept by law with the payroll", "bjerre-toemrer", func(a *drafts.Answers) {
			p := testkit.PurposeOf(a, "loen")
			p.Data = append(p.Data, "union")
			p.Sensitive = append(p.Sensitive, drafts.SensitiveBasis{Data: "union", Basis: "9.2.a"})
			a.Purposes[3].Required = "voluntary"
		}, SeverityWarning, "purposes[5].retention.by_law", "art. 17(3)(b)", "fagforeningsmæssigt tilhørsforhold bygger på samtykke"},
		{"sick leave kept for claims on the employment-law exception", "bjerre-toemrer", func(a *drafts.Answers) { oneStaffFile(a) },
			SeverityWarning, "purposes[6].sensitive[1]", "art. 9(2)(f)", "helbredsoplysninger efter ansættelsens ophør på grundlag af legitim interesse"},
		{"Shopify's necessary cookies left out", "nordlys-keramik", func(a *drafts.Answers) { a.Cookies.Categories = nil },
			SeverityWarning, "cookies.categories", "cookiebekendtgørelsen § 3", "Shopify sætter nødvendige cookies (får indkøbskurven og kassen"},
		{"Shopify's necessary cookies credited to another provider", "nordlys-keramik", func(a *drafts.Answers) { a.Cookies.Categories[0].Provider = "Cookiebot" },
			SeverityWarning, "cookies.categories", "cookiebekendtgørelsen § 3", "Shopify sætter nødvendige cookies"},
		{"a Shopify shop said to have no cookies", "nordlys-keramik", func(a *drafts.Answers) {
			a.Cookies = drafts.Cookies{None: true}
			a.Vendors = slices.DeleteFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Catalog != "shopify" })
			for i := range a.Purposes {
				a.Purposes[i].Subjects = slices.DeleteFunc(a.Purposes[i].Subjects, func(g string) bool { return g == "visitors" })
			}
			a.Purposes = slices.DeleteFunc(a.Purposes, func(p drafts.Purpose) bool { return len(p.Subjects) == 0 })
			a.Subjects = slices.DeleteFunc(a.Subjects, func(s drafts.Subject) bool { return s.Group == "visitors" })
			a.Automated = drafts.Automated{Profiling: "no"}
		}, SeverityWarning, "cookies.none", "cookiebekendtgørelsen § 3", "Shopify sætter nødvendige cookies"},
		{"Swedish bookkeeping counted from the end of the financial year", "molnbokning", func(a *drafts.Answers) { testkit.PurposeOf(a, "bogfoering").Retention.After = "fiscal_year_end" },
			SeverityWarning, "purposes[4].retention.after", "art. 13(2)(a)", "regner den fra udgangen af det kalenderår, hvor regnskabsåret sluttede"},
		{"Danish bookkeeping counted the Swedish way", "nordlys-keramik", func(a *drafts.Answers) { a.Purposes[2].Retention.After = "fiscal_calendar_year_end" },
			SeverityWarning, "purposes[3].retention.after", "art. 13(2)(a)", "bogføringsloven regner den fra udgangen af det regnskabsår"},
		{"a sub-processor's task names the business's own newsletter", "tidsflow", func(a *drafts.Answers) {
			a.Vendors[len(a.Vendors)-1].Service = "udsendelse af e-mails fra systemet og nyhedsbrevet"
		}, SeverityWarning, "vendors[5].service", "art. 30(2)", "Brevo står som underdatabehandler"},
		{"a sub-processor with the catalogue's newsletter service", "tidsflow", func(a *drafts.Answers) { a.Vendors[len(a.Vendors)-1].Service = "" },
			SeverityWarning, "vendors[5].service", "art. 30(2)", "nyhedsbrevet er jeres egen behandling"},
		{"an association's litra d data given to its bank", "hjertevenner-fyn", func(a *drafts.Answers) {
			a.Purposes[2].Sensitive[0].Basis = "9.2.d" // netvaerk
			a.Disclosures[0].Purposes = append(a.Disclosures[0].Purposes, "netvaerk")
		}, SeverityWarning, "disclosures[1].purposes", "art. 9(2)(d)", "men »Foreningens bank« får oplysninger fra formålet"},
		{"access from outside the EU/EEA without a country", "klinik-vesterbro", func(a *drafts.Answers) { a.Vendors[2].RemoteCountries = nil },
			SeverityWarning, "vendors[3].remote_countries", "art. 30(1)(e)", "intet land"},
		{"retention without a start point", "nordlys-keramik", func(a *drafts.Answers) { a.Purposes[6].Retention.After = "" },
			SeverityWarning, "purposes[7].retention.after", "art. 13(2)(a)", "hvornår perioden"},
		{"processor record without the customer list", "tidsflow", func(a *drafts.Answers) { a.Processor.CustomerList = "" },
			SeverityWarning, "processor.customer_list", "art. 30(2)(a)", "kundelisten"},
		{"a system in the security answers but no processor", "psykolog-anna-kjaer", func(a *drafts.Answers) { a.Vendors = nil },
			SeverityWarning, "security.other[1]", "art. 13(1)(e)", "journalprogrammet"},
		{"»jeg« with employees", "bjerre-toemrer", func(a *drafts.Answers) { a.Controller.Voice = "jeg" },
			SeverityWarning, "subjects[4].group", "art. 12(1)", "»jeg«"},
		{"Danish age limit for a Swedish controller", "molnbokning", func(a *drafts.Answers) { a.Children.AgeLimit = 15 },
			SeverityError, "children.age_limit", "lag (2018:218) 2 kap. 4 §", "i Sverige er den 13 år"},
		// Issue 22: fewer misses.
		{"an example street as the address", "helle-falsberg", func(a *drafts.Answers) { a.Controller.Address = "Eksempelvej 1" },
			SeverityError, "controller.address", "art. 13(1)(a)", "pladsholder"},
		{"an address said to be missing", "helle-falsberg", func(a *drafts.Answers) { a.Controller.Address = "Adresse ikke oplyst endnu" },
			SeverityError, "controller.address", "art. 13(1)(a)", "pladsholder"},
		{"no security answer", "helle-falsberg", func(a *drafts.Answers) { a.Security = drafts.Security{} },
			SeverityWarning, "security.measures", "art. 30(1)(g)", "sikkerhedsforanstaltningerne"},
		{"employees but no payroll", "klinik-vesterbro", func(a *drafts.Answers) {
			a.Purposes = slices.DeleteFunc(a.Purposes, func(p drafts.Purpose) bool { return p.ID == "loen" })
			a.Vendors = slices.DeleteFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Category == "payroll" })
		}, SeverityWarning, "subjects[5].group", "art. 30(1)(b)", "intet formål for løn"},
		{"a third party's marketing cookies, and no recipient", "helle-falsberg", func(a *drafts.Answers) {
			a.Cookies.Categories = append(a.Cookies.Categories, drafts.CookieGroup{Category: "marketing", Purpose: "Måler annoncer", Provider: "LinkedIn", Lifetime: "6 måneder", PurposeID: "statistik"})
			a.Automated.Profiling, a.Automated.ProfilingDescription = "marketing", "LinkedIn viser annoncer til besøgende."
		}, SeverityWarning, "cookies.categories[1].provider", "art. 13(1)(e)", "LinkedIn står ikke blandt modtagerne"},
		{"consent as the basis of what the contract needs", "hjertevenner-fyn", func(a *drafts.Answers) {
			testkit.PurposeOf(a, "netvaerk").Required = "contract"
		}, SeverityWarning, "purposes[3].required", "art. 7(4)", "for at få aftalen"},
		{"explicit consent for health data the law demands", "hjertevenner-fyn", func(a *drafts.Answers) {
			p := testkit.PurposeOf(a, "netvaerk")
			p.Basis, p.Law, p.Required = []string{"6.1.c"}, "serviceloven", "law"
			p.Retention = drafts.Retention{Period: "1 år", After: "membership_end"}
		}, SeverityWarning, "purposes[3].required", "art. 7(4)", "helbredsoplysninger, men loven kræver"},
		{"a company's bookkeeping without a system", "nordlys-keramik", func(a *drafts.Answers) {
			a.Vendors = slices.DeleteFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == "e-conomic" })
		}, SeverityWarning, "purposes[3]", "bogføringsloven", "digitalt bogføringssystem"},
		{"correspondence but no mail host", "bjerre-toemrer", func(a *drafts.Answers) {
			a.Vendors = slices.DeleteFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == "one-com" })
		}, SeverityWarning, "purposes[1]", "art. 30(1)(d)", "ingen leverandør står for jeres e-mail"},
		{"job titles from the CVR register", "tidsflow", func(a *drafts.Answers) {
			a.Sources[1].Data = []string{"company"}
			a.Subjects[0].Data = append(a.Subjects[0].Data, "cvr_data")
		}, SeverityWarning, "sources[2].data", "art. 14(2)(f)", "CVR-registret har kun oplysninger om virksomheden"},
		{"references with no source", "klinik-vesterbro", func(a *drafts.Answers) {
			a.Sources = slices.DeleteFunc(a.Sources, func(s drafts.Source) bool { return s.Name == "Dine referencer" })
		}, SeverityWarning, "purposes[5].data", "art. 14(2)(f)", "referencerne kommer fra andre"},
		{"a birth date no purpose uses", "hjertevenner-fyn", func(a *drafts.Answers) { a.Subjects[0].Data = append(a.Subjects[0].Data, "birthdate") },
			SeverityWarning, "subjects[1].data[5]", "art. 5(1)(b)", "fødselsdato, men intet formål"},
		{"a Swedish company without its organisationsnummer", "molnbokning", func(a *drafts.Answers) { a.Controller.CVR = "" },
			SeverityWarning, "controller.cvr", "art. 13(1)(a)", "intet registreringsnummer"},
		{"børneattest as a legal obligation under the act alone", "klinik-vesterbro", func(a *drafts.Answers) {
			p := testkit.PurposeOf(a, "rekruttering")
			p.Basis, p.Law, p.Interest = []string{"6.1.b", "6.1.c"}, "børneattestloven", ""
		}, SeverityWarning, "purposes[5].law", "art. 6(1)(c)", "bekendtgørelse"},
		{"money laundering checks on private clients only", "helle-falsberg", func(a *drafts.Answers) {
			a.Purposes = append(a.Purposes, drafts.Purpose{ID: "hvidvask", Name: "Legitimation", Subjects: []string{"customers"}, Data: []string{"contact"},
				Basis: []string{"6.1.c"}, Law: "hvidvaskloven", Required: "law", Consequence: "Uden legitimation kan vi ikke påtage os opgaven",
				Retention: drafts.Retention{Period: "5 år", After: "contract_end"}})
		}, SeverityWarning, "purposes[8].subjects", "hvidvaskloven § 11", "reelle ejere"},
		{"a psychologist's repealed terms", "psykolog-anna-kjaer", func(a *drafts.Answers) {
			a.Purposes[0].Description = "Jeg fører ordnede optegnelser om samtalerne."
		}, SeverityWarning, "purposes[1].description", "autorisationsloven § 21", "ordnede optegnelser"},
		{"an audit for a sole trader", "helle-falsberg", func(a *drafts.Answers) {
			a.Vendors[slices.IndexFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Category == "accountant" })].Service = "revision af årsregnskabet"
		}, SeverityWarning, "vendors[3].service", "art. 13(1)(e)", "ingen pligt til revision"},
		{"clients' bookkeeping without the processor role", "helle-falsberg", func(a *drafts.Answers) {
			a.Purposes[1].Description = "Vi fører også bogføring for kunder, der beder om det."
		}, SeverityWarning, "processor.acts", "art. 28", "som databehandler"},
		{"websites for business customers, the processor role unanswered", "helle-falsberg", func(a *drafts.Answers) { a.Processor.Description = "" },
			SeverityWarning, "processor.acts", "art. 28", "behandler I oplysninger for jeres erhvervskunder"},
		{"bookings in an app for business customers, unanswered", "molnbokning", func(a *drafts.Answers) { a.Processor.Description = "" },
			SeverityWarning, "processor.acts", "art. 28", "nævner \"booking\""},
		{"support for customers' users, its vendor no sub-processor", "tidsflow", func(a *drafts.Answers) {
			a.Processor.Vendors = slices.DeleteFunc(a.Processor.Vendors, func(id string) bool { return id == "openai" })
		}, SeverityWarning, "vendors[4].purposes", "art. 28(2)", "står ikke som underdatabehandler"},
	}
	ex := testkit.Examples(t)
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			a := testkit.Clone(t, ex[r.example])
			if fs := Check(a, testkit.CheckDay); len(fs) != 0 {
				t.Fatalf("the unplanted example already has findings: %v", fs)
			}
			r.plant(a)
			fs := Check(a, testkit.CheckDay)
			for _, f := range fs {
				if f.Path == r.path && f.Severity == r.severity && strings.Contains(f.Reference, r.ref) && strings.Contains(f.Message, r.message) {
					if f.Suggestion == "" {
						t.Errorf("finding has no suggestion: %v", f)
					}
					return
				}
			}
			t.Errorf("want %s at %s (%s) containing %q; got:\n%v", r.severity, r.path, r.ref, r.message, fs)
		})
	}
}

func TestNamesMayContainXX(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["helle-falsberg"])
	a.Controller.Name = "XX Design ApS"
	for _, f := range Check(a, testkit.CheckDay) {
		t.Errorf("a real name was flagged: %v", f)
	}
}

// Each answer here is lawful and must give no finding at all: the false
// alarms a consultant's CI once tripped on. Every rule they resemble has a
// planted true positive in TestCheckRules.
func TestCheckFalseAlarms(t *testing.T) {
	cases := []struct {
		name, example string
		plant         func(a *drafts.Answers)
	}{
		{"indsætter is a word, not the placeholder indsæt", "helle-falsberg", func(a *drafts.Answers) {
			a.Purposes[0].Description = "Vi indsætter dine oplysninger i vores kundesystem, og de indsættes aldrig andre steder."
		}},
		{"soft opt-in to existing customers (markedsføringsloven § 10, stk. 2)", "helle-falsberg", func(a *drafts.Answers) {
			a.Purposes = append(a.Purposes, drafts.Purpose{
				ID: "tilbud", Name: "Tilbud på e-mail til kunder", Subjects: []string{"customers"},
				Data: []string{"contact", "newsletter"}, Basis: []string{"6.1.f"},
				Interest:  "at fortælle vores kunder om tilsvarende ydelser; du kan altid frabede dig e-mailene",
				Retention: drafts.Retention{Period: "2 år", After: "last_contact"}, Required: "voluntary",
			})
		}},
		{"an association's newsletter to its own members", "helle-falsberg", func(a *drafts.Answers) {
			a.Subjects = append(a.Subjects, drafts.Subject{Group: "other", Name: "Medlemmer af foreningen", Data: []string{"contact", "newsletter"}})
			a.Purposes = append(a.Purposes, drafts.Purpose{
				ID: "medlemsblad", Name: "Medlemsbrev", Subjects: []string{"other"},
				Data: []string{"contact", "newsletter"}, Basis: []string{"6.1.f"},
				Interest:  "at holde vores medlemmer orienteret om foreningens arbejde",
				Retention: drafts.Retention{Period: "1 år", After: "contract_end"}, Required: "voluntary",
			})
		}},
		{"consent log for subscribers on 6.1.c", "helle-falsberg", func(a *drafts.Answers) {
			a.Purposes = append(a.Purposes, drafts.Purpose{
				ID: "samtykker", Name: "Dokumentation af tilmeldinger", Subjects: []string{"subscribers"},
				Data: []string{"newsletter"}, Basis: []string{"6.1.c"}, Law: "databeskyttelsesforordningens art. 7, stk. 1",
				Retention: drafts.Retention{Period: "2 år", After: "consent_withdrawn"}, Required: "voluntary",
			})
		}},
		{"a vendor used only for customers' data, as sub-processor", "tidsflow", func(a *drafts.Answers) {
			a.Vendors = append(a.Vendors, drafts.Vendor{Name: "Twilio Ireland Ltd", Role: "processor", Service: "sms til kundernes medarbejdere", Country: "IE", Transfer: "none"})
		}},
		{"sick leave kept after the employment because the law requires it", "bjerre-toemrer", func(a *drafts.Answers) {
			oneStaffFile(a)
			p := testkit.PurposeOf(a, "personale")
			p.Retention.ByLaw = true
			p.Retention.Law = "arbejdstidsloven"
		}},
		{"Shopify's necessary cookies named one by one", "nordlys-keramik", func(a *drafts.Answers) {
			a.Cookies.Categories = nil
			a.Cookies.List = append(a.Cookies.List, drafts.Cookie{Name: "cart", Provider: "Shopify", Purpose: "Husker indkøbskurven", Category: "necessary", Lifetime: "14 dage", PurposeID: "ordre"})
		}},
		{"bookkeeping kept longer than the law requires, counted as it counts", "nordlys-keramik", func(a *drafts.Answers) { a.Purposes[2].Retention.Period = "6 år" }},
		{"a newsletter service for a vendor that is no sub-processor", "molnbokning", func(a *drafts.Answers) {
			a.Vendors[slices.IndexFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == "brevo" })].Service = "udsendelse af bekræftelser, påmindelser og nyhedsbrevet"
		}},
		{"an association on litra d that gives the bank only the board's names", "hjertevenner-fyn", func(a *drafts.Answers) {
			a.Purposes[2].Sensitive[0].Basis = "9.2.d"
			a.Purposes[2].Basis = []string{"6.1.f"}
			a.Purposes[2].Interest = "at kunne invitere medlemmerne til de netværksgrupper, der passer til dem"
			a.Purposes[2].Retention = drafts.Retention{Period: "1 år", After: "membership_end"}
			a.Purposes[2].ConsentBox = "" // no box: the purpose no longer rests on consent
		}},
		{"the Swedish bookkeeping law named only as the purpose's law, counted from the calendar year", "molnbokning", func(a *drafts.Answers) {
			for i := range a.Purposes {
				a.Purposes[i].Retention.Law = ""
			}
		}},
		{"the keeping law named, and the purpose's own law another", "psykolog-anna-kjaer", func(a *drafts.Answers) {
			a.Purposes[2].Retention.Law = "bogføringsloven"
		}},
		{"aftaleloven is a law", "klinik-vesterbro", func(a *drafts.Answers) { testkit.PurposeOf(a, "bogfoering").Law = "aftaleloven og bogføringsloven" }},
		// Issue 22: the look-alikes of the rules above.
		{"a street whose name starts like a test", "helle-falsberg", func(a *drafts.Answers) { a.Controller.Address = "Testrupvej 3" }},
		{"security answered by the business's own measures only", "helle-falsberg", func(a *drafts.Answers) {
			a.Security = drafts.Security{Other: []string{"Kun vi har nøglen til kontoret."}}
		}},
		{"the business's own marketing cookies", "helle-falsberg", func(a *drafts.Answers) {
			a.Cookies.Categories = append(a.Cookies.Categories, drafts.CookieGroup{Category: "marketing", Purpose: "Husker, hvilke tilbud du har set", Provider: "Helle Falsberg Webdesign", Lifetime: "6 måneder", PurposeID: "statistik"})
			a.Automated.Profiling, a.Automated.ProfilingDescription = "marketing", "Vi viser dig tilbud ud fra, hvad du har set hos os."
		}},
		{"explicit consent to health data a patient association's membership needs", "hjertevenner-fyn", func(a *drafts.Answers) {
			p := testkit.PurposeOf(a, "netvaerk")
			p.Basis, p.Required = []string{"6.1.b"}, "contract"
			p.Retention = drafts.Retention{Period: "1 år", After: "membership_end"}
		}},
		{"a sole trader's books with no system named", "helle-falsberg", func(a *drafts.Answers) {
			a.Vendors = slices.DeleteFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == "dinero" })
		}},
		{"a mail host named by hand, its service e-mail", "klinik-vesterbro", func(a *drafts.Answers) {}},
		{"the business's own category for what the CVR register gives", "tidsflow", func(a *drafts.Answers) {}},
		{"an application without references", "klinik-vesterbro", func(a *drafts.Answers) {
			a.Sources = slices.DeleteFunc(a.Sources, func(s drafts.Source) bool { return s.Name == "Dine referencer" })
			a.Categories = append(a.Categories, drafts.CustomCategory{ID: "cv", Name: "ansøgning og CV"})
			for i := range a.Purposes {
				for j, d := range a.Purposes[i].Data {
					if d == "application" {
						a.Purposes[i].Data[j] = "cv"
					}
				}
			}
			for i := range a.Subjects {
				for j, d := range a.Subjects[i].Data {
					if d == "application" {
						a.Subjects[i].Data[j] = "cv"
					}
				}
			}
		}},
		{"børneattest under the order that requires it", "klinik-vesterbro", func(a *drafts.Answers) {
			p := testkit.PurposeOf(a, "rekruttering")
			p.Basis, p.Law, p.Interest = []string{"6.1.b", "6.1.c"}, "bekendtgørelse om indhentelse af børneattest på sundhedsområdet", ""
		}},
		{"money laundering checks that cover business clients", "helle-falsberg", func(a *drafts.Answers) {
			a.Purposes = append(a.Purposes, drafts.Purpose{ID: "hvidvask", Name: "Legitimation", Subjects: []string{"customers", "business_customers"}, Data: []string{"contact"},
				Basis: []string{"6.1.c"}, Law: "hvidvaskloven", Required: "law", Consequence: "Uden legitimation kan vi ikke påtage os opgaven",
				Retention: drafts.Retention{Period: "5 år", After: "contract_end"}})
		}},
		{"a psychologist's notes in the journal", "psykolog-anna-kjaer", func(a *drafts.Answers) {
			a.Purposes[0].Description = "Jeg skriver optegnelser i din journal om samtalerne."
		}},
		{"a sole trader's voluntary audit", "helle-falsberg", func(a *drafts.Answers) {
			a.Vendors[slices.IndexFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Category == "accountant" })].Service = "frivillig revision af årsregnskabet"
		}},
		{"bookings of the business's own customers, no business customers", "klinik-vesterbro", func(a *drafts.Answers) {
			testkit.PurposeOf(a, "tidsbestilling").Description = "Du booker tider i vores bookingsystem."
		}},
		{"the parents who pay, and adult patients, on a contract", "klinik-vesterbro", func(a *drafts.Answers) {
			p := testkit.PurposeOf(a, "afregning")
			p.ByGroup, p.GroupTexts = nil, nil
			p.Subjects = slices.DeleteFunc(p.Subjects, func(g string) bool { return g == "children" })
		}},
		{"bookkeeping of the business's own invoices", "helle-falsberg", func(a *drafts.Answers) {
			a.Purposes[1].Description = "Vi bruger dine oplysninger til bogføring af vores egne fakturaer."
		}},
	}
	ex := testkit.Examples(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := testkit.Clone(t, ex[c.example])
			c.plant(a)
			for _, f := range Check(a, testkit.CheckDay) {
				t.Errorf("false alarm: %v", f)
			}
		})
	}
}

// oneStaffFile plants Bjerre's staff file as one purpose again: used during
// the employment (sick leave on art. 9(2)(b)) and kept five years after it
// on legitimate interest, with no purpose of its own for the keeping.
func oneStaffFile(a *drafts.Answers) {
	p, doc := testkit.PurposeOf(a, "personale"), testkit.PurposeOf(a, "dokumentation")
	p.Basis = append(p.Basis, "6.1.f")
	p.Interest = doc.Interest
	p.Retention = doc.Retention
	a.Purposes = slices.DeleteFunc(a.Purposes, func(q drafts.Purpose) bool { return q.ID == "dokumentation" })
}

// CountErrorsValid, which skips the value checks, counts what CountErrors
// counts on answers that pass drafts.Validate: every example, a fresh
// start, and each of them with errors planted.
func TestCountErrorsValidAgrees(t *testing.T) {
	starts := testkit.Examples(t)
	starts["ny"] = drafts.Starter(testkit.CheckDay) // not valid until answered
	withErrors := 0
	for name, a := range starts {
		for _, b := range []*drafts.Answers{a, testkit.Planted(a), plantedText(a)} {
			if ps := drafts.Validate(b); len(ps) > 0 {
				continue
			}
			want := CountErrors(b, testkit.CheckDay)
			if got := CountErrorsValid(b, testkit.CheckDay); got != want {
				t.Errorf("%s: CountErrorsValid %d, CountErrors %d", name, got, want)
			}
			if want > 0 {
				withErrors++
			}
		}
	}
	if withErrors < len(starts)-1 {
		t.Errorf("only %d of the valid answers had errors to count", withErrors)
	}
}

// plantedText is a copy of a with errors only in its text: a placeholder
// and chatbot text, which every value check lets through.
func plantedText(a *drafts.Answers) *drafts.Answers {
	b := *a
	b.Controller.Name += " [navn]"
	b.Purposes = append([]drafts.Purpose(nil), a.Purposes...)
	if len(b.Purposes) > 0 {
		b.Purposes[0].Description = "Hvis du vil, kan jeg skrive mere."
	}
	return &b
}

// Every alternative of the text rules' expressions holds one of their
// hints, so a hint never keeps an expression from running on text it
// matches.
func TestTextRuleHints(t *testing.T) {
	for _, c := range []struct {
		re    *lazyRegexp
		hints []string
		texts []string
	}{
		{chatbotRE, chatbotHints, []string{"Hvis du vil, kan jeg", "As an AI", "som en AI", "Som en sprogmodel", "as a language model", "I hope this helps", "Jeg håber, dette hjælper", "Lad mig vide, hvis", "Let me know if", "Here is the", "Her er et forslag", "Certainly!", "Selvfølgelig!"}},
		{placeholderRE, placeholderHints, []string{"[navn]", "XX", "TODO", "FIXME", "Lorem ipsum", "Indsæt", "og så videre...", "<firma>"}},
		{namePlaceholderRE, placeholderHints, []string{"[navn]", "TODO", "indsæt", "lorem ipsum"}},
	} {
		for _, s := range c.texts {
			if c.re.FindString(s) == "" {
				t.Errorf("%q: the expression does not match it", s)
			}
			if findIf(c.re, s, strings.ToLower(s), c.hints) == "" {
				t.Errorf("%q: no hint lets the expression run", s)
			}
		}
	}
}

// textFields gives every string of every example with the path and key
// the field has in the answer file, as fmt would spell them.
func TestTextFieldPaths(t *testing.T) {
	var want func(v reflect.Value, path string, out *[]string)
	want = func(v reflect.Value, path string, out *[]string) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				want(v.Elem(), path, out)
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				key, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("toml"), ",")
				if key == "" {
					continue
				}
				p := strings.TrimPrefix(path+"."+key, ".")
				f := v.Field(i)
				switch {
				case f.Kind() == reflect.String:
					*out = append(*out, p+" "+key+" "+f.String())
				case f.Kind() == reflect.Slice:
					for j := 0; j < f.Len(); j++ {
						if f.Type().Elem().Kind() == reflect.String {
							*out = append(*out, fmt.Sprintf("%s[%d] %s %s", p, j+1, key, f.Index(j).String()))
						} else {
							want(f.Index(j), fmt.Sprintf("%s[%d]", p, j+1), out)
						}
					}
				default:
					want(f, p, out)
				}
			}
		}
	}
	for name, a := range testkit.Examples(t) {
		var exp, got []string
		want(reflect.ValueOf(a), "", &exp)
		textFields(reflect.ValueOf(a), func(p *textPath, key, s string) { got = append(got, p.String()+" "+key+" "+s) })
		if !slices.Equal(got, exp) {
			t.Errorf("%s: %d strings, want %d; first difference at %d", name, len(got), len(exp), firstDifferent(got, exp))
		}
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "purposes[2].") }) {
			t.Errorf("%s: no path into the second purpose", name)
		}
	}
}

func firstDifferent(a, b []string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// Every expression of the check compiles (they compile when first used).
func TestCheckExpressionsCompile(t *testing.T) {
	for _, re := range []*lazyRegexp{placeholderRE, namePlaceholderRE, chatbotRE, emailRE, wordRE, bookkeepingRE, danishLawRE, transferHintRE, systemRE, ownPurposeRE, onOurBehalfRE,
		placeholderAddressRE, cvrSourceRE, childCertificateLawRE, moneyLaunderingRE, psychologistTermsRE, soleTraderRE, auditRE, clientWorkRE, mailServiceRE, customerSystemRE} {
		if _, err := regexp.Compile(re.expr); err != nil {
			t.Errorf("%s: %v", re.expr, err)
		}
	}
}

// TestStarterIsClean: a new answer file starts with every question that
// has an answer answered, so check asks only what the business alone
// knows (where its mail host and accounting program keep the data), and
// nothing once that is answered.
func TestStarterIsClean(t *testing.T) {
	a := drafts.Starter(testkit.CheckDay)
	a.Controller = drafts.Controller{Name: "Firma ApS", CVR: "13748136", Address: "Vej 1", Postcode: "8000", Town: "Aarhus C", Email: "info@firma.dk"}
	for _, f := range Check(a, testkit.CheckDay) {
		if !testkit.BusinessOnly(a, f.Path) {
			t.Errorf("the starter has a finding the business is not to answer: %s", f)
		}
	}
	testkit.FillBusinessAnswers(a)
	if fs := Check(a, testkit.CheckDay); len(fs) != 0 {
		t.Errorf("the answered starter has findings: %v", fs)
	}
}

// CountErrors counts what Check counts as errors, on every example and on
// answers with errors planted.
func TestCountErrorsAgreesWithCheck(t *testing.T) {
	now := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	starts := testkit.Examples(t)
	starts["ny"] = drafts.Starter(now)
	for name, a := range starts {
		for _, b := range []*drafts.Answers{a, testkit.Planted(a)} {
			want, _ := Count(Check(b, now))
			if got := CountErrors(b, now); got != want {
				t.Errorf("%s: CountErrors %d, Check %d", name, got, want)
			}
		}
	}
}
