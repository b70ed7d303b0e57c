package drafts

import (
	"fmt"
	"net/mail"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Validate checks every value in the answers and returns all problems at
// once, each with its field path and line.
func (f *File) Validate() error {
	ps := Validate(f.Answers)
	if len(ps) == 0 {
		return nil
	}
	for i := range ps {
		ps[i].Line = f.lines().find(ps[i].Path)
	}
	sortByLine(ps)
	return &LoadError{File: f.Path, Problems: ps}
}

// Line is the line where path is written in the file, or the line of its
// nearest parent; 0 when not known.
func (f *File) Line(path string) int { return f.lines().find(path) }

// Validate checks every value in a and returns the problems, without lines.
func Validate(a *Answers) []Problem {
	var ps problems
	v := validator{a: a, ps: &ps}
	v.controls()
	v.document()
	v.controller()
	v.others()
	cats := v.categories()
	groups := v.subjects(cats)
	if len(groups) == 0 {
		groups = nil // no [[subjects]] yet: any built-in group will do
	}
	v.notices(groups)
	purposes := v.purposes(cats, groups)
	v.sources(cats, groups)
	v.dataList("processor.data", v.a.Processor.Data, cats, false)
	v.vendors(purposes)
	v.cookies(purposes)
	v.security()
	v.recordWords()
	return ps
}

type validator struct {
	a  *Answers
	ps *problems
}

func (v validator) add(path, format string, args ...any) { v.ps.add(path, format, args...) }

func (v validator) required(path, value, what string) bool {
	if strings.TrimSpace(value) == "" {
		v.add(path, "mangler %s", what)
		return false
	}
	return true
}

// requiredHint is required with what to do after the message, which says
// only what is missing: the message is shown where the file's keys are not.
func (v validator) requiredHint(path, value, what, hint string) bool {
	if strings.TrimSpace(value) == "" {
		v.add(path, "mangler %s; %s", what, hint)
		return false
	}
	return true
}

// countryName is a country's Danish name, or the code itself when unknown.
func countryName(code string) string {
	if c, ok := CountryByCode(code); ok {
		return c.Name
	}
	return code
}

func (v validator) oneOf(path, value string, terms []Term, what string) {
	if value != "" && !Known(terms, value) {
		v.add(path, "ukendt %s %q%s; gyldige værdier: %s", what, value, suggest(value, IDs(terms)), labelled(terms))
	}
}

func (v validator) document() {
	d := v.a.Document
	if d.Effective.IsZero() {
		v.add("document.effective", "mangler datoen, politikken gælder fra; skriv fx effective = 2026-03-01")
	}
	for i, c := range d.Changes {
		p := fmt.Sprintf("document.changes[%d]", i+1)
		if c.Date.IsZero() {
			v.add(p+".date", "mangler datoen for ændringen")
		}
		v.required(p+".text", c.Text, "en beskrivelse af ændringen")
	}
	v.oneOf("document.record", d.Record, RecordFormats, "format for fortegnelsen")
	v.url("document.url", d.URL)
	seen := map[string]bool{}
	for i, w := range d.Write {
		p := fmt.Sprintf("document.write[%d]", i+1)
		v.oneOf(p, w, SaveDocuments, "dokument")
		if seen[w] {
			v.add(p, "%q står to gange; nævn hvert dokument én gang", w)
		}
		seen[w] = true
	}
}

// notices checks the separate notices: each names groups of people the
// answers describe, and no group gets two notices.
func (v validator) notices(groups map[string]bool) {
	owner := map[string]int{}
	for i, n := range v.a.Document.Notices {
		p := fmt.Sprintf("document.notices[%d]", i+1)
		if len(n.Groups) == 0 {
			v.add(p+".groups", "mangler de persongrupper, der får orienteringen, fx groups = [\"employees\", \"applicants\"]")
		}
		v.groupList(p+".groups", n.Groups, groups)
		for j, g := range n.Groups {
			if v.a.NotInformed(g) != "" {
				v.add(fmt.Sprintf("%s.groups[%d]", p, j+1), "persongruppen %q får ikke besked (not_informed = %q, art. 14, stk. 5), så den kan ikke få en orientering; fjern den fra orienteringen eller fjern not_informed", g, v.a.NotInformed(g))
			}
			if k, ok := owner[g]; ok {
				if k == i {
					v.add(fmt.Sprintf("%s.groups[%d]", p, j+1), "persongruppen %q står to gange i orienteringen", g)
				} else {
					v.add(fmt.Sprintf("%s.groups[%d]", p, j+1), "persongruppen %q har allerede sin egen orientering (document.notices[%d]); en gruppe kan kun få én", g, k+1)
				}
				continue
			}
			owner[g] = i
		}
	}
}

func (v validator) controller() {
	c := v.a.Controller
	const p = "controller"
	v.required(p+".name", c.Name, "virksomhedens navn")
	v.required(p+".address", c.Address, "virksomhedens adresse")
	v.required(p+".town", c.Town, "by")
	country := c.CountryCode()
	if _, ok := CountryByCode(country); !ok {
		v.add(p+".country", "ukendt landekode %q; brug en kode på to bogstaver som DK eller SE", c.Country)
	}
	// The CVR rule (8 digits, modulus 11) is Denmark's; a business
	// elsewhere writes its own register's number, such as a Swedish
	// organisationsnummer, which only must not be empty of digits.
	if c.CVR != "" && country == "DK" {
		if err := CheckCVR(c.CVR); err != nil {
			v.add(p+".cvr", "%v", err)
		}
	} else if c.CVR != "" && !strings.ContainsAny(c.CVR, "0123456789") {
		v.add(p+".cvr", "registreringsnummeret %q har ingen cifre", c.CVR)
	}
	if country == "DK" {
		if v.required(p+".postcode", c.Postcode, "postnummer") {
			if err := CheckPostcode(c.Postcode); err != nil {
				v.add(p+".postcode", "%v", err)
			}
		}
	} else {
		v.required(p+".postcode", c.Postcode, "postnummer")
	}
	v.oneOf(p+".kind", c.Kind, ControllerKinds, "slags dataansvarlig")
	v.oneOf(p+".voice", c.Voice, Voices, "stemme")
	if _, ok := ProfileFor(country); !ok && v.a.Authority == nil {
		v.add(p+".country", "privatliv kender ikke tilsynsmyndigheden i %s; angiv den under [authority] (navn, adresse, hjemmeside og e-mail)", countryName(country))
	}
	if v.required(p+".email", c.Email, "e-mailadresse") {
		v.email(p+".email", c.Email)
	}
	v.phone(p+".phone", c.Phone)
	v.url(p+".website", c.Website)
}

func (v validator) others() {
	if d := v.a.DPO; d != nil {
		if strings.TrimSpace(d.Email) == "" && strings.TrimSpace(d.Phone) == "" {
			v.add("dpo", "databeskyttelsesrådgiveren skal have en e-mail eller et telefonnummer")
		}
		v.email("dpo.email", d.Email)
		v.phone("dpo.phone", d.Phone)
	}
	if r := v.a.Representative; r != nil {
		v.required("representative.name", r.Name, "repræsentantens navn")
		v.required("representative.address", r.Address, "repræsentantens adresse")
		if v.required("representative.email", r.Email, "repræsentantens e-mail") {
			v.email("representative.email", r.Email)
		}
	}
	if au := v.a.Authority; au != nil {
		v.required("authority.name", au.Name, "tilsynsmyndighedens navn")
		v.required("authority.address", au.Address, "tilsynsmyndighedens adresse")
		if v.required("authority.website", au.Website, "tilsynsmyndighedens hjemmeside") {
			v.url("authority.website", au.Website)
		}
		if v.required("authority.email", au.Email, "tilsynsmyndighedens e-mail") {
			v.email("authority.email", au.Email)
		}
		v.phone("authority.phone", au.Phone)
	}
	if ch := v.a.Children; ch.AgeLimit != 0 && (ch.AgeLimit < 13 || ch.AgeLimit > 16) {
		v.add("children.age_limit", "aldersgrænsen skal være mellem 13 og 16 år (15 år i Danmark, 13 år i Sverige), ikke %d", ch.AgeLimit)
	}
	v.oneOf("automated.exception", v.a.Automated.Exception, AutomatedExceptions, "undtagelse efter art. 22, stk. 2,")
	v.oneOf("automated.profiling", v.a.Automated.Profiling, ProfilingUses, "svar om profilering")
	if au := v.a.Automated; au.Profiling == "marketing" || au.Profiling == "other" {
		v.required("automated.profiling_description", au.ProfilingDescription, "en beskrivelse af profileringen, fx hvad I vurderer og hvorfor")
	}
	if au := v.a.Automated; au.Used {
		v.required("automated.description", au.Description, "en beskrivelse af de automatiske afgørelser")
		v.required("automated.logic", au.Logic, "en forklaring af logikken bag afgørelserne")
		v.required("automated.consequences", au.Consequences, "en forklaring af betydningen og følgerne for den registrerede")
	}
	if pr := v.a.Processor; pr.Acts {
		v.required("processor.description", pr.Description, "en beskrivelse af de oplysninger, I behandler for jeres kunder")
	}
	// The processor's subjects and data belong to the customers, so they need
	// not appear under [[subjects]]: a built-in group, or a group of the
	// business's own that [[subjects]] describes.
	groups := map[string]bool{}
	for _, id := range IDs(SubjectGroups) {
		groups[id] = true
	}
	for _, s := range v.a.Subjects {
		if s.Group == "other" && s.Key() != "" {
			groups[s.Key()] = true
		}
	}
	v.groupList("processor.subjects", v.a.Processor.Subjects, groups)
}

// categories returns the kind of every category id the answers may use.
func (v validator) categories() map[string]string {
	kinds := map[string]string{}
	for _, c := range Categories {
		kinds[c.ID] = c.Kind
	}
	for i, c := range v.a.Categories {
		p := fmt.Sprintf("categories[%d]", i+1)
		if v.requiredHint(p+".id", c.ID, "et id", "skriv fx id = \"journal\"") {
			if !slugRE.MatchString(c.ID) {
				v.add(p+".id", "id %q må kun indeholde små bogstaver a-z, tal, - og _", c.ID)
			} else if _, dup := kinds[c.ID]; dup {
				v.add(p+".id", "id %q findes allerede; vælg et andet", c.ID)
			}
		}
		v.required(p+".name", c.Name, "et navn på kategorien")
		v.oneOf(p+".kind", c.Kind, CategoryKinds, "art")
		kind := c.Kind
		if kind == "" {
			kind = KindOrdinary
		}
		kinds[c.ID] = kind
	}
	return kinds
}

func (v validator) dataList(path string, ids []string, cats map[string]string, need bool) {
	if need && len(ids) == 0 {
		v.add(path, "mangler mindst én type oplysninger")
	}
	known := make([]string, 0, len(cats))
	for id := range cats {
		known = append(known, id)
	}
	for j, id := range ids {
		if _, ok := cats[id]; !ok {
			v.add(fmt.Sprintf("%s[%d]", path, j+1), "ukendt type oplysninger %q%s; brug en standardkategori eller definér den under [[categories]]", id, suggest(id, known))
		}
	}
}

// groupList checks group keys: built-in groups, or the own groups in
// groups. With groups nil, only built-in ones.
func (v validator) groupList(path string, ids []string, groups map[string]bool) {
	for j, id := range ids {
		p := fmt.Sprintf("%s[%d]", path, j+1)
		switch {
		case groups != nil && groups[id]:
		case groups == nil && Known(SubjectGroups, id):
		case groups != nil && Known(SubjectGroups, id):
			v.add(p, "persongruppen %q er ikke beskrevet under [[subjects]]", id)
		default:
			known := IDs(SubjectGroups)
			for k := range groups {
				if !Known(SubjectGroups, k) {
					known = append(known, k)
				}
			}
			v.add(p, "ukendt persongruppe %q%s", id, suggest(id, known))
		}
	}
}

// subjects checks the groups and returns the key of each: the built-in
// group, or an own group's id.
func (v validator) subjects(cats map[string]string) map[string]bool {
	seen := map[string]bool{}
	for i, s := range v.a.Subjects {
		p := fmt.Sprintf("subjects[%d]", i+1)
		if v.required(p+".group", s.Group, "persongruppe") && !Known(SubjectGroups, s.Group) {
			v.add(p+".group", "ukendt persongruppe %q%s; gyldige værdier: %s", s.Group, suggest(s.Group, IDs(SubjectGroups)), strings.Join(IDs(SubjectGroups), ", "))
		}
		switch {
		case s.ID == "":
		case s.Group != "other":
			v.add(p+".id", "kun en egen gruppe (group = \"other\") har sit eget id; fjern id, eller sæt group = \"other\"")
		case !slugRE.MatchString(s.ID):
			v.add(p+".id", "id %q må kun indeholde små bogstaver a-z, tal, - og _", s.ID)
		case Known(SubjectGroups, s.ID):
			v.add(p+".id", "id %q er navnet på en indbygget persongruppe; brug group = %q, eller vælg et andet id", s.ID, s.ID)
		}
		if k := s.Key(); k != "" {
			if seen[k] {
				if s.Group == "other" {
					v.add(p+".id", "to egne persongrupper har id %q; giv hver sit id, så formålene kan skelne dem", k)
				} else {
					v.add(p+".group", "persongruppen »%s« er nævnt to gange; saml oplysningerne ét sted (group = %q)", Label(SubjectGroups, k), k)
				}
			}
			seen[k] = true
		}
		if s.Group == "other" {
			v.required(p+".name", s.Name, "et navn på persongruppen")
		}
		if s.NotInformed != "" && !Known(NoticeExemptions, s.NotInformed) {
			v.add(p+".not_informed", "ukendt undtagelse %q; gyldige værdier: %s (art. 14, stk. 5)", s.NotInformed, strings.Join(IDs(NoticeExemptions), ", "))
		}
		v.dataList(p+".data", s.Data, cats, true)
	}
	return seen
}

var slugRE = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)

