package content

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

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
	r := &Record{
		Name:       clean(orDefault(a.Controller.Name, "virksomheden")),
		Made:       made,
		Version:    clean(a.Document.Version),
		Effective:  a.Document.Effective,
		Controller: recordController(a),
		Security:   recordSecurity(a),
	}
	vendors := a.ResolvedVendors()
	for _, p := range a.Purposes {
		r.Activities = append(r.Activities, recordActivity(a, p, vendors))
	}
	for _, d := range a.Disclosures {
		if len(d.Purposes) == 0 {
			r.Recipients = append(r.Recipients, disclosureText(d))
		}
	}
	if a.Processor.Acts {
		r.Processor = recordProcessor(a)
	}
	return r
}

// Title is the record's heading.
func (r *Record) Title() string { return "Fortegnelse over behandlingsaktiviteter for " + r.Name }

// Lead says what the record is, when it was made and from which answers.
func (r *Record) Lead() string {
	s := "Fortegnelse efter databeskyttelsesforordningens artikel 30"
	if d := longDate(r.Made); d != "" {
		s += ", udarbejdet " + d
	}
	s += " ud fra svarfilen bag privatlivspolitikken"
	var about []string
	if r.Version != "" {
		about = append(about, "version "+r.Version)
	}
	if d := longDate(r.Effective); d != "" {
		about = append(about, "gældende fra "+d)
	}
	if len(about) > 0 {
		s += " (" + strings.Join(about, ", ") + ")"
	}
	s += "."
	if r.Processor != nil {
		s += " Første del er fortegnelsen som dataansvarlig (art. 30, stk. 1), anden del fortegnelsen som databehandler for virksomhedens kunder (art. 30, stk. 2)."
	}
	return s
}

func contactFields(a *drafts.Answers, role string) []Field {
	c := a.Controller
	add := func(fs []Field, label, v string) []Field {
		if v = strings.TrimSpace(clean(v)); v != "" {
			fs = append(fs, Field{label, []string{v}})
		}
		return fs
	}
	var fs []Field
	fs = add(fs, role, c.Name)
	fs = add(fs, "CVR-nummer", c.CVR)
	addr := strings.TrimSpace(clean(c.Address))
	if town := strings.TrimSpace(clean(c.Postcode) + " " + clean(c.Town)); town != "" {
		addr = strings.TrimPrefix(addr+", "+town, ", ")
	}
	if c.CountryCode() != "DK" {
		addr += ", " + countryText(c.CountryCode())
	}
	fs = add(fs, "Adresse", addr)
	fs = add(fs, "E-mail", c.Email)
	fs = add(fs, "Telefon", c.Phone)
	fs = add(fs, "Hjemmeside", c.Website)
	fs = add(fs, "Kontaktperson", c.ContactPerson)
	if d := a.DPO; d != nil {
		fs = add(fs, "Databeskyttelsesrådgiver (DPO)", joinNonEmpty(", ", d.Name, d.Email, d.Phone))
	}
	return fs
}

