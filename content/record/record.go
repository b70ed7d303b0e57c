// Package record writes the record of processing activities (fortegnelse,
// GDPR art. 30) of an answer file as Markdown, HTML or an Excel workbook:
// the record as controller and, when the business also processes data for
// its customers, the record as processor.
package record

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// The record of processing activities (fortegnelse, GDPR art. 30), made from
// the same answers as the policy. The record is built as plain text first, so
// the same facts can be written as Markdown, HTML and a spreadsheet; each
// writer escapes for its own format. Like the policy, it says only what
// follows from the answers: an item with nothing behind it is left out.

// Record is the record of processing: the record as controller (art. 30(1))
// and, when the business also processes data for its customers, the record
// as processor (art. 30(2)).
type Record struct {
	Name      string      // the controller's name
	Made      drafts.Date // the day the record was made
	Version   string      // the answer file's document.version
	Effective drafts.Date // the day the policy takes effect

	Controller []Field    // art. 30(1)(a): controller, DPO, representative, joint controllers
	Activities []Activity // art. 30(1)(b)–(f): one per purpose
	Recipients []string   // recipients not tied to a purpose, art. 30(1)(d)
	Security   []string   // art. 30(1)(g) and 30(2)(d)
	Processor  *ProcessorRecord
}

// Field is one labelled item of the record: one or more lines of plain text.
type Field struct {
	Label string
	Lines []string
}

// Activity is one processing activity: a purpose with everything art.
// 30(1)(b)–(f) asks about it, in Datatilsynet's order.
type Activity struct {
	ID, Name string
	Fields   []Field
}

// ProcessorRecord is the record a processor keeps (art. 30(2)).
type ProcessorRecord struct {
	Processor   []Field // (a) the processor and its DPO
	Controllers []Field // (a) the controllers, or kinds of controller, it acts for
	Processing  []Field // (b) the categories of processing, and the sub-processors
	Transfers   []string
}

// The labels of an activity's fields, in the order of art. 30(1).
const (
	LabelPurpose    = "Formål (litra b)"
	LabelBasis      = "Retsgrundlag"
	LabelSubjects   = "Kategorier af registrerede (litra c)"
	LabelData       = "Kategorier af personoplysninger (litra c)"
	LabelRecipients = "Kategorier af modtagere (litra d)"
	LabelTransfers  = "Overførsel til tredjelande (litra e)"
	LabelErasure    = "Tidsfrister for sletning (litra f)"
)

// ActivityLabels are the columns of an activity, in order.
var ActivityLabels = []string{LabelPurpose, LabelBasis, LabelSubjects, LabelData, LabelRecipients, LabelTransfers, LabelErasure}

// Get is the field with the label, or a zero Field.
func (a Activity) Get(label string) Field {
	for _, f := range a.Fields {
		if f.Label == label {
			return f
		}
	}
	return Field{}
}

// NewRecord builds the record of processing for a, dated made. It is
// deterministic: the same answers and day always give the same record.
func NewRecord(a *drafts.Answers, made drafts.Date) *Record {
	rc := newRecorder(a)
	r := &Record{
		Name:       content.Clean(content.OrDefault(a.Controller.Name, "den dataansvarlige")),
		Made:       made,
		Version:    content.Clean(a.Document.Version),
		Effective:  a.Document.Effective,
		Controller: rc.controller(),
		Security:   rc.security(),
	}
	vendors := a.ResolvedVendors()
	for _, p := range a.Purposes {
		r.Activities = append(r.Activities, rc.activity(p, vendors))
	}
	for _, d := range a.Disclosures {
		if len(d.Purposes) == 0 {
			r.Recipients = append(r.Recipients, rc.disclosure(d))
		}
	}
	if a.Processor.Acts {
		r.Processor = rc.processor()
	}
	return r
}

// Title is the record's heading.
func (r *Record) Title() string { return "Fortegnelse over behandlingsaktiviteter for " + r.Name }

