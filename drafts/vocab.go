package drafts

// The vocabulary of the answer file: the ids that may appear in it, each
// with a short Danish label that the wizard and the messages show. The
// policy's own sentences live in package content.

// Term is an id in the answer file with its Danish label.
type Term struct {
	ID    string
	Label string
}

// Label finds the label of id in terms, or "" when unknown.
func Label(terms []Term, id string) string {
	for _, t := range terms {
		if t.ID == id {
			return t.Label
		}
	}
	return ""
}

// Known reports whether id is one of terms.
func Known(terms []Term, id string) bool { return Label(terms, id) != "" }

// IDs lists the ids of terms, for suggestions.
func IDs(terms []Term) []string {
	out := make([]string, len(terms))
	for i, t := range terms {
		out[i] = t.ID
	}
	return out
}

// SubjectGroups are the kinds of people a business holds data about.
var SubjectGroups = []Term{
	{"customers", "Kunder (privatpersoner)"},
	{"business_customers", "Kontaktpersoner hos erhvervskunder"},
	{"suppliers", "Kontaktpersoner hos leverandører og samarbejdspartnere"},
	{"enquiries", "Personer, der kontakter os"},
	{"visitors", "Besøgende på hjemmesiden"},
	{"subscribers", "Nyhedsbrevsmodtagere"},
	{"employees", "Medarbejdere"},
	{"applicants", "Jobansøgere"},
	{"members", "Medlemmer"},
	{"volunteers", "Frivillige"},
	{"board", "Bestyrelsesmedlemmer"},
	{"patients", "Patienter og klienter"},
	{"customer_employees", "Vores kunders medarbejdere"},
	{"children", "Børn"},
	{"other", "Egen gruppe"},
}

// NotParty are the groups whose data a business holds because of a
// contract with someone else (their employer), so "aftale med dig"
// (art. 6(1)(b)) can never be their basis.
var NotParty = map[string]bool{
	"business_customers": true,
	"suppliers":          true,
	"customer_employees": true,
	"visitors":           true,
}

// ControllerKinds are the kinds of controller.
var ControllerKinds = []Term{
	{"company", "Virksomhed"},
	{"association", "Forening"},
}

// Voices are how the policy speaks of the controller.
var Voices = []Term{
	{"vi", "Vi (virksomheden)"},
	{"jeg", "Jeg (enkeltperson)"},
}

// Category kinds: the ones other than ordinary need their own legal basis.
const (
	KindOrdinary = "ordinary"
	KindCPR      = "cpr"      // databeskyttelsesloven § 11
	KindSpecial  = "special"  // GDPR art. 9
	KindCriminal = "criminal" // GDPR art. 10, databeskyttelsesloven § 8
)

// CategoryKinds are the kinds a custom data category can have.
var CategoryKinds = []Term{
	{KindOrdinary, "Almindelige oplysninger"},
	{KindCPR, "CPR-nummer"},
	{KindSpecial, "Følsomme oplysninger (art. 9)"},
	{KindCriminal, "Strafbare forhold (art. 10)"},
}

// Category is a standard data category.
type Category struct {
	ID    string
	Label string // a noun phrase that reads well in a list: "navn og kontaktoplysninger"
	Kind  string
}