func recordController(a *drafts.Answers) []Field {
	fs := contactFields(a, "Dataansvarlig")
	if r := a.Representative; r != nil {
		fs = append(fs, Field{"Repræsentant i EU (art. 27)", []string{joinNonEmpty(", ", r.Name, r.Address, r.Email)}})
	}
	var joint []string
	for _, v := range a.ResolvedVendors() {
		isJoint := v.Role == "joint" || strings.TrimSpace(v.JointFor) != ""
		for _, r := range v.PurposeRoles {
			isJoint = isJoint || r == "joint"
		}
		if isJoint {
			line := vendorText(v)
			what := strings.TrimSpace(clean(v.JointFor))
			if what == "" {
				what = strings.TrimSpace(clean(v.Service))
			}
			if what != "" {
				line += " – " + strings.TrimSuffix(what, ".")
			}
			if u := clean(v.PrivacyURL); u != "" {
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

// joinNonEmpty joins the non-empty parts, cleaned.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(clean(p)); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func recordActivity(a *drafts.Answers, p drafts.Purpose, vendors []drafts.Vendor) Activity {
	act := Activity{ID: p.ID, Name: clean(p.Name)}
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
	purpose := strings.TrimSpace(clean(p.Description))
	if purpose == "" {
		purpose = act.Name
	}
	add(LabelPurpose, purpose)
	add(LabelBasis, recordBasis(p)...)
	var groups []string
	for _, g := range p.Subjects {
		groups = append(groups, groupText(a, g))
	}
	add(LabelSubjects, upperFirst(list(groups, "og")))
	var data []string
	for _, id := range p.Data {
		data = append(data, recordCategory(a, id))
	}
	add(LabelData, upperFirst(list(data, "og")))
	recipients, transfers := recordRecipients(a, p.ID, vendors)
	add(LabelRecipients, recipients...)
	add(LabelTransfers, transfers...)
	add(LabelErasure, recordRetention(p.Retention))
	return act
}

// recordCategoryNames word the categories whose policy label speaks to the
// reader ("din brug") in the record's neutral voice.
var recordCategoryNames = map[string]string{
	"usage":          "logdata om brugen af tjenesten",
	"correspondence": "indholdet af henvendelser og korrespondance",
	"browsing":       "oplysninger om besøg på hjemmesiden (via cookies)",
}

// recordCategory is a data category as the record names it, with its kind.
func recordCategory(a *drafts.Answers, id string) string {
	name, ok := recordCategoryNames[id]
	if !ok {
		name = categoryText(a, id)
	}
	return name + kindNote(categoryKind(a, id))
}

func kindNote(kind string) string {
	switch kind {
	case drafts.KindSpecial:
		return " (følsomme oplysninger, art. 9)"
	case drafts.KindCPR:
		return " (databeskyttelseslovens § 11)"
	case drafts.KindCriminal:
		return " (art. 10)"
	}
	return ""
}

// recordBasis is a purpose's legal bases, one per line, in the record's
// neutral wording (the policy's speaks to "dig").
func recordBasis(p drafts.Purpose) []string {
	var out []string
	for _, b := range p.Basis {
		l := drafts.Label(drafts.LegalBases, b)
		if l == "" {
			l = b
		}
		switch {
		case b == "6.1.c" && strings.TrimSpace(p.Law) != "":
			l += ", jf. " + clean(p.Law)
		case b == "6.1.f" && strings.TrimSpace(p.Interest) != "":
			l += ": " + strings.TrimSuffix(lowerFirst(clean(p.Interest)), ".")
		}
		out = append(out, l)
	}
	other := func(prefix string, terms []drafts.Term, id string) {
		if l := drafts.Label(terms, id); l != "" {
			out = append(out, prefix+lowerFirst(l))
		}
	}
	other("Følsomme oplysninger: ", drafts.SpecialBases, p.SpecialBasis)
	other("CPR-nummer, databeskyttelseslovens § 11: ", drafts.CPRBases, p.CPRBasis)
	other("Strafbare forhold, databeskyttelseslovens § 8: ", drafts.CriminalBases, p.CriminalBasis)
	return out
}

// vendorText is a vendor as the record names it, in plain text: its name,
// or its kind when the answers name only the kind, with the legal entity
// behind it and the entity's country when known.
func vendorText(v drafts.Vendor) string {
	name := vendorShort(v)
	var entity []string
	if known(v.Entity) && v.Entity != v.Name {
		entity = append(entity, clean(v.Entity))
	}
	if _, ok := drafts.CountryByCode(v.EntityCountry); ok {
		entity = append(entity, countryText(v.EntityCountry))
	}
	if len(entity) > 0 {
		name += " (" + strings.Join(entity, ", ") + ")"
	}
	return name
}

// vendorShort is a vendor's name, or its kind when it has no name.
func vendorShort(v drafts.Vendor) string {
	if name := strings.TrimSpace(clean(v.Name)); name != "" {
		return name
	}
	return drafts.Label(drafts.RecipientCategories, v.Category)
}

// vendorLine is a recipient: who, where the data is processed, what it does.
func vendorLine(v drafts.Vendor) string {
	line := vendorText(v)
	if _, ok := drafts.CountryByCode(v.Country); ok {
		line += ", behandler oplysningerne i " + countryText(v.Country)
	}
	if s := strings.TrimSpace(clean(v.Service)); s != "" {
		line += " – " + s
	}
	if s := strings.TrimSpace(clean(v.ControllerFor)); s != "" {
		line += "; selvstændigt dataansvarlig for " + strings.TrimSuffix(s, ".")
	}
	return line
}

// recordRecipients lists who receives data for a purpose, one recipient a
// line with its role for that purpose, and the transfers to third
// countries among them.
func recordRecipients(a *drafts.Answers, purpose string, vendors []drafts.Vendor) (recipients, transfers []string) {
	any := false
	for _, role := range drafts.Roles {
		for _, v := range vendors {
			if !slices.Contains(v.Purposes, purpose) || v.RoleFor(purpose) != role.ID {
				continue
			}
			any = true
			recipients = append(recipients, role.Label+": "+vendorLine(v))
			transfers = append(transfers, transferLines(v)...)
		}
	}
	var others []string
	for _, d := range a.Disclosures {
		if slices.Contains(d.Purposes, purpose) {
			others = append(others, disclosureText(d))
		}
	}
	if len(others) > 0 {
		recipients = append(recipients, "Andre modtagere: "+strings.Join(others, "; "))
	}
	if any && len(transfers) == 0 {
		transfers = []string{"Ingen: modtagerne behandler oplysningerne i EU/EØS"}
	}
	return recipients, transfers
}

// transferLines are a vendor's transfers to third countries: processing
// there, and access from there (support, say), each with the country, the
// receiving entity and the safeguard, then the vendor's note. A vendor in
// the EU/EEA with neither gives a line only when its note says more.
func transferLines(v drafts.Vendor) []string {
	var out []string
	note := strings.TrimSuffix(strings.TrimSpace(clean(v.TransferNote)), ".")
	name := vendorText(v)
	if !inEEA(v.Country) {
		to := name
		if known(v.TransferTo) && v.TransferTo != v.Entity {
			to += " – overførsel til " + clean(v.TransferTo)
		}
		out = append(out, fmt.Sprintf("%s: %s, grundlag: %s", countryText(v.Country), to, lowerFirst(transferText(v.Transfer))))
	}
	if known(v.RemoteAccess) {
		var cs []string
		for _, c := range v.RemoteCountries {
			cs = append(cs, countryText(c))
		}
		from := "lande uden for EU/EØS"
		if len(cs) > 0 {
			from = list(cs, "og")
		}
		out = append(out, fmt.Sprintf("%s: adgang fra %s, fx ved support, grundlag: %s", name, from, lowerFirst(transferText(v.RemoteAccess))))
	}
	switch {
	case note == "":
	case len(out) > 0:
		out[len(out)-1] += ". " + note
	default:
		out = append(out, name+": "+note)
	}
	return out
}

func transferText(id string) string {
	if l := drafts.Label(drafts.Transfers, id); l != "" && id != "none" {
		return l
	}
	return "ikke angivet"
}

func disclosureText(d drafts.Disclosure) string {
	name := clean(d.Recipient)
	if r := strings.TrimSuffix(strings.TrimSpace(clean(d.Reason)), "."); r != "" {
		name += " (" + lowerFirst(r) + ")"
	}
	return name
}

// recordRetention is a purpose's time limit for erasure in neutral wording.
func recordRetention(r drafts.Retention) string {
	var s string
	p, err := drafts.ParsePeriod(r.Period)
	switch {
	case r.After == "consent_withdrawn":
		s = "Indtil samtykket trækkes tilbage"
		if err == nil {
			s += ", dog højst " + p.String()
		}
	case err != nil:
		s = clean(r.Period)
	default:
		after := r.After
		if after == "" {
			after = "collection"
		}
		s = p.String() + " " + drafts.Label(drafts.RetentionEvents, after)
	}
	if n := strings.TrimSpace(clean(r.Note)); n != "" {
		s += " (" + strings.TrimSuffix(n, ".") + ")"
	}
	return strings.TrimSpace(s)
}

func recordSecurity(a *drafts.Answers) []string {
	var out []string
	for _, m := range a.Security.Measures {
		if l := drafts.Label(drafts.SecurityMeasures, m); l != "" {
			out = append(out, l)
		}
	}
	for _, o := range a.Security.Other {
		if s := strings.TrimSuffix(strings.TrimSpace(clean(o)), "."); s != "" {
			out = append(out, upperFirst(s))
		}
	}
	return out
}

func recordProcessor(a *drafts.Answers) *ProcessorRecord {
	pr := a.Processor
	var groups []string
	for _, g := range pr.Subjects {
		groups = append(groups, groupText(a, g))
	}
	var data []string
	for _, id := range pr.Data {
		data = append(data, recordCategory(a, id))
	}
	out := &ProcessorRecord{
		Processor: contactFields(a, "Databehandler"),
		Controllers: []Field{{"Dataansvarlige", []string{
			"Virksomhedens kunder (kategori af dataansvarlige): hver kunde er dataansvarlig for de personoplysninger, der behandles på dens vegne",
		}}},
	}
	add := func(label, line string) {
		if line = strings.TrimSpace(line); line != "" {
			out.Processing = append(out.Processing, Field{label, []string{line}})
		}
	}
	add("Behandling for kunderne", strings.TrimSuffix(clean(pr.Description), "."))
	add("Kategorier af registrerede", upperFirst(list(groups, "og")))
	add("Kategorier af personoplysninger", upperFirst(list(data, "og")))
	// Sub-processors and their transfers are known only when the answers
	// name them; otherwise the record says nothing about them.
	if subs := a.SubProcessors(); len(subs) > 0 {
		var lines []string
		for _, v := range subs {
			lines = append(lines, vendorLine(v))
			out.Transfers = append(out.Transfers, transferLines(v)...)
		}
		out.Processing = append(out.Processing, Field{"Underdatabehandlere", lines})
		if len(out.Transfers) == 0 {
			out.Transfers = []string{"Ingen: underdatabehandlerne behandler oplysningerne i EU/EØS"}
		}
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