// Lead says what the record is, when it was made and from which answers.
func (r *Record) Lead() string {
	s := "Fortegnelse efter databeskyttelsesforordningens artikel 30"
	if d := content.LongDate(r.Made); d != "" {
		s += ", udarbejdet " + d
	}
	s += " ud fra svarfilen bag privatlivspolitikken"
	var about []string
	if r.Version != "" {
		about = append(about, "version "+r.Version)
	}
	if d := content.LongDate(r.Effective); d != "" {
		about = append(about, "gældende fra "+d)
	}
	if len(about) > 0 {
		s += " (" + strings.Join(about, ", ") + ")"
	}
	s += "."
	if r.Processor != nil {
		s += " Første del er fortegnelsen som dataansvarlig (art. 30, stk. 1), anden del fortegnelsen som databehandler for kunderne (art. 30, stk. 2)."
	}
	return s
}

func (rc recorder) contactFields(role string) []Field {
	a := rc.a
	c := a.Controller
	add := func(fs []Field, label, v string) []Field {
		if v = strings.TrimSpace(content.Clean(v)); v != "" {
			fs = append(fs, Field{label, []string{v}})
		}
		return fs
	}
	var fs []Field
	fs = add(fs, role, orRecordGap(content.Clean(c.Name), "navn"))
	if c.IsAssociation() {
		fs = add(fs, "Organisationsform", "Forening")
	} else {
		fs = add(fs, "Virksomhedsform", content.UpperFirst(strings.TrimSpace(c.LegalForm)))
	}
	// The CVR number only when given: an association, or a business outside
	// Denmark, may have none.
	if rc.prof.Danish || c.CountryCode() == "DK" {
		fs = add(fs, "CVR-nummer", c.CVR)
	} else {
		fs = add(fs, "Registreringsnummer", c.CVR)
	}
	addr := strings.TrimSpace(content.Clean(c.Address))
	if town := strings.TrimSpace(content.Clean(c.Postcode) + " " + content.Clean(c.Town)); town != "" {
		addr = strings.TrimPrefix(addr+", "+town, ", ")
	}
	if addr != "" && c.CountryCode() != "DK" {
		addr += ", " + content.CountryText(c.CountryCode())
	}
	fs = add(fs, "Adresse", addr)
	fs = add(fs, "E-mail", c.Email)
	fs = add(fs, "Telefon", c.Phone)
	if strings.TrimSpace(addr+content.Clean(c.Email)+content.Clean(c.Phone)) == "" {
		fs = add(fs, "Kontaktoplysninger", recordGap("adresse, e-mail eller telefon"))
	}
	fs = add(fs, "Hjemmeside", c.Website)
	fs = add(fs, "Kontaktperson", rc.n.text(c.ContactPerson))
	// Art. 30(1)(a) and (2)(a): the row is there also when the answers
	// name no DPO, so a reader sees it was not forgotten.
	dpo := "Ingen angivet"
	if d := a.DPO; d != nil {
		dpo = content.OrDefault(content.JoinNonEmpty(", ", d.Name, d.Email, d.Phone), dpo)
	}
	fs = add(fs, "Databeskyttelsesrådgiver (DPO)", dpo)
	return fs
}

func (rc recorder) controller() []Field {
	a := rc.a
	fs := rc.contactFields("Dataansvarlig")
	if r := a.Representative; r != nil {
		fs = append(fs, Field{"Repræsentant i EU (art. 27)", []string{content.JoinNonEmpty(", ", r.Name, r.Address, r.Email)}})
	} else if co, ok := drafts.CountryByCode(a.Controller.CountryCode()); ok && co.EEA {
		fs = append(fs, Field{"Repræsentant i EU (art. 27)", []string{"Ikke relevant: den dataansvarlige er etableret i EU/EØS"}})
	}
	var joint []string
	for _, v := range a.ResolvedVendors() {
		isJoint := v.Role == "joint" || strings.TrimSpace(v.JointFor) != ""
		for _, r := range v.PurposeRoles {
			isJoint = isJoint || r == "joint"
		}
		if isJoint {
			line := vendorText(v)
			what := strings.TrimSpace(rc.n.text(v.JointFor))
			if what == "" {
				what = strings.TrimSpace(rc.n.text(v.Service))
			}
			if what != "" {
				line += " – " + strings.TrimSuffix(what, ".")
			}
			if u := content.Clean(v.PrivacyURL); u != "" {
				line += " (privatlivspolitik: " + u + ")"
			}
			joint = append(joint, line)
		}
	}
	if len(joint) > 0 {
		fs = append(fs, Field{"Fælles dataansvarlige", joint})
	}
	return fs
}

