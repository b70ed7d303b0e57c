package check

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// Check rules for recipients, transfers and cookies.

var (
	// transferHintRE finds a note that speaks of data leaving the EU/EEA.
	transferHintRE = lazyRE(`(?i)uden for (EU|EØS)|standardkontrakt|\bSCC\b|tredjeland|\bUSA\b|Data Privacy Framework`)
	// ownPurposeRE finds a note that says a processor also acts for itself.
	// systemRE finds a system someone else may run in a security answer.
	systemRE     = lazyRE(`(?i)\pL*(?:program|system)\pL*|\bsky(?:en)?\b|cloud|server|e-mail|\bapp\b`)
	ownPurposeRE = lazyRE(`(?i)selvstændig(t)? dataansvarlig|egne formål|eget formål`)
	// onOurBehalfRE finds a note or service that says the vendor acts for us.
	onOurBehalfRE = lazyRE(`(?i)på vores vegne`)
	newsletterRE  = lazyRE(`(?i)nyhedsbrev`)
)

func (c *checker) vendors() {
	a := c.a
	// A security answer that names a system, with no processor at all:
	// the system is most likely run by a supplier the policy must name
	// (art. 13(1)(e)).
	processors := false
	for _, v := range a.ResolvedVendors() {
		processors = processors || v.Role == "processor" || slices.Contains(slices.Collect(maps.Values(v.PurposeRoles)), "processor")
	}
	if !processors {
		for i, o := range a.Security.Other {
			if m := systemRE.FindString(o); m != "" {
				c.add(SeverityWarning, fmt.Sprintf("security.other[%d]", i+1), "art. 13(1)(e)", fmt.Sprintf("sikkerhedsforanstaltningerne nævner %q, men der er ingen databehandlere", m),
					"Kører en leverandør systemet (fx journalprogram, e-mail eller hosting), så tilføj den under [[vendors]] som databehandler.",
					"Kører en leverandør systemet (fx journalprogram, e-mail eller hosting), så tilføj den som leverandør med rollen "+choice(drafts.Roles, "processor")+" (trin 5).")
				break
			}
		}
	}
	for i, v := range a.ResolvedVendors() {
		p := fmt.Sprintf("vendors[%d]", i+1)
		name := drafts.VendorLabel(v)
		if co, ok := drafts.CountryByCode(v.Country); ok && !co.EEA && (v.Transfer == "" || v.Transfer == "none") {
			c.add(SeverityError, p+".transfer", "art. 13(1)(f) og art. 44-46", fmt.Sprintf("%s behandler oplysninger i %s, uden for EU/EØS, men intet sikrer overførslen", name, co.Name),
				"Se jeres aftale: er leverandøren certificeret under Data Privacy Framework (dpf), eller bruger I standardkontraktbestemmelser (scc)?",
				fmt.Sprintf("Se jeres aftale: er leverandøren certificeret under %s, eller bruger I %s?", choice(drafts.Transfers, "dpf"), choice(drafts.Transfers, "scc")))
		}
		// The record as processor prints the service as what the
		// sub-processor does for the customers; the business's own
		// newsletter is not such a task.
		if isSubProcessor(a, v) && newsletterRE.MatchString(v.Service) {
			c.add(SeverityWarning, p+".service", "art. 30(2)", fmt.Sprintf("%s står som underdatabehandler i fortegnelsen med opgaven »%s«, men nyhedsbrevet er jeres egen behandling, ikke noget I gør for kunderne", name, v.Service),
				"Beskriv opgaven, så den passer både til kunderne og til jer selv, fx service = \"udsendelse af e-mails\"; hvad I bruger den til, står ved formålene.",
				"Beskriv opgaven, så den passer både til kunderne og til jer selv, fx »udsendelse af e-mails«; hvad I bruger den til, står ved formålene.")
		}
		if len(v.Purposes) == 0 && !a.Processor.Acts {
			// A business that is itself a processor may use a vendor only for
			// its customers' data (a sub-processor); that is not an oversight.
			c.add(SeverityWarning, p+".purposes", "art. 13(1)(e)", fmt.Sprintf("leverandøren »%s« bruges ikke til noget formål", name), "Vælg de formål, leverandøren hjælper med, eller fjern leverandøren.")
		}
		// Facts the catalogue does not know must come from the business's
		// own contract, also inside the EU/EEA.
		if v.Catalog != "" && (v.Entity == drafts.Unknown || v.EntityCountry == drafts.Unknown) {
			c.add(SeverityWarning, p+".entity", "art. 13(1)(e)", fmt.Sprintf("kataloget kender ikke den virksomhed, I har aftalen med om %s", name),
				"Skriv entity (det juridiske navn) og entity_country (fx \"DK\") ud fra jeres aftale.",
				"Skriv det juridiske navn på den virksomhed, I har aftalen med, og hvor den ligger, ud fra jeres aftale.")
		}
		if v.Transfer == drafts.Unknown && drafts.InEEA(v.Country) {
			c.add(SeverityWarning, p+".transfer", "art. 13(1)(f)", fmt.Sprintf("kataloget ved ikke, om %s sender oplysninger uden for EU/EØS, fx til underleverandører eller support", name),
				"Se underleverandørerne i jeres databehandleraftale: skriv transfer = \"none\", hvis alt bliver i EU/EØS, ellers remote_access med grundlaget.",
				"Se underleverandørerne i jeres databehandleraftale: svar nej, hvis alt bliver i EU/EØS, ellers grundlaget for adgangen udefra.")
		}
		if v.RemoteAccess == drafts.Unknown {
			c.add(SeverityWarning, p+".remote_access", "art. 13(1)(f)", fmt.Sprintf("kataloget ved ikke, hvad der sikrer adgangen til oplysningerne fra lande uden for EU/EØS hos %s", name),
				"Skriv remote_access = \"scc\", \"dpf\", \"bcr\" eller \"adequacy\" ud fra jeres aftale.",
				fmt.Sprintf("Vælg grundlaget for adgangen udefra ud fra jeres aftale, fx %s.", choice(drafts.Transfers, "scc")))
		}
		// Art. 13(1)(f) and 30(1)(e) name the third country; "uden for
		// EU/EØS" alone does not.
		if content.Known(v.RemoteAccess) && len(v.RemoteCountries) == 0 {
			c.add(SeverityWarning, p+".remote_countries", "art. 13(1)(f) og art. 30(1)(e)", fmt.Sprintf("adgangen til oplysningerne uden for EU/EØS hos %s nævner intet land", name),
				"Skriv de lande, adgangen sker fra, ud fra databehandleraftalens liste over underleverandører, fx remote_countries = [\"US\"].",
				"Vælg de lande, adgangen sker fra, ud fra databehandleraftalens liste over underleverandører, fx USA.")
		}
		if v.Transfer == "dpf" && !content.Known(v.TransferTo) && !(content.Known(v.Entity) && v.EntityCountry == "US") {
			c.add(SeverityWarning, p+".transfer_to", "art. 13(1)(f)", fmt.Sprintf("det står ikke, hvilken virksomhed i USA der er certificeret under Data Privacy Framework for %s", name),
				"Skriv transfer_to = den certificerede virksomhed, fx \"Google LLC\"; en europæisk aftalepart er ikke selv certificeret.",
				"Skriv den certificerede virksomhed i USA, fx »Google LLC«; en europæisk aftalepart er ikke selv certificeret.")
		}
		// A note about access from outside the EU/EEA without a transfer is
		// a transfer the policy does not describe (M2).
		if drafts.InEEA(v.Country) && !content.Known(v.RemoteAccess) && transferHintRE.MatchString(v.TransferNote) {
			// A warning, not an error: the note is free text and may say
			// the opposite ("ikke i USA").
			c.add(SeverityWarning, p+".remote_access", "art. 13(1)(f) og art. 46", fmt.Sprintf("bemærkningen om %s nævner adgang eller overførsel uden for EU/EØS, men der er ingen overførsel i svarene", name),
				"Skriv remote_access = grundlaget (fx \"scc\"), så politikken beskriver overførslen og tilbyder en kopi af garantierne.",
				fmt.Sprintf("Vælg grundlaget for adgangen udefra, fx %s, så politikken beskriver overførslen og tilbyder en kopi af garantierne.", choice(drafts.Transfers, "scc")))
		}
		if v.Role == "processor" && strings.TrimSpace(v.ControllerFor) == "" && ownPurposeRE.MatchString(v.TransferNote+" "+v.Service) {
			c.add(SeverityWarning, p+".controller_for", "art. 28 og art. 13(1)(e)", fmt.Sprintf("%s står som databehandler, men teksten siger, at den også bruger oplysningerne selv", name),
				"Skriv det, leverandøren gør for sig selv, i controller_for (fx \"sin egen forebyggelse af svindel\"), og fjern det fra bemærkningen.",
				"Skriv det, leverandøren bruger oplysningerne til for sig selv (fx »sin egen forebyggelse af svindel«), og fjern det fra beskrivelsen.")
		}
		if v.Role == "controller" && len(v.PurposeRoles) == 0 && onOurBehalfRE.MatchString(v.TransferNote+" "+v.Service) {
			c.add(SeverityWarning, p+".role", "art. 28", fmt.Sprintf("%s står som selvstændigt dataansvarlig, men gør noget på jeres vegne", name),
				"En leverandør, der handler på jeres vegne, er databehandler: skriv role = \"processor\" eller purpose_roles for det formål.",
				"En leverandør, der handler på jeres vegne, er databehandler: vælg "+choice(drafts.Roles, "processor")+" som rolle, eller en anden rolle for det formål.")
		}
		// Vendors that exist to track visitors need consent for every
		// purpose they serve (cookiebekendtgørelsen § 3).
		if cv, ok := drafts.LookupVendor(v.Catalog); ok && (cv.Category == "analytics" || cv.Category == "ads" || cv.Category == "embeds") && hasConsentCookies(cv) {
			for _, id := range v.Purposes {
				if pi, pu := purposeByID(a, id); pu != nil && !hasBasis(*pu, "6.1.a") {
					c.add(SeverityError, purposePath(pi)+".basis", "cookiebekendtgørelsen § 3 og art. 6(1)(a)", fmt.Sprintf("%s sætter cookies, der kræver samtykke, men formålet »%s« bygger ikke på samtykke", name, content.OrDefault(pu.Name, pu.ID)),
						"Vælg samtykke (art. 6, stk. 1, litra a) for formålet; legitim interesse kan ikke bruges til cookies, der ikke er nødvendige.")
				}
			}
		}
		if cv, ok := drafts.LookupVendor(a.Vendors[i].Catalog); ok {
			for _, k := range cv.Cookies {
				if !cookieListed(a.Cookies, k) {
					c.add(SeverityWarning, "cookies.list", "cookiebekendtgørelsen § 3", fmt.Sprintf("%s sætter normalt cookien %s, som ikke står i cookieoversigten", cv.Name, k.Name), "Tilføj cookien, eller tjek, at I har slået den fra.")
				}
			}
			// Necessary cookies known only by what they do: the policy says
			// necessary cookies are set without asking, so it must say
			// which, at least by what they do and who sets them.
			if cv.NecessaryCookies != "" && (a.Cookies.Any() || a.Cookies.None) && !necessaryFrom(a.Cookies, cv.Name) {
				at := "cookies.categories"
				if a.Cookies.None {
					at = "cookies.none"
				}
				c.add(SeverityWarning, at, "cookiebekendtgørelsen § 3", fmt.Sprintf("%s sætter nødvendige cookies (%s), men cookieoversigten nævner dem ikke", cv.Name, content.LowerFirst(cv.NecessaryCookies)),
					fmt.Sprintf("Tilføj en [[cookies.categories]] med category = \"necessary\", provider = %q og det, cookierne gør, eller nævn dem med navn i [[cookies.list]].", cv.Name),
					fmt.Sprintf("Tilføj dem som nødvendige cookies fra %s, pr. kategori eller med navn.", cv.Name))
			}
		}
	}
}