func (v validator) purposes(cats map[string]string, groups map[string]bool) map[string]bool {
	ids := map[string]bool{}
	for i, pu := range v.a.Purposes {
		p := fmt.Sprintf("purposes[%d]", i+1)
		if v.requiredHint(p+".id", pu.ID, "et id", "skriv fx id = \"nyhedsbrev\"") {
			switch {
			case !slugRE.MatchString(pu.ID):
				v.add(p+".id", "id %q må kun indeholde små bogstaver a-z, tal, - og _", pu.ID)
			case ids[pu.ID]:
				v.add(p+".id", "id %q er brugt af et andet formål; vælg et andet", pu.ID)
			}
			ids[pu.ID] = true
		}
		v.required(p+".name", pu.Name, "et navn på formålet")
		v.groupList(p+".subjects", pu.Subjects, groups)
		v.dataList(p+".data", pu.Data, cats, true)
		if len(pu.Basis) == 0 && pu.NeedsOwnBasis() {
			v.add(p+".basis", "mangler retsgrundlag; vælg mindst ét af %s", strings.Join(IDs(LegalBases), ", "))
		}
		for j, b := range pu.Basis {
			v.oneOf(fmt.Sprintf("%s.basis[%d]", p, j+1), b, LegalBases, "retsgrundlag")
		}
		v.oneOf(p+".special_basis", pu.SpecialBasis, SpecialBases, "grundlag efter art. 9, stk. 2,")
		v.oneOf(p+".cpr_basis", pu.CPRBasis, CPRBases, "grundlag efter § 11")
		if !Known(LegacyCriminalBases, pu.CriminalBasis) {
			v.oneOf(p+".criminal_basis", pu.CriminalBasis, CriminalBases, "grundlag efter § 8")
		}
		v.byGroup(p, pu, groups)
		v.sensitive(p, pu, cats)
		v.oneOf(p+".required", pu.Required, Requirements, "værdi")
		v.retention(p+".retention", pu.Retention)
		v.documentAnswers(p, pu, cats)
	}
	return ids
}