// recorder holds what every part of one record needs: the answers, the
// neutral voice and the controller's country profile.
type recorder struct {
	a    *drafts.Answers
	n    neutralizer
	prof drafts.Profile
}

func newRecorder(a *drafts.Answers) recorder {
	return recorder{a: a, n: newNeutralizer(a), prof: a.Profile()}
}

// recordGap marks an item art. 30 requires that the answers do not give,
// as the policy does: visible in every format, never silent.
func recordGap(what string) string { return "⚠ [mangler: " + what + "]" }

func (rc recorder) activity(p drafts.Purpose, vendors []drafts.Vendor) Activity {
	// The purpose's name as the policy has it, so the two can be matched.
	act := Activity{ID: p.ID, Name: content.Clean(p.Name)}
	add := func(label string, lines ...string) {
		var ls []string
		for _, l := range lines {
			if l = strings.TrimSpace(l); l != "" {
				ls = append(ls, l)
			}
		}
		if len(ls) > 0 {
			act.Fields = append(act.Fields, Field{label, ls})
		}
	}
	purpose := strings.TrimSpace(rc.n.text(p.Description))
	if purpose == "" {
		purpose = rc.n.text(p.Name)
	}
	add(LabelPurpose, purpose)
	add(LabelBasis, rc.basis(p)...)
	var groups []string
	for _, g := range p.Subjects {
		groups = append(groups, rc.group(g))
	}
	add(LabelSubjects, orRecordGap(content.UpperFirst(content.JoinAnd(groups)), "kategorier af registrerede"))
	var data []string
	for _, id := range p.Data {
		data = append(data, rc.category(id))
	}
	add(LabelData, orRecordGap(content.UpperFirst(content.JoinAnd(data)), "kategorier af personoplysninger"))
	recipients, transfers := rc.recipients(p.ID, vendors)
	if len(recipients) == 0 {
		// Art. 30(1)(d): say there are none rather than leave the row
		// out, as for transfers.
		recipients = []string{"Ingen"}
	}
	add(LabelRecipients, recipients...)
	add(LabelTransfers, transfers...)
	add(LabelErasure, rc.erasure(p))
	return act
}

func orRecordGap(s, what string) string {
	if strings.TrimSpace(s) == "" {
		return recordGap(what)
	}
	return s
}

// recordGroupNames are the built-in groups in the record's neutral voice;
// "%s" is the business ("den dataansvarlige", "databehandleren",
// "foreningen").
var recordGroupNames = map[string]string{
	"business_customers": "kontaktpersoner hos erhvervskunder",
	"enquiries":          "personer, der kontakter %s",
	"visitors":           "besøgende på hjemmesiden",
	"subscribers":        "modtagere af nyhedsbrevet",
	"customer_employees": "medarbejdere hos %ss kunder",
}

// group is a group of data subjects as the record names it: an own name in
// the neutral voice, or the built-in group's name.
func (rc recorder) group(id string) string {
	for _, s := range rc.a.Subjects {
		if s.Key() == id && strings.TrimSpace(s.Name) != "" {
			return content.LowerFirst(rc.n.text(s.Name))
		}
	}
	if n, ok := recordGroupNames[id]; ok {
		if strings.Contains(n, "%s") {
			return fmt.Sprintf(n, rc.n.words["vi"])
		}
		return n
	}
	if n := content.GroupText(rc.a, id); n != id {
		return rc.n.text(n)
	}
	return content.Clean(id)
}

// recordCategoryNames word the categories whose policy label speaks to the
// reader ("din brug") in the record's neutral voice.
var recordCategoryNames = map[string]string{
	"usage":          "logdata om brugen af tjenesten",
	"correspondence": "indholdet af henvendelser og korrespondance",
	"browsing":       "oplysninger om besøg på hjemmesiden (via cookies)",
}

// category is a data category as the record names it, with its kind.
func (rc recorder) category(id string) string {
	name, ok := recordCategoryNames[id]
	if !ok {
		name = rc.n.text(content.CategoryText(rc.a, id))
	}
	if id == "company" && !rc.prof.Danish {
		name = "virksomhedsoplysninger (firmanavn, organisationsnummer, stilling)"
	}
	return name + rc.kindNote(content.CategoryKind(rc.a, id))
}