// hasConsentCookies reports whether a catalogue vendor sets cookies that
// are not strictly necessary.
func hasConsentCookies(cv drafts.CatalogVendor) bool {
	for _, k := range cv.Cookies {
		if k.Category != "necessary" {
			return true
		}
	}
	return false
}

// cookieListed reports whether the answers cover a catalogue cookie: by
// name or pattern, or by a category entry when names are not given.
func cookieListed(cs drafts.Cookies, k drafts.CatalogCookie) bool {
	for _, l := range cs.List {
		if l.Name == k.Name || k.Matches(l.Name) {
			return true
		}
	}
	for _, g := range cs.Categories {
		if g.Category == k.Category {
			return true
		}
	}
	return false
}

func purposeByID(a *drafts.Answers, id string) (int, *drafts.Purpose) {
	for i := range a.Purposes {
		if a.Purposes[i].ID == id {
			return i, &a.Purposes[i]
		}
	}
	return -1, nil
}

func (c *checker) cookies() {
	a := c.a
	cs := a.Cookies
	if !cs.Any() && !cs.None {
		var why string
		switch {
		case cs.Banner:
			why = "I har et cookiebanner"
		case trackingVendor(a) != "":
			why = trackingVendor(a) + " bruger normalt cookies"
		case a.Controller.Website != "":
			why = "I har en hjemmeside"
		case visitorConsentPurpose(a) != "":
			why = fmt.Sprintf("formålet »%s« bygger på samtykke fra besøgende på hjemmesiden", visitorConsentPurpose(a))
		}
		if why != "" {
			c.add(SeverityWarning, "cookies", "cookiebekendtgørelsen § 3 og art. 13", why+", men svarene siger intet om cookies, så politikken har intet afsnit om dem",
				"Beskriv cookierne (med navn i [[cookies.list]] eller pr. kategori i [[cookies.categories]]), importér dem med 'privatliv cookies import', eller skriv none = true under [cookies], hvis hjemmesiden ingen cookies har.",
				"Beskriv cookierne med navn eller pr. kategori, importér dem fra en fil, eller svar, at hjemmesiden slet ingen cookies sætter.")
		}
	}
	check := func(p, category, purposeID, what string) {
		if category == "necessary" || category == "" {
			return
		}
		if purposeID == "" {
			c.add(SeverityWarning, p+".purpose_id", "cookiebekendtgørelsen § 3", fmt.Sprintf("%s er ikke knyttet til et formål", what),
				"Skriv purpose_id = id'et på det formål, cookien tjener (det skal bygge på samtykke), så afsnittene om formål og cookies passer sammen.",
				"Vælg det formål, cookien tjener (det skal bygge på samtykke), så afsnittene om formål og cookies passer sammen.")
			return
		}
		if _, pu := purposeByID(a, purposeID); pu != nil && !hasBasis(*pu, "6.1.a") {
			c.add(SeverityError, p+".purpose_id", "cookiebekendtgørelsen § 3 og art. 6(1)(a)", fmt.Sprintf("%s er ikke nødvendig, men formålet »%s« bygger ikke på samtykke", what, content.OrDefault(pu.Name, pu.ID)),
				"Cookies, der ikke er nødvendige, kræver samtykke: vælg samtykke (art. 6, stk. 1, litra a) for formålet; legitim interesse kan ikke bruges.")
		}
	}
	for i, k := range cs.List {
		check(fmt.Sprintf("cookies.list[%d]", i+1), k.Category, k.PurposeID, "cookien "+k.Name)
	}
	for i, g := range cs.Categories {
		check(fmt.Sprintf("cookies.categories[%d]", i+1), g.Category, g.PurposeID, strings.ToLower(drafts.Label(drafts.CookieCategories, g.Category))+"-cookierne")
	}
}