// onConsent reports whether a purpose rests on consent of any kind: art.
// 6(1)(a), or explicit consent to a sensitive category, a CPR number or
// criminal records.
func onConsent(pu Purpose, cats map[string]string) bool {
	if slices.Contains(pu.AllBases(), "6.1.a") || pu.CPRBasis == "11.2.2" || pu.CriminalBasis == "8.3.1" {
		return true
	}
	for _, id := range pu.Data {
		if cats[id] == KindSpecial && pu.SensitiveBasisFor(id).Basis == "9.2.a" {
			return true
		}
	}
	return false
}

// documentAnswers checks a purpose's answers for the documents beside the
// policy: how consent is withdrawn, the texts per group, and the deletion
// schedule's limits, holds and proof of consent.
func (v validator) documentAnswers(p string, pu Purpose, cats map[string]string) {
	consent := onConsent(pu, cats)
	if pu.Withdraw != "" {
		v.oneOf(p+".withdraw", pu.Withdraw, WithdrawWays, "måde at trække samtykket tilbage på")
		if !consent {
			v.add(p+".withdraw", "withdraw siger, hvordan et samtykke trækkes tilbage, men formålet bygger ikke på samtykke; fjern feltet")
		}
	}
	if box := strings.TrimSpace(pu.ConsentBox); box != "" {
		switch {
		case !consent:
			v.add(p+".consent_box", "consent_box er teksten i feltet til et samtykke, men formålet bygger ikke på samtykke; fjern feltet")
		case strings.HasPrefix(strings.ToLower(box), "ja"):
			v.add(p+".consent_box", "consent_box er det, personen siger ja til, efter »Ja,«, som teksten selv skriver; skriv fx \"send mig nyhedsbrevet på e-mail\"")
		}
	}
	seen := map[string]bool{}
	for j, t := range pu.GroupTexts {
		q := fmt.Sprintf("%s.group_texts[%d]", p, j+1)
		if v.required(q+".group", t.Group, "persongruppen, teksterne gælder for") {
			switch {
			case !slices.Contains(pu.Subjects, t.Group):
				v.add(q+".group", "persongruppen %q er ikke med i formålets subjects; tilføj den dér, eller ret gruppen", t.Group)
			case seen[t.Group]:
				v.add(q+".group", "persongruppen %q har allerede sine egne tekster i dette formål", t.Group)
			}
			seen[t.Group] = true
		}
		if strings.TrimSpace(t.Description) == "" && strings.TrimSpace(t.Consequence) == "" {
			v.add(q, "mangler description eller consequence: teksten, gruppen skal læse i stedet for formålets")
		}
	}
	r := pu.Retention
	q := p + ".retention"
	if r.Latest != "" {
		switch {
		case r.Latest == "consent_withdrawn" || r.Latest == "account_active":
			v.add(q+".latest", "latest er den hændelse, der senest afslutter opbevaringen; %q kan ikke bruges her", r.Latest)
		default:
			v.oneOf(q+".latest", r.Latest, RetentionEvents, "hændelse")
		}
		if r.After != "consent_withdrawn" {
			v.add(q+".latest", "latest bruges kun, når oplysningerne gemmes, indtil samtykket trækkes tilbage (after = \"consent_withdrawn\"); ellers er after selv hændelsen")
		}
	}
	v.oneOf(q+".hold", r.Hold, Holds, "grund til at gemme længere")
	if r.Proof != "" {
		if _, err := ParsePeriod(r.Proof); err != nil {
			v.add(q+".proof", "%v", err)
		}
		if !consent {
			v.add(q+".proof", "proof er, hvor længe dokumentationen for et samtykke gemmes, men formålet bygger ikke på samtykke; fjern feltet")
		}
	}
	data := map[string]bool{}
	for j, d := range r.ByData {
		b := fmt.Sprintf("%s.by_data[%d]", q, j+1)
		if len(d.Data) == 0 {
			v.add(b+".data", "mangler de oplysninger, fristen gælder for")
		}
		for k, id := range d.Data {
			switch {
			case !slices.Contains(pu.Data, id):
				v.add(fmt.Sprintf("%s.data[%d]", b, k+1), "%q er ikke med i formålets data; tilføj den dér, eller ret typen", id)
			case data[id]:
				v.add(fmt.Sprintf("%s.data[%d]", b, k+1), "%q har allerede sin egen frist i dette formål", id)
			}
			data[id] = true
		}
		switch {
		case d.After == "":
			v.add(b+".after", "mangler hændelsen, fristen regnes fra, fx after = \"account_closed\"")
		case d.After == "consent_withdrawn" || d.After == "account_active":
			v.add(b+".after", "%q kan ikke bruges til en kortere frist for nogle af oplysningerne; vælg en hændelse, fx \"account_closed\"", d.After)
		default:
			v.oneOf(b+".after", d.After, RetentionEvents, "hændelse")
		}
		if d.Period != "" {
			if _, err := ParsePeriod(d.Period); err != nil {
				v.add(b+".period", "%v", err)
			}
		}
	}
}