func (rc recorder) kindNote(kind string) string {
	switch kind {
	case drafts.KindSpecial:
		return " (følsomme oplysninger, art. 9)"
	case drafts.KindCPR:
		if rc.prof.Danish {
			return " (databeskyttelseslovens § 11)"
		}
		return " (identifikationsnummer, art. 87)"
	case drafts.KindCriminal:
		return " (art. 10)"
	}
	return ""
}

// basisLine is one set of art. 6 bases in the record's wording.
func (rc recorder) basisLine(p drafts.Purpose, bases []string, interest string) string {
	var parts []string
	for _, b := range bases {
		l := drafts.Label(drafts.LegalBases, b)
		if l == "" {
			l = content.Clean(b)
		}
		switch {
		case b == "6.1.c" && strings.TrimSpace(p.Law) != "":
			l += ", jf. " + content.Clean(p.Law)
		case b == "6.1.f" && strings.TrimSpace(interest) != "":
			l += ": " + strings.TrimSuffix(content.LowerFirst(rc.n.text(interest)), ".")
		}
		if len(parts) > 0 {
			l = content.LowerFirst(l)
		}
		parts = append(parts, l)
	}
	return strings.Join(parts, "; ")
}

// basis is a purpose's legal bases, one line per group of people with a
// basis of its own, then the art. 9 exception for each sensitive category,
// and the Danish rules for CPR numbers (§ 11) and criminal offences (§ 8),
// in the record's neutral wording (the policy's speaks to "dig").
func (rc recorder) basis(p drafts.Purpose) []string {
	var out []string
	if len(p.ByGroup) == 0 {
		if len(p.Basis) > 0 {
			out = append(out, rc.basisLine(p, p.Basis, p.Interest))
		}
	} else {
		var rest []string
		for _, g := range p.Subjects {
			if !content.HasOwnBasis(p, g) {
				rest = append(rest, rc.group(g))
			}
		}
		if len(rest) > 0 && len(p.Basis) > 0 {
			out = append(out, "For "+content.JoinAnd(rest)+": "+content.LowerFirst(rc.basisLine(p, p.Basis, p.Interest)))
		}
		for _, gb := range p.ByGroup {
			in := gb.Interest
			if strings.TrimSpace(in) == "" {
				in = p.Interest
			}
			if len(gb.Basis) > 0 {
				out = append(out, "For "+rc.group(gb.Group)+": "+content.LowerFirst(rc.basisLine(p, gb.Basis, in)))
			}
		}
	}
	// The art. 9 exception per sensitive category, grouped when several
	// categories share the same exception and rule.
	type use struct {
		sb   drafts.SensitiveBasis
		cats []string
	}
	var uses []use
	for _, id := range p.Data {
		if content.CategoryKind(rc.a, id) != drafts.KindSpecial {
			continue
		}
		sb := p.SensitiveBasisFor(id)
		if drafts.Label(drafts.SpecialBases, sb.Basis) == "" {
			continue
		}
		found := false
		for i := range uses {
			if uses[i].sb.Basis == sb.Basis && uses[i].sb.Law == sb.Law && uses[i].sb.Note == sb.Note {
				uses[i].cats = append(uses[i].cats, rc.n.text(content.CategoryText(rc.a, id)))
				found = true
			}
		}
		if !found {
			uses = append(uses, use{sb, []string{rc.n.text(content.CategoryText(rc.a, id))}})
		}
	}
	for _, u := range uses {
		l := content.UpperFirst(content.JoinAnd(u.cats)) + " (art. 9): " + content.LowerFirst(drafts.Label(drafts.SpecialBases, u.sb.Basis))
		if law := drafts.Label(drafts.SensitiveLaws, u.sb.Law); law != "" && rc.prof.Danish {
			l += ", jf. " + content.SensitiveLawRef[u.sb.Law]
		}
		if note := strings.TrimSuffix(strings.TrimSpace(rc.n.text(u.sb.Note)), "."); note != "" {
			l += " – " + content.LowerFirst(note)
		}
		out = append(out, l)
	}
	if rc.prof.Danish {
		if l := drafts.Label(drafts.CPRBases, p.CPRBasis); l != "" && content.HasKind(rc.a, p, drafts.KindCPR) {
			out = append(out, "CPR-nummer, databeskyttelseslovens § 11: "+content.LowerFirst(l))
		}
		crim := drafts.Label(drafts.CriminalBases, p.CriminalBasis)
		if crim == "" {
			crim = drafts.Label(drafts.LegacyCriminalBases, p.CriminalBasis)
		}
		if crim != "" && content.HasKind(rc.a, p, drafts.KindCriminal) {
			out = append(out, "Strafbare forhold, databeskyttelseslovens § 8: "+content.LowerFirst(crim))
		}
	}
	return out
}