// Categories are the standard data categories.
var Categories = []Category{
	{"contact", "kontaktoplysninger (navn, e-mail, telefon)", KindOrdinary},
	{"address", "adresse", KindOrdinary},
	{"company", "virksomhedsoplysninger (firmanavn, CVR-nummer, stilling)", KindOrdinary},
	{"correspondence", "indholdet af henvendelser og korrespondance", KindOrdinary},
	{"order", "ordre- og aftaleoplysninger", KindOrdinary},
	{"invoice", "faktura- og betalingsoplysninger", KindOrdinary},
	{"account", "brugerkonto (brugernavn, adgangskode)", KindOrdinary},
	{"usage", "logdata om din brug af tjenesten", KindOrdinary},
	{"device", "tekniske oplysninger (IP-adresse, browser, enhed)", KindOrdinary},
	{"browsing", "oplysninger om dit besøg på hjemmesiden (via cookies)", KindOrdinary},
	{"newsletter", "nyhedsbrevsaktivitet (tilmelding, åbninger, klik)", KindOrdinary},
	{"credit", "kreditoplysninger", KindOrdinary},
	{"application", "ansøgningsmateriale (ansøgning, CV, referencer)", KindOrdinary},
	{"location", "GPS-position", KindOrdinary},
	{"photo", "billeder", KindOrdinary},
	{"worktime", "arbejdstid (mødetider, pauser, fravær)", KindOrdinary},
	{"payroll", "løn- og bankoplysninger", KindOrdinary},
	{"birthdate", "fødselsdato", KindOrdinary},
	{"membership", "medlemskab (indmeldelse, kontingent)", KindOrdinary},
	{"employment", "ansættelsesoplysninger (stilling, kontrakt, uddannelse)", KindOrdinary},
	{"cpr", "CPR-nummer", KindCPR},
	{"health", "helbredsoplysninger", KindSpecial},
	{"union", "fagforeningsmæssigt tilhørsforhold", KindSpecial},
	{"belief", "religiøs eller filosofisk overbevisning", KindSpecial},
	{"politics", "politisk overbevisning", KindSpecial},
	{"criminal", "oplysninger om strafbare forhold", KindCriminal},
}

// Purpose-level legal bases, GDPR art. 6(1).
// NoticeExemptions are the exceptions in art. 14(5) under which a group
// whose data comes from others is not told (subjects.not_informed). Art.
// 14(5)(a), that they already know, is no reason to write them nothing
// they could ask for, so it is not among them.
var NoticeExemptions = []Term{
	{"14.5.b", "Det er umuligt eller kræver en uforholdsmæssig indsats (art. 14, stk. 5, litra b)"},
	{"14.5.c", "En lov pålægger os at indhente eller videregive oplysningerne (art. 14, stk. 5, litra c)"},
	{"14.5.d", "Oplysningerne er omfattet af tavshedspligt (art. 14, stk. 5, litra d)"},
}

var LegalBases = []Term{
	{"6.1.a", "Samtykke (art. 6, stk. 1, litra a)"},
	{"6.1.b", "Aftale (art. 6, stk. 1, litra b)"},
	{"6.1.c", "Retlig forpligtelse (art. 6, stk. 1, litra c)"},
	{"6.1.d", "Vitale interesser (art. 6, stk. 1, litra d)"},
	{"6.1.e", "Opgave i samfundets interesse (art. 6, stk. 1, litra e)"},
	{"6.1.f", "Legitim interesse (art. 6, stk. 1, litra f)"},
}

// SpecialBases are the exceptions in GDPR art. 9(2) for special categories.
var SpecialBases = []Term{
	{"9.2.a", "Udtrykkeligt samtykke (art. 9, stk. 2, litra a)"},
	{"9.2.b", "Arbejds-, sikrings- og socialretlige forpligtelser (art. 9, stk. 2, litra b)"},
	{"9.2.c", "Vitale interesser (art. 9, stk. 2, litra c)"},
	{"9.2.d", "Forening eller organisation om egne medlemmer (art. 9, stk. 2, litra d)"},
	{"9.2.e", "Oplysninger, du selv har offentliggjort (art. 9, stk. 2, litra e)"},
	{"9.2.f", "Retskrav (art. 9, stk. 2, litra f)"},
	{"9.2.g", "Væsentlige samfundsinteresser (art. 9, stk. 2, litra g)"},
	{"9.2.h", "Sundhedsbehandling (art. 9, stk. 2, litra h)"},
	{"9.2.i", "Folkesundhed (art. 9, stk. 2, litra i)"},
	{"9.2.j", "Forskning og statistik (art. 9, stk. 2, litra j)"},
}