func (v validator) byGroup(p string, pu Purpose, groups map[string]bool) {
	seen := map[string]bool{}
	for j, gb := range pu.ByGroup {
		q := fmt.Sprintf("%s.by_group[%d]", p, j+1)
		if v.required(q+".group", gb.Group, "persongruppen, retsgrundlaget gælder for") {
			switch {
			case !slices.Contains(pu.Subjects, gb.Group):
				v.add(q+".group", "persongruppen %q er ikke med i formålets subjects; tilføj den dér, eller ret gruppen", gb.Group)
			case seen[gb.Group]:
				v.add(q+".group", "persongruppen %q har allerede sit eget retsgrundlag i dette formål", gb.Group)
			}
			seen[gb.Group] = true
		}
		if len(gb.Basis) == 0 {
			v.add(q+".basis", "mangler retsgrundlag; vælg mindst ét af %s", strings.Join(IDs(LegalBases), ", "))
		}
		for k, b := range gb.Basis {
			v.oneOf(fmt.Sprintf("%s.basis[%d]", q, k+1), b, LegalBases, "retsgrundlag")
		}
	}
}

func (v validator) sensitive(p string, pu Purpose, cats map[string]string) {
	seen := map[string]bool{}
	for j, s := range pu.Sensitive {
		q := fmt.Sprintf("%s.sensitive[%d]", p, j+1)
		if v.required(q+".data", s.Data, "den følsomme type oplysninger, undtagelsen gælder for") {
			switch {
			case !slices.Contains(pu.Data, s.Data):
				v.add(q+".data", "%q er ikke med i formålets data; tilføj den dér, eller ret typen", s.Data)
			case cats[s.Data] != KindSpecial:
				v.add(q+".data", "%q er ikke en følsom type oplysninger (art. 9); CPR-nummer og strafbare forhold har cpr_basis og criminal_basis", s.Data)
			case seen[s.Data]:
				v.add(q+".data", "%q har allerede en undtagelse i dette formål", s.Data)
			}
			seen[s.Data] = true
		}
		if v.requiredHint(q+".basis", s.Basis, "undtagelsen i art. 9, stk. 2", "skriv fx basis = \"9.2.h\"") {
			v.oneOf(q+".basis", s.Basis, SpecialBases, "grundlag efter art. 9, stk. 2,")
		}
		v.oneOf(q+".law", s.Law, SensitiveLaws, "regel i databeskyttelsesloven")
	}
}