// trackingVendor is the name of a vendor that normally sets cookies on the
// website, or "".
func trackingVendor(a *drafts.Answers) string {
	for _, v := range a.Vendors {
		if cv, ok := drafts.LookupVendor(v.Catalog); ok && (len(cv.Cookies) > 0 || cv.Category == "analytics" || cv.Category == "ads") {
			return cv.Name
		}
	}
	return ""
}

// visitorConsentPurpose is the name of a consent purpose for website
// visitors, or "".
func visitorConsentPurpose(a *drafts.Answers) string {
	for _, p := range a.Purposes {
		if hasBasis(p, "6.1.a") && slices.Contains(p.Subjects, "visitors") {
			return content.OrDefault(p.Name, p.ID)
		}
	}
	return ""
}

// necessaryFrom reports whether the answers describe necessary cookies set
// by provider, by name or by category.
func necessaryFrom(cs drafts.Cookies, provider string) bool {
	for _, l := range cs.List {
		if l.Category == "necessary" && strings.EqualFold(strings.TrimSpace(l.Provider), provider) {
			return true
		}
	}
	for _, g := range cs.Categories {
		if g.Category == "necessary" && strings.EqualFold(strings.TrimSpace(g.Provider), provider) {
			return true
		}
	}
	return false
}

// isSubProcessor reports whether the resolved vendor v is one the business
// uses for its customers' data as their processor (processor.vendors).
func isSubProcessor(a *drafts.Answers, v drafts.Vendor) bool {
	if !a.Processor.Acts {
		return false
	}
	for _, id := range a.Processor.Vendors {
		if id != "" && (id == v.Catalog || id == v.Name) {
			return true
		}
	}
	return false
}