// vendorText is a vendor as the record names it, in plain text: its name,
// or its kind when the answers name only the kind, with the legal entity
// behind it and the entity's country when known.
func vendorText(v drafts.Vendor) string {
	name := content.VendorName(v)
	var entity []string
	if content.Known(v.Entity) && v.Entity != v.Name {
		entity = append(entity, content.Clean(v.Entity))
	}
	if _, ok := drafts.CountryByCode(v.EntityCountry); ok {
		entity = append(entity, content.CountryText(v.EntityCountry))
	}
	if len(entity) > 0 {
		if inner, ok := strings.CutSuffix(name, ")"); ok && strings.Contains(inner, "(") {
			// "OpenAI (API)": one bracket, not two in a row.
			return inner + "; " + strings.Join(entity, ", ") + ")"
		}
		name += " (" + strings.Join(entity, ", ") + ")"
	}
	return name
}

// vendorLine is a recipient: who (and what kind of recipient, when the
// answers say), where the data is processed, what it does.
func (rc recorder) vendorLine(v drafts.Vendor) string {
	line := content.PronounLower(vendorText(v))
	if cat := drafts.Label(drafts.RecipientCategories, v.Category); cat != "" && strings.TrimSpace(v.Name) != "" {
		line += " [" + content.LowerFirst(cat) + "]"
	}
	if _, ok := drafts.CountryByCode(v.Country); ok {
		line += ", behandler oplysningerne i " + content.CountryText(v.Country)
	}
	if s := strings.TrimSpace(rc.n.text(v.Service)); s != "" {
		line += " – " + s
	}
	if s := strings.TrimSpace(rc.n.text(v.ControllerFor)); s != "" {
		line += "; selvstændigt dataansvarlig for " + strings.TrimSuffix(s, ".")
	}
	return line
}

// recipients lists who receives data for a purpose, by kind of recipient
// (processors, independent and joint controllers, others) with its role
// for that purpose, and the transfers to third countries among them.
func (rc recorder) recipients(purpose string, vendors []drafts.Vendor) (recipients, transfers []string) {
	var used []drafts.Vendor
	for _, role := range drafts.Roles {
		for _, v := range vendors {
			if !slices.Contains(v.Purposes, purpose) || v.RoleFor(purpose) != role.ID {
				continue
			}
			used = append(used, v)
			line := rc.vendorLine(v)
			if strings.TrimSpace(v.Name) == "" {
				// A kind of recipient is a common noun inside the
				// sentence: "selvstændig dataansvarlig: revisor".
				line = content.LowerFirst(line)
			}
			recipients = append(recipients, role.Label+": "+line)
		}
	}
	// A recipient whose role the answers do not give is still a recipient.
	for _, v := range vendors {
		if slices.Contains(v.Purposes, purpose) && drafts.Label(drafts.Roles, v.RoleFor(purpose)) == "" {
			used = append(used, v)
			recipients = append(recipients, "Modtager, "+recordGap("rolle")+": "+rc.vendorLine(v))
		}
	}
	var others []string
	for _, d := range rc.a.Disclosures {
		if slices.Contains(d.Purposes, purpose) {
			others = append(others, rc.disclosure(d))
		}
	}
	if len(others) > 0 {
		recipients = append(recipients, "Andre modtagere: "+strings.Join(others, "; "))
	}
	return recipients, rc.transfers(used, "modtagerne")
}