func (v validator) retention(p string, r Retention) {
	v.oneOf(p+".after", r.After, RetentionEvents, "hændelse")
	if r.After == "consent_withdrawn" && r.Period == "" {
		return
	}
	if strings.TrimSpace(r.Period) == "" {
		v.add(p+".period", "mangler opbevaringsperiode; skriv fx period = \"5 år\"")
		return
	}
	pe, err := ParsePeriod(r.Period)
	if err != nil {
		v.add(p+".period", "%v", err)
		return
	}
	if r.After == "fiscal_calendar_year_end" && pe.Unit != "år" {
		v.add(p+".period", "%q: perioden regnes i hele år fra udgangen af kalenderåret; skriv fx \"7 år\"", r.Period)
	}
}

func (v validator) sources(cats map[string]string, groups map[string]bool) {
	for i, s := range v.a.Sources {
		p := fmt.Sprintf("sources[%d]", i+1)
		v.required(p+".name", s.Name, "kildens navn")
		if v.required(p+".kind", s.Kind, "kildens art") {
			v.oneOf(p+".kind", s.Kind, SourceKinds, "kildeart")
		}
		v.groupList(p+".subjects", s.Subjects, groups)
		v.dataList(p+".data", s.Data, cats, true)
	}
}

func (v validator) vendors(purposes map[string]bool) {
	ids := make([]string, 0, len(purposes))
	for k := range purposes {
		ids = append(ids, k)
	}
	sort.Strings(ids)
	for i, raw := range v.a.Vendors {
		p := fmt.Sprintf("vendors[%d]", i+1)
		if raw.Catalog != "" {
			if _, ok := LookupVendor(raw.Catalog); !ok {
				v.add(p+".catalog", "kataloget har ingen leverandør med id %q%s; se 'privatliv vendors'", raw.Catalog, suggest(raw.Catalog, CatalogIDs()))
				continue
			}
		}
		ve := ResolveVendor(raw)
		if ve.Category != "" {
			v.oneOf(p+".category", ve.Category, RecipientCategories, "modtagerkategori")
		} else {
			v.requiredHint(p+".name", ve.Name, "leverandørens navn", "eller skriv category, fx \"accountant\", hvis I kun vil nævne slags modtager")
		}
		who := VendorLabel(ve)
		// A fact the catalogue does not know (Unknown) is no malformed
		// value: the file renders, marked as a draft, and check asks the
		// business for it. A catalogue that grows less certain about a
		// vendor must not stop a file that rendered before.
		switch {
		case ve.Role == Unknown:
		case v.required(p+".role", ve.Role, "leverandørens rolle"):
			v.oneOf(p+".role", ve.Role, Roles, "rolle")
		}
		roleIDs := make([]string, 0, len(ve.PurposeRoles))
		for id := range ve.PurposeRoles {
			roleIDs = append(roleIDs, id)
		}
		sort.Strings(roleIDs) // problems in a stable order
		for _, id := range roleIDs {
			r := ve.PurposeRoles[id]
			if !purposes[id] {
				v.add(p+".purpose_roles", "ukendt formål %q%s; brug et id fra [[purposes]]", id, suggest(id, ids))
				continue
			}
			if !contains(ve.Purposes, id) {
				v.add(p+".purpose_roles", "formålet %q står ikke under purposes for %s; tilføj det dér", id, who)
			}
			v.oneOf(p+".purpose_roles", r, Roles, "rolle")
		}
		if ve.Category == "" {
			v.required(p+".service", ve.Service, "en beskrivelse af, hvad leverandøren gør for jer")
		}
		if ve.EntityCountry != "" && ve.EntityCountry != Unknown {
			if _, ok := CountryByCode(ve.EntityCountry); !ok {
				v.add(p+".entity_country", "ukendt landekode %q; brug en kode på to bogstaver som DK, IE eller US", ve.EntityCountry)
			}
		}
		switch {
		case ve.Country == Unknown:
		case v.required(p+".country", ve.Country, "landet, hvor oplysningerne behandles"):
			if _, ok := CountryByCode(ve.Country); !ok {
				v.add(p+".country", "ukendt landekode %q; brug en kode på to bogstaver som DK, IE eller US, eller EEA for et land i EU/EØS", ve.Country)
			}
		}
		c, known := CountryByCode(ve.Country)
		switch {
		case ve.Transfer == Unknown:
			// Inside the EU/EEA no basis is needed; outside it, check
			// reports the missing basis as an error.
		case v.requiredHint(p+".transfer", ve.Transfer, "overførselsgrundlag", "skriv transfer = \"none\", \"adequacy\", \"dpf\", \"scc\" eller \"bcr\""):
			v.oneOf(p+".transfer", ve.Transfer, Transfers, "overførselsgrundlag")
		}
		if known && ve.Transfer != Unknown {
			switch {
			case !c.EEA && ve.Transfer == "none":
				v.add(p+".transfer", "%s ligger uden for EU/EØS; vælg grundlaget for overførslen: dpf, scc, bcr eller adequacy", c.Name)
			case ve.Transfer == "adequacy" && !c.Adequate:
				v.add(p+".transfer", "EU-Kommissionen har ingen tilstrækkelighedsafgørelse for %s; vælg scc eller bcr%s", c.Name, map[bool]string{true: " (for USA: brug dpf)", false: ""}[c.Code == "US"])
			}
		}
		if ve.Transfer == "dpf" && ve.Country != "" && ve.Country != "US" {
			v.add(p+".transfer", "Data Privacy Framework gælder kun for modtagere i USA, ikke %s", countryName(ve.Country))
		}
		if ve.RemoteAccess != "" && ve.RemoteAccess != Unknown {
			if ve.RemoteAccess == "none" {
				v.add(p+".remote_access", "remote_access er grundlaget for adgang fra lande uden for EU/EØS; fjern feltet, hvis der ingen sådan adgang er")
			} else {
				v.oneOf(p+".remote_access", ve.RemoteAccess, Transfers, "overførselsgrundlag")
			}
		}
		for j, code := range ve.RemoteCountries {
			q := fmt.Sprintf("%s.remote_countries[%d]", p, j+1)
			switch co, ok := CountryByCode(code); {
			case !ok:
				v.add(q, "ukendt landekode %q; brug en kode på to bogstaver som US eller IN", code)
			case co.EEA:
				v.add(q, "%s ligger i EU/EØS; remote_countries er kun lande uden for", co.Name)
			case ve.RemoteAccess == "dpf" && code != "US":
				v.add(q, "Data Privacy Framework gælder kun for modtagere i USA, ikke %s", co.Name)
			}
		}
		if len(ve.RemoteCountries) > 0 && ve.RemoteAccess == "" {
			var names []string
			for _, code := range ve.RemoteCountries {
				names = append(names, countryName(code))
			}
			v.add(p+".remote_access", "mangler grundlaget for adgangen fra %s; skriv remote_access = \"scc\", \"dpf\", \"bcr\" eller \"adequacy\"", strings.Join(names, ", "))
		}
		for j, id := range ve.Purposes {
			if !purposes[id] {
				v.add(fmt.Sprintf("%s.purposes[%d]", p, j+1), "ukendt formål %q%s; brug et id fra [[purposes]]", id, suggest(id, ids))
			}
		}
		v.url(p+".privacy_url", ve.PrivacyURL)
		v.vendorData(p, ve)
		v.subProcessors(p+".subprocessors", ve.SubProcessors)
	}
	// A sub-processor is named by its catalogue id, its name, or, for a
	// vendor named only by its kind, that recipient category.
	var names []string
	for _, ve := range v.a.ResolvedVendors() {
		for _, n := range []string{ve.Catalog, ve.Name} {
			if n != "" {
				names = append(names, n)
			}
		}
		if ve.Name == "" && ve.Category != "" {
			names = append(names, ve.Category)
		}
	}
	for j, id := range v.a.Processor.Vendors {
		if !slices.Contains(names, id) {
			v.add(fmt.Sprintf("processor.vendors[%d]", j+1), "ukendt leverandør %q%s; brug et catalog-id, et navn fra [[vendors]] eller kategorien på en leverandør uden navn", id, suggest(id, names))
		}
	}
	v.oneOf("processor.subprocessor_approval", v.a.Processor.SubprocessorApproval, Approvals, "godkendelse")
	for i, d := range v.a.Disclosures {
		p := fmt.Sprintf("disclosures[%d]", i+1)
		v.required(p+".recipient", d.Recipient, "modtagerens navn")
		v.required(p+".reason", d.Reason, "grunden til videregivelsen")
		for j, id := range d.Purposes {
			if !purposes[id] {
				v.add(fmt.Sprintf("%s.purposes[%d]", p, j+1), "ukendt formål %q; brug et id fra [[purposes]]", id)
			}
		}
	}
}