// SensitiveLaws are the rules in databeskyttelsesloven that go with an
// art. 9(2) exception for a Danish controller.
var SensitiveLaws = []Term{
	{"7.3", "Sundhedsperson med tavshedspligt (databeskyttelseslovens § 7, stk. 3)"},
	{"12", "Arbejdsgiver efter ansættelsesretten (databeskyttelseslovens § 12)"},
}

// CPRBases are the grounds in databeskyttelsesloven § 11, stk. 2.
var CPRBases = []Term{
	{"11.2.1", "Det følger af lovgivningen (§ 11, stk. 2, nr. 1)"},
	{"11.2.2", "Samtykke (§ 11, stk. 2, nr. 2)"},
	{"11.2.3", "Videregivelse som naturligt led i driften (§ 11, stk. 2, nr. 3)"},
	{"11.2.4", "Betingelserne i § 7 er opfyldt (§ 11, stk. 2, nr. 4)"},
}

// CriminalBases are the concrete grounds in databeskyttelsesloven § 8 for
// private businesses. "8.3" and "8.5" are schema 1's paraphrases: they
// still load, and check asks for the concrete ground.
var CriminalBases = []Term{
	{"8.3.1", "Udtrykkeligt samtykke (§ 8, stk. 3, 1. pkt.)"},
	{"8.3.2", "En berettiget interesse, der klart overstiger hensynet til personen (§ 8, stk. 3, 2. pkt.)"},
	{"8.5", "Retskrav: fastlægge, gøre gældende eller forsvare et krav (§ 8, stk. 5, jf. § 7, stk. 1)"},
}

// LegacyCriminalBases are schema-1 values that name no single ground.
var LegacyCriminalBases = []Term{
	{"8.3", "Udtrykkeligt samtykke eller en klart overvejende berettiget interesse (§ 8, stk. 3)"},
}

// Requirements say whether the person must give the data (art. 13(2)(e)),
// or that it comes from someone else (art. 14), where the question does
// not arise.
var Requirements = []Term{
	{"voluntary", "Frivilligt"},
	{"contract", "Nødvendigt for aftalen"},
	{"law", "Krævet af loven"},
	{"not_collected", "Vi får dem ikke fra personen selv"},
}

// RetentionEvents are the events a retention period can be counted from.
var RetentionEvents = []Term{
	{"collection", "fra indsamlingen"},
	{"last_contact", "efter den seneste kontakt"},
	{"contract_end", "efter aftalens ophør"},
	{"account_closed", "efter at kontoen er lukket"},
	{"case_closed", "efter at sagen er afsluttet"},
	{"fiscal_year_end", "fra udgangen af det regnskabsår, oplysningerne vedrører"},
	// The Swedish bokföringslagen (7 kap. 2 §) counts in whole years from
	// the end of the calendar year in which the financial year ended.
	{"fiscal_calendar_year_end", "fra udgangen af det kalenderår, hvor regnskabsåret sluttede"},
	{"treatment_end", "efter den sidste behandling"},
	{"last_entry", "efter den seneste optegnelse"},
	{"membership_end", "efter medlemskabets ophør"},
	{"employment_end", "efter ansættelsens ophør"},
	// Working-time records: arbejdstidsloven counts the 5 years from the
	// end of the period the average weekly working time is worked out over.
	{"reference_period_end", "efter udgangen af den periode, den gennemsnitlige ugentlige arbejdstid opgøres over"},
	{"office_end", "efter at hvervet (fx frivillig eller i bestyrelsen) er ophørt"},
	{"account_active", "mens kontoen er aktiv, og derefter"},
	{"consent_withdrawn", "indtil samtykket trækkes tilbage"},
}

// Holds are what keeps data past its time limit (retention.hold).
var Holds = []Term{
	// autorisationsloven § 25, stk. 2: a patient record that matters for a
	// pending complaint, supervision or compensation case is kept while
	// the case is pending.
	{"health_case", "En klage-, tilsyns- eller erstatningssag, som journalen har betydning for"},
	// art. 17(3)(e): data needed for a legal claim.
	{"legal_claim", "Et retskrav, der er rejst eller kan ventes"},
}