// transfers are the third-country transfers of vendors. "Ingen" is said only
// when every vendor's processing country is known and in the EU/EEA and
// none has access from outside; a vendor whose country the answers do not
// give is a visible gap.
func (rc recorder) transfers(vendors []drafts.Vendor, who string) []string {
	var out []string
	unknown := false
	for _, v := range vendors {
		if _, ok := drafts.CountryByCode(v.Country); !ok {
			unknown = true
			out = append(out, recordGap("hvor "+content.VendorName(v)+" behandler oplysningerne"))
			continue
		}
		out = append(out, rc.transferLines(v)...)
	}
	switch {
	case len(vendors) > 0 && len(out) == 0 && !unknown:
		out = []string{"Ingen: " + who + " behandler oplysningerne i EU/EØS"}
	case len(vendors) == 0:
		// Art. 30(1)(e) asks for transfers "where applicable": say there
		// are none rather than leave the row out.
		out = []string{"Ingen: ingen leverandører behandler oplysningerne"}
	}
	return out
}

// transferLines are a vendor's transfers to third countries: processing
// there, and access from there (support, say), each with the country, the
// receiving entity and the safeguard, then the vendor's note.
func (rc recorder) transferLines(v drafts.Vendor) []string {
	var out []string
	name := vendorText(v)
	if !drafts.InEEA(v.Country) {
		to := name
		if content.Known(v.TransferTo) && v.TransferTo != v.Entity {
			to += " – overførsel til " + content.Clean(v.TransferTo)
		}
		out = append(out, fmt.Sprintf("%s: %s, grundlag: %s", content.CountryText(v.Country), to, rc.safeguard(v.Transfer)))
	}
	if content.Known(v.RemoteAccess) {
		var cs []string
		for _, c := range v.RemoteCountries {
			cs = append(cs, content.CountryText(c))
		}
		from := "lande uden for EU/EØS"
		if len(cs) > 0 {
			from = content.JoinAnd(cs)
		}
		out = append(out, fmt.Sprintf("%s: adgang til oplysningerne fra %s, grundlag: %s", name, from, rc.safeguard(v.RemoteAccess)))
	}
	if note := strings.TrimSuffix(strings.TrimSpace(rc.n.text(v.TransferNote)), "."); note != "" && len(out) > 0 {
		out[len(out)-1] += ". " + note
	}
	return out
}

// safeguard is the art. 44–49 ground of a transfer, or a gap.
func (rc recorder) safeguard(id string) string {
	if l := drafts.Label(drafts.Transfers, id); l != "" && id != "none" {
		return content.LowerFirst(l)
	}
	return recordGap("grundlag for overførslen")
}

func (rc recorder) disclosure(d drafts.Disclosure) string {
	// Inside the sentence, as in the policy: "andre modtagere: den
	// registreredes bopælskommune", "kommunen".
	name := rc.n.text(content.PronounLower(content.Clean(d.Recipient)))
	if r := strings.TrimSuffix(strings.TrimSpace(rc.n.text(d.Reason)), "."); r != "" {
		name += " (" + content.LowerFirst(r) + ")"
	}
	return name
}

// purposeRetention is recordRetention for a purpose: volunteers have no
// »hverv«, so a purpose only for them counts from when they stop, as the
// policy says.
func purposeRetention(p drafts.Purpose) string {
	s := content.RetentionText(p.Retention)
	if p.Retention.After == "office_end" && s != "" && len(p.Subjects) > 0 && !slices.ContainsFunc(p.Subjects, func(g string) bool { return g != "volunteers" }) {
		s = strings.TrimSuffix(s, "hvervet er ophørt") + "den frivillige er stoppet"
	}
	return s
}

// erasure is a purpose's time limit for erasure (art. 30(1)(f)): the
// period, that the law requires it when the answers say so (naming the law
// only when the purpose names it), and the note.
func (rc recorder) erasure(p drafts.Purpose) string {
	r := p.Retention
	s := purposeRetention(p)
	if s == "" {
		return ""
	}
	if n := strings.TrimSpace(rc.n.text(r.Note)); n != "" {
		s += " (" + strings.TrimSuffix(n, ".") + ")"
	}
	if r.ByLaw {
		if law := content.KeepingLaw(p); law != "" {
			s += ". Opbevaringen er krævet efter " + law
		} else {
			s += ". Opbevaringen er krævet ved lov"
		}
		s += ", så oplysningerne slettes ikke før fristens udløb"
	}
	return s
}