// vendorData checks the categories a vendor gets: each must be among the
// data of the purposes it serves, or, for a sub-processor, of the data it
// processes for the business's customers.
func (v validator) vendorData(p string, ve Vendor) {
	if len(ve.Data) == 0 {
		return
	}
	allowed := map[string]bool{}
	for _, pu := range v.a.Purposes {
		if slices.Contains(ve.Purposes, pu.ID) {
			for _, id := range pu.Data {
				allowed[id] = true
			}
		}
	}
	if v.a.Processor.Acts && slices.ContainsFunc(v.a.Processor.Vendors, func(id string) bool { return id != "" && (id == ve.Catalog || id == ve.Name) }) {
		for _, id := range v.a.Processor.Data {
			allowed[id] = true
		}
	}
	seen := map[string]bool{}
	for j, id := range ve.Data {
		q := fmt.Sprintf("%s.data[%d]", p, j+1)
		switch {
		case seen[id]:
			v.add(q, "%q står to gange", id)
		case !allowed[id]:
			v.add(q, "%q er ikke blandt de oplysninger, %ss formål bruger; data er de af formålenes oplysninger, leverandøren faktisk får", id, VendorLabel(ve))
		}
		seen[id] = true
	}
}

// subProcessors checks what is said of a vendor's own processors.
func (v validator) subProcessors(p string, s SubProcessors) {
	v.oneOf(p+".approval", s.Approval, Approvals, "godkendelse")
	if s.Abroad != "" {
		v.oneOf(p+".abroad", s.Abroad, Transfers, "overførselsgrundlag")
	}
	if s.Abroad == "none" && len(s.Countries) > 0 {
		v.add(p+".countries", "abroad = \"none\" siger, at ingen underdatabehandler er uden for EU/EØS; fjern countries, eller skriv grundlaget i abroad")
	}
	if s.Abroad == "" && len(s.Countries) > 0 {
		v.add(p+".abroad", "mangler grundlaget for underdatabehandlerne i %s; skriv abroad = \"scc\", \"dpf\", \"bcr\" eller \"adequacy\"", strings.Join(s.Countries, ", "))
	}
	for j, code := range s.Countries {
		q := fmt.Sprintf("%s.countries[%d]", p, j+1)
		switch co, ok := CountryByCode(code); {
		case !ok:
			v.add(q, "ukendt landekode %q; brug en kode på to bogstaver som US eller IN", code)
		case co.EEA:
			v.add(q, "%s ligger i EU/EØS; countries er kun lande uden for", co.Name)
		case s.Abroad == "dpf" && code != "US":
			v.add(q, "Data Privacy Framework gælder kun for modtagere i USA, ikke %s", co.Name)
		case s.Abroad == "adequacy" && !co.Adequate:
			v.add(q, "EU-Kommissionen har ingen tilstrækkelighedsafgørelse for %s; vælg scc eller bcr i abroad", co.Name)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (v validator) cookies(purposes map[string]bool) {
	c := v.a.Cookies
	if c.ConsentLifetime != "" {
		if _, err := ParsePeriod(c.ConsentLifetime); err != nil {
			v.add("cookies.consent_lifetime", "%v", err)
		}
	}
	v.url("cookies.settings_url", c.SettingsURL)
	if c.None && c.Any() {
		v.add("cookies.none", "none = true siger, at hjemmesiden ingen cookies har, men der er beskrevet cookies; fjern det ene")
	}
	lifetime := func(p, s string) {
		if !IsSessionLifetime(s) {
			if _, err := ParsePeriod(s); err != nil {
				v.add(p, "%v (eller \"session\")", err)
			}
		}
	}
	purposeID := func(p, id string) {
		if id != "" && !purposes[id] {
			v.add(p, "ukendt formål %q; brug et id fra [[purposes]]", id)
		}
	}
	for i, k := range c.Categories {
		p := fmt.Sprintf("cookies.categories[%d]", i+1)
		if v.required(p+".category", k.Category, "kategori") {
			v.oneOf(p+".category", k.Category, CookieCategories, "kategori")
		}
		v.required(p+".purpose", k.Purpose, "hvad cookierne bruges til")
		if k.Lifetime != "" {
			lifetime(p+".lifetime", k.Lifetime)
		}
		purposeID(p+".purpose_id", k.PurposeID)
	}
	for i, k := range c.List {
		p := fmt.Sprintf("cookies.list[%d]", i+1)
		v.required(p+".name", k.Name, "cookiens navn")
		v.required(p+".provider", k.Provider, "hvem der sætter cookien")
		v.required(p+".purpose", k.Purpose, "cookiens formål")
		if v.required(p+".category", k.Category, "kategori") {
			v.oneOf(p+".category", k.Category, CookieCategories, "kategori")
		}
		if v.required(p+".lifetime", k.Lifetime, "levetid (fx \"2 år\" eller \"session\")") {
			lifetime(p+".lifetime", k.Lifetime)
		}
		purposeID(p+".purpose_id", k.PurposeID)
	}
}

// recordWords checks the record's own words (the record_ keys): the record
// of processing uses them as they stand, as a register in the third
// person, so they must not speak as the policy does.
func (v validator) recordWords() {
	check := func(path, s string) {
		if w := PolicyVoice(s); w != "" {
			v.add(path, "fortegnelsens ord står i tredje person, men »%s« taler som privatlivspolitikken; skriv fx »den dataansvarlige« i stedet for »vi« og »den registrerede« i stedet for »du«", w)
		}
	}
	for i, pu := range v.a.Purposes {
		p := fmt.Sprintf("purposes[%d]", i+1)
		check(p+".record_name", pu.RecordName)
		check(p+".record_purpose", pu.RecordPurpose)
		check(p+".record_interest", pu.RecordInterest)
		check(p+".retention.record_note", pu.Retention.RecordNote)
		for j, gb := range pu.ByGroup {
			check(fmt.Sprintf("%s.by_group[%d].record_interest", p, j+1), gb.RecordInterest)
		}
		for j, sb := range pu.Sensitive {
			check(fmt.Sprintf("%s.sensitive[%d].record_note", p, j+1), sb.RecordNote)
		}
	}
	for i, d := range v.a.Disclosures {
		check(fmt.Sprintf("disclosures[%d].record_reason", i+1), d.RecordReason)
	}
	for i, ve := range v.a.Vendors {
		check(fmt.Sprintf("vendors[%d].record_service", i+1), ve.RecordService)
		check(fmt.Sprintf("vendors[%d].record_joint_for", i+1), ve.RecordJointFor)
	}
	check("processor.record_description", v.a.Processor.RecordDescription)
}

func (v validator) security() {
	for i, m := range v.a.Security.Measures {
		v.oneOf(fmt.Sprintf("security.measures[%d]", i+1), m, SecurityMeasures, "sikkerhedsforanstaltning")
	}
}

func (v validator) email(path, s string) {
	if s == "" {
		return
	}
	if err := CheckEmail(s); err != nil {
		v.add(path, "%v", err)
	}
}

func (v validator) phone(path, s string) {
	if s == "" {
		return
	}
	if err := CheckPhone(s); err != nil {
		v.add(path, "%v", err)
	}
}

func (v validator) url(path, s string) {
	if s == "" {
		return
	}
	if err := CheckURL(s); err != nil {
		v.add(path, "%v", err)
	}
}

// CheckCVR checks a Danish CVR number: 8 digits whose weighted sum
// (weights 2,7,6,5,4,3,2,1) is divisible by 11.
func CheckCVR(s string) error {
	d := strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	if len(d) != 8 || strings.Trim(d, "0123456789") != "" {
		return fmt.Errorf("CVR-nummeret %q skal være 8 cifre", s)
	}
	if d[0] == '0' {
		return fmt.Errorf("CVR-nummeret %q kan ikke begynde med 0", s)
	}
	weights := [8]int{2, 7, 6, 5, 4, 3, 2, 1}
	sum := 0
	for i := range 8 {
		sum += int(d[i]-'0') * weights[i]
	}
	if sum%11 != 0 {
		return fmt.Errorf("CVR-nummeret %s er ugyldigt (kontrolcifferet passer ikke); slå nummeret op på virk.dk", d)
	}
	return nil
}

// CheckEmail checks an e-mail address such as info@firma.dk.
func CheckEmail(s string) error {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || a.Name != "" {
		return fmt.Errorf("%q er ikke en gyldig e-mailadresse; skriv den som navn@firma.dk", s)
	}
	at := strings.LastIndexByte(s, '@')
	if !strings.Contains(s[at+1:], ".") {
		return fmt.Errorf("%q er ikke en gyldig e-mailadresse: der mangler et domæne som firma.dk efter @", s)
	}
	return nil
}

var phoneRE = regexp.MustCompile(`^\+?[0-9]+$`)

// CheckPhone checks a phone number: 8 Danish digits, optionally with +45,
// or an international number starting with +.
func CheckPhone(s string) error {
	d := strings.NewReplacer(" ", "", "-", "", ".", "").Replace(strings.TrimSpace(s))
	if !phoneRE.MatchString(d) {
		return fmt.Errorf("telefonnummeret %q må kun indeholde cifre, mellemrum og et + foran landekoden", s)
	}
	switch {
	case strings.HasPrefix(d, "+45"):
		d = d[3:]
	case strings.HasPrefix(d, "0045"):
		d = d[4:]
	case strings.HasPrefix(d, "+") || strings.HasPrefix(d, "00"):
		if n := len(strings.TrimLeft(d, "+0")); n < 7 || n > 15 {
			return fmt.Errorf("telefonnummeret %q har ikke et gyldigt antal cifre", s)
		}
		return nil
	}
	if len(d) != 8 {
		return fmt.Errorf("et dansk telefonnummer har 8 cifre, fx \"33 19 32 00\"; %q har %d", s, len(d))
	}
	return nil
}

// CheckPostcode checks a Danish postcode: 4 digits, 1000–9990.
func CheckPostcode(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || len(strings.TrimSpace(s)) != 4 || n < 1000 || n > 9990 {
		return fmt.Errorf("postnummeret %q skal være 4 cifre mellem 1000 og 9990, fx \"2500\"", s)
	}
	return nil
}

// CheckURL checks a web address such as https://firma.dk.
func CheckURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || !strings.Contains(u.Host, ".") || strings.ContainsAny(s, " \t\n<>\"") {
		return fmt.Errorf("%q er ikke en gyldig webadresse; skriv den med https://, fx https://firma.dk", s)
	}
	return nil
}

// labelled lists terms as the file writes them, each with its Danish label:
// "contract (Nødvendigt for aftalen), law (Krævet af loven)".
func labelled(terms []Term) string {
	parts := make([]string, len(terms))
	for i, t := range terms {
		parts[i] = fmt.Sprintf("%s (%s)", t.ID, t.Label)
	}
	return strings.Join(parts, ", ")
}