// WithdrawWays are how a consent is withdrawn besides writing to the
// business (purposes.withdraw).
var WithdrawWays = []Term{
	{"link", "Et link til afmelding i hver e-mail, fx nederst i nyhedsbrevet"},
	{"account", "I personens egen konto eller profil"},
}

// Approvals are how a processor's sub-processors are approved (art.
// 28(2)).
var Approvals = []Term{
	{"general", "Generel godkendelse: leverandøren giver besked om ændringer, og I kan gøre indsigelse"},
	{"specific", "Specifik godkendelse: hver underdatabehandler godkendes skriftligt på forhånd"},
}

// SourceKinds are the kinds of places data comes from.
var SourceKinds = []Term{
	{"public_register", "Offentligt register"},
	{"credit_agency", "Kreditoplysningsbureau"},
	{"partner", "Samarbejdspartner"},
	{"employer", "Arbejdsgiver"},
	{"social_media", "Sociale medier"},
	{"customer", "Vores kunde"},
	{"other", "Andet"},
}

// AutomatedExceptions are the exceptions in GDPR art. 22(2) that allow a
// decision based solely on automated processing.
var AutomatedExceptions = []Term{
	{"contract", "Nødvendig for at indgå eller opfylde en aftale (art. 22, stk. 2, litra a)"},
	{"law", "Hjemlet i lovgivningen (art. 22, stk. 2, litra b)"},
	{"consent", "Udtrykkeligt samtykke (art. 22, stk. 2, litra c)"},
}

// ProfilingUses answer whether the business uses profiling (art. 4(4)).
var ProfilingUses = []Term{
	{"no", "Nej, ingen profilering"},
	{"marketing", "Ja, til markedsføring, fx målrettede annoncer"},
	{"other", "Ja, til andet end markedsføring"},
}

// Roles are the roles a recipient can have.
var Roles = []Term{
	{"processor", "Databehandler"},
	{"controller", "Selvstændig dataansvarlig"},
	{"joint", "Fælles dataansvarlig"},
}

// Transfers are the grounds for sending data outside the EU/EEA.
var Transfers = []Term{
	{"none", "Ingen overførsel (EU/EØS)"},
	{"adequacy", "Tilstrækkelighedsafgørelse"},
	{"dpf", "EU-US Data Privacy Framework"},
	{"scc", "Standardkontraktbestemmelser"},
	{"bcr", "Bindende virksomhedsregler (BCR)"},
}

// CookieCategories are the consent categories of cookies.
var CookieCategories = []Term{
	{"necessary", "Nødvendige"},
	{"preferences", "Præferencer"},
	{"statistics", "Statistik"},
	{"marketing", "Marketing"},
}

// SecurityMeasures are common technical and organisational measures.
var SecurityMeasures = []Term{
	{"encryption", "Kryptering af forbindelser (HTTPS/TLS)"},
	{"encryption_rest", "Kryptering af lagrede data"},
	{"access_control", "Adgangsstyring, så kun de rette har adgang"},
	{"mfa", "Tofaktorlogin"},
	{"backup", "Sikkerhedskopier"},
	{"updates", "Løbende opdatering af systemer"},
	{"dpa", "Databehandleraftaler med leverandører"},
	{"confidentiality", "Tavshedspligt og instruktion af alle, der har adgang"},
	{"logging", "Logning af adgang"},
	{"physical", "Fysisk sikring af papirer og udstyr"},
}

// RecordFormats are the formats the record of processing (art. 30) can be
// written in when the answers are saved (document.record).
var RecordFormats = []Term{
	{"md", "Markdown"},
	{"html", "HTML-side"},
	{"xlsx", "Regneark (Excel og LibreOffice)"},
}

// SaveDocuments are the documents besides the policy and the record that
// the wizard can write beside the answer file on save (document.write),
// each as Markdown and HTML.
var SaveDocuments = []Term{
	{"notices", "Særskilte orienteringer (listen under Politikken)"},
	{"processors", "Oversigt over databehandlere"},
	{"retention", "Sletteplan"},
	{"texts", "Tekster til formularer og cookiebanner"},
}