func (rc recorder) security() []string {
	a := rc.a
	var out []string
	for _, m := range a.Security.Measures {
		if l := drafts.Label(drafts.SecurityMeasures, m); l != "" {
			out = append(out, l)
		}
	}
	for _, o := range a.Security.Other {
		if s := strings.TrimSuffix(strings.TrimSpace(rc.n.text(o)), "."); s != "" {
			out = append(out, content.UpperFirst(s))
		}
	}
	return out
}

func (rc recorder) processor() *ProcessorRecord {
	a := rc.a
	pr := a.Processor
	// In this part the business is the processor, and the answers' "vi"
	// is "databehandleren".
	rc.n = newProcessorNeutralizer(a)
	var groups []string
	for _, g := range pr.Subjects {
		groups = append(groups, rc.group(g))
	}
	var data []string
	for _, id := range pr.Data {
		data = append(data, rc.category(id))
	}
	out := &ProcessorRecord{
		Processor: rc.contactFields("Databehandler"),
		Controllers: []Field{{"Dataansvarlige", []string{
			content.UpperFirst(rc.n.words["vores"]) + " kunder: hver kunde er dataansvarlig for de personoplysninger, der behandles på dens vegne",
			// Art. 30(2)(a) wants each controller's name and contact
			// details: a kept list, said where, or a gap.
			"navn og kontaktoplysninger på hver kunde står i kundelisten, som føres " + orRecordGap(strings.TrimSuffix(rc.n.text(pr.CustomerList), "."), "hvor den opdaterede liste over kunderne med navn og kontaktoplysninger føres"),
		}}},
	}
	add := func(label, line string) {
		if line = strings.TrimSpace(line); line != "" {
			out.Processing = append(out.Processing, Field{label, []string{line}})
		}
	}
	add("Behandling for kunderne", orRecordGap(strings.TrimSuffix(rc.n.text(pr.Description), "."), "hvad behandlingen for kunderne består i"))
	add("Kategorier af registrerede", content.UpperFirst(content.JoinAnd(groups)))
	add("Kategorier af personoplysninger", content.UpperFirst(content.JoinAnd(data)))
	// Sub-processors and their transfers are known only when the answers
	// name them; otherwise the record says nothing about them.
	if subs := a.SubProcessors(); len(subs) > 0 {
		var lines []string
		for _, v := range subs {
			lines = append(lines, rc.vendorLine(v))
		}
		out.Processing = append(out.Processing, Field{"Underdatabehandlere", lines})
		out.Transfers = rc.transfers(subs, "underdatabehandlerne")
	}
	return out
}

// Render writes the record in format md, html or xlsx.
func (r *Record) Render(format string) ([]byte, error) {
	switch format {
	case "md":
		return r.Markdown(), nil
	case "html":
		return r.HTML()
	case "xlsx":
		return r.XLSX()
	}
	return nil, fmt.Errorf("ukendt format %q; brug md, html eller xlsx", format)
}

// RenderRecord writes the record of a, dated day, in format md, html or
// xlsx. The wizard calls it on save when document.record names a format.
func RenderRecord(a *drafts.Answers, day drafts.Date, format string) ([]byte, error) {
	return NewRecord(a, day).Render(format)
}

// RecordOnSave is the record to write beside the answer file at path when
// it is saved: where, and the bytes in the format document.record names.
// It returns "" and no data when the answers do not ask for a record.
func RecordOnSave(a *drafts.Answers, path string, day drafts.Date) (string, []byte, error) {
	format := a.Document.Record
	if format == "" {
		return "", nil, nil
	}
	data, err := RenderRecord(a, day, format)
	if err != nil {
		return "", nil, err
	}
	return RecordPath(path, format), data, nil
}

// RecordPath is where the record of the answer file at path is written in
// format: next to it, "firma.toml" -> "firma-fortegnelse.xlsx".
func RecordPath(path, format string) string {
	base := strings.TrimSuffix(path, filepath.Ext(path))
	return base + "-fortegnelse." + format
}
