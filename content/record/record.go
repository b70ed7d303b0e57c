// Package record writes the record of processing activities (fortegnelse,
// GDPR art. 30) of an answer file as Markdown, HTML or an Excel workbook:
// the record as controller and, when the business also processes data for
// its customers, the record as processor.
//
// The record is a register, not a letter: its words are its own
// (templates/da/*.md), in plain third person (»den dataansvarlige«, »den
// registrerede«) and short noun phrases, built from the structured answers
// (ids, bases, groups, periods, events). Where it needs the business's own
// text – what an activity is for, the legitimate interest, when a
// recipient gets the data, a note on a time limit or a ground, what a
// vendor does, what the business does for its customers – it takes the
// answers' words for the record (the record_ keys) when they give them,
// else the policy's text when that speaks of everyone in the third person,
// and else cites the policy's text as such (»…« (privatlivspolitikkens
// ord)); it never rewrites the policy's sentences. A possessive in a name
// is said from the register's side: »Din fagforening« is »den
// registreredes fagforening«.
package record

import (
	"embed"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

//go:embed templates
var templateFS embed.FS

// texts are the record's templates, parsed when the first record is made.
var texts = sync.OnceValue(func() *content.Texts {
	return content.NewTexts(templateFS, content.Lang, content.We)
})

// The record is built as plain text first, so the same facts can be
// written as Markdown, HTML and a spreadsheet; each writer escapes for its
// own format. Like the policy, it says only what follows from the answers:
// an item with nothing behind it is left out.

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
	Key   string // what the item is: FieldPurpose, "dpo", …
	Label string // as the record names it
	Lines []string
	// own says for each line whether it starts with the record's own
	// words, which continue in lower case when the lines share a cell.
	own []bool
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

// The keys of an activity's fields, in the order of art. 30(1).
const (
	FieldPurpose    = "purpose"
	FieldBasis      = "basis"
	FieldSubjects   = "subjects"
	FieldData       = "data"
	FieldRecipients = "recipients"
	FieldTransfers  = "transfers"
	FieldErasure    = "erasure"
)

// ActivityFields are the fields of an activity, in order.
var ActivityFields = []string{FieldPurpose, FieldBasis, FieldSubjects, FieldData, FieldRecipients, FieldTransfers, FieldErasure}

// Label is how the record names the field key.
func Label(key string) string { return texts().Term("label " + key) }

// Get is the field with the key, or a zero Field.
func (a Activity) Get(key string) Field {
	for _, f := range a.Fields {
		if f.Key == key {
			return f
		}
	}
	return Field{}
}

// term is one of the record's words.
func term(name ...string) string { return texts().Term(strings.Join(name, " ")) }

// termOK is term, and whether the record's templates hold it.
func termOK(name ...string) (string, bool) { return texts().TermOK(strings.Join(name, " ")) }

// fill runs a template of the record with data.
func fill(name string, data any) string { return texts().Exec(name, data) }

// gap marks an item art. 30 requires that the answers do not give, as the
// policy does: visible in every format, never silent.
func gap(what string) string { return fill("gap plain", term("missing", what)) }

func orGap(s, what string) string {
	if strings.TrimSpace(s) == "" {
		return gap(what)
	}
	return s
}

// phrase is how the record says one of the business's texts (a legitimate
// interest, a note, a reason, what a vendor does): in the record's own
// words, or cited as the policy's.
type phrase struct {
	text   string // without a final full stop; cited text already in its quotation marks
	quoted bool   // the policy's words, cited
}

// words is the text of the answers the record uses: the record's own words
// for it (a record_ key) when given, else the policy's text when it speaks
// of everyone in the third person, else the policy's text cited as its
// words. Nothing is rewritten.
func words(record, policy string) phrase {
	if t := ownText(record); t != "" {
		return phrase{text: t}
	}
	t := ownText(policy)
	if t == "" || drafts.PolicyVoice(t) == "" {
		return phrase{text: t}
	}
	return phrase{text: quote(t), quoted: true}
}

// ownText is a text of the answers, cleaned and without a final full stop.
func ownText(s string) string {
	return strings.TrimSuffix(strings.TrimSpace(content.Clean(s)), ".")
}

// quote cites the policy's words.
func quote(s string) string { return fill("quote", s) }

// NewRecord builds the record of processing for a, dated made. It is
// deterministic: the same answers and day always give the same record.
func NewRecord(a *drafts.Answers, made drafts.Date) *Record {
	rc := newRecorder(a)
	r := &Record{
		Name:       content.Clean(content.OrDefault(a.Controller.Name, term("nameless"))),
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
			r.Recipients = append(r.Recipients, content.UpperFirst(rc.disclosure(d)))
		}
	}
	if a.Processor.Acts {
		r.Processor = rc.processor()
	}
	return r
}

// Title is the record's heading.
func (r *Record) Title() string { return fill("title", r.Name) }

// Lead says what the record is, when it was made and from which answers.
func (r *Record) Lead() string {
	return fill("lead", map[string]any{
		"Made":      content.LongDate(r.Made),
		"Version":   r.Version,
		"Effective": content.LongDate(r.Effective),
		"Processor": r.Processor != nil,
	})
}

// recorder holds what every part of one record needs: the answers, whose
// a possessive in their names is, and the controller's country profile.
type recorder struct {
	a     *drafts.Answers
	whose string // "den dataansvarliges", "foreningens", "databehandlerens"
	prof  drafts.Profile
}

func newRecorder(a *drafts.Answers) recorder {
	whose := term("whose controller")
	if a.Controller.IsAssociation() {
		whose = term("whose association")
	}
	return recorder{a: a, whose: whose, prof: a.Profile()}
}

// fields collects a part's fields, leaving out the empty ones.
type fields []Field

// add adds a field of the record's own words or of names alike.
func (fs *fields) add(key string, lines ...string) { fs.addOwn(key, false, lines...) }

// addOwn adds a field whose lines start with the record's own words when
// own is true.
func (fs *fields) addOwn(key string, own bool, lines ...string) {
	f := Field{Key: key, Label: Label(key)}
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			f.Lines = append(f.Lines, l)
			f.own = append(f.own, own)
		}
	}
	if len(f.Lines) > 0 {
		*fs = append(*fs, f)
	}
}

// addLines adds a field of lines that each say whether they are the
// record's own words.
func (fs *fields) addLines(key string, ls []line) {
	f := Field{Key: key, Label: Label(key)}
	for _, l := range ls {
		if t := strings.TrimSpace(l.text); t != "" {
			f.Lines = append(f.Lines, t)
			f.own = append(f.own, l.own)
		}
	}
	if len(f.Lines) > 0 {
		*fs = append(*fs, f)
	}
}

// line is a line of a field, and whether it starts with the record's own
// words rather than a name.
type line struct {
	text string
	own  bool
}

func ownLines(ss ...string) []line {
	out := make([]line, len(ss))
	for i, s := range ss {
		out[i] = line{s, true}
	}
	return out
}

// said is a name or short phrase from the answers, cleaned, with its
// possessive pronouns said from the register's side: »din« is »den
// registreredes«, »vores« the controller's (or, in the part as processor,
// the processor's). Only possessives change, so a noun phrase stays
// grammatical; sentences written to the policy's reader are not put
// through it, and not repeated in the record.
func (rc recorder) said(s string) string {
	s = content.Clean(s)
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '-' {
				break
			}
			j += sz
		}
		word := s[i:j]
		if w := rc.possessive(word); w != "" {
			if unicode.IsUpper(r) {
				w = content.UpperFirst(w)
			}
			word = w
		}
		b.WriteString(word)
		i = j
	}
	return b.String()
}

// possessive is whose a possessive pronoun is in the record, or "" for any
// other word. A word in capitals throughout (an abbreviation) is no pronoun.
func (rc recorder) possessive(word string) string {
	switch word {
	case "din", "dit", "dine", "Din", "Dit", "Dine":
		return term("whose subject")
	case "vores", "min", "mit", "mine", "Vores", "Min", "Mit", "Mine":
		return rc.whose
	}
	return ""
}

func (rc recorder) contactFields(role string) fields {
	a := rc.a
	c := a.Controller
	var fs fields
	fs.add(role, orGap(content.Clean(c.Name), "controller-name"))
	if c.IsAssociation() {
		fs.add("organisation", term("association"))
	} else {
		fs.add("legal-form", content.UpperFirst(strings.TrimSpace(content.Clean(c.LegalForm))))
	}
	// The CVR number only when given: an association, or a business outside
	// Denmark, may have none.
	if rc.prof.Danish || c.CountryCode() == "DK" {
		fs.add("cvr", content.Clean(c.CVR))
	} else {
		fs.add("registration", content.Clean(c.CVR))
	}
	addr := strings.TrimSpace(content.Clean(c.Address))
	if town := strings.TrimSpace(content.Clean(c.Postcode) + " " + content.Clean(c.Town)); town != "" {
		addr = strings.TrimPrefix(addr+", "+town, ", ")
	}
	if addr != "" && c.CountryCode() != "DK" {
		addr += ", " + content.CountryText(c.CountryCode())
	}
	fs.add("address", addr)
	fs.add("email", content.Clean(c.Email))
	fs.add("phone", content.Clean(c.Phone))
	if strings.TrimSpace(addr+content.Clean(c.Email)+content.Clean(c.Phone)) == "" {
		fs.add("contact", gap("contact"))
	}
	fs.add("website", content.Clean(c.Website))
	fs.add("contact-person", content.Clean(c.ContactPerson))
	// Art. 30(1)(a) and (2)(a): the row is there also when the answers
	// name no DPO, so a reader sees it was not forgotten.
	dpo := term("none given")
	if d := a.DPO; d != nil {
		dpo = content.OrDefault(content.JoinNonEmpty(", ", d.Name, d.Email, d.Phone), dpo)
	}
	fs.add("dpo", dpo)
	return fs
}

func (rc recorder) controller() []Field {
	a := rc.a
	fs := rc.contactFields("controller")
	if r := a.Representative; r != nil {
		fs.add("representative", content.JoinNonEmpty(", ", r.Name, r.Address, r.Email))
	} else if co, ok := drafts.CountryByCode(a.Controller.CountryCode()); ok && co.EEA {
		fs.addOwn("representative", true, term("no representative"))
	}
	var joint []string
	for _, v := range a.ResolvedVendors() {
		isJoint := v.Role == "joint" || strings.TrimSpace(v.JointFor) != ""
		for _, r := range v.PurposeRoles {
			isJoint = isJoint || r == "joint"
		}
		if !isJoint {
			continue
		}
		what := words(v.RecordJointFor, v.JointFor)
		if what.text == "" {
			what = words(v.RecordService, v.Service)
		}
		joint = append(joint, fill("joint line", map[string]any{
			"Vendor": vendorText(v),
			"What":   what.text,
			"Quoted": what.quoted,
			"URL":    content.Clean(v.PrivacyURL),
		}))
	}
	fs.add("joint", joint...)
	return fs
}

func (rc recorder) activity(p drafts.Purpose, vendors []drafts.Vendor) Activity {
	act := Activity{ID: p.ID, Name: rc.activityName(p)}
	var fs fields
	fs.add(FieldPurpose, rc.purpose(p, act.Name))
	fs.addLines(FieldBasis, rc.basis(p))
	var groups []string
	for _, g := range p.Subjects {
		groups = append(groups, rc.group(g))
	}
	fs.add(FieldSubjects, orGap(content.UpperFirst(content.JoinAnd(groups)), "subjects"))
	var data []string
	for _, id := range p.Data {
		data = append(data, rc.category(id))
	}
	fs.add(FieldData, orGap(content.UpperFirst(content.JoinAnd(data)), "data"))
	recipients, transfers := rc.recipients(p.ID, vendors)
	if len(recipients) == 0 {
		// Art. 30(1)(d): say there are none rather than leave the row
		// out, as for transfers.
		recipients = ownLines(term("no recipients"))
	}
	fs.addLines(FieldRecipients, recipients)
	fs.addLines(FieldTransfers, transfers)
	fs.add(FieldErasure, rc.erasure(p))
	act.Fields = fs
	return act
}

// activityName is what the record calls a purpose: the answers' name for
// the record, or the purpose's name with its possessives said from the
// register's side, or, when the name speaks as the policy does in other
// ways, the name cited.
func (rc recorder) activityName(p drafts.Purpose) string {
	if n := ownText(p.RecordName); n != "" {
		return content.UpperFirst(n)
	}
	return content.UpperFirst(rc.named(p.Name))
}

// named is a name the answers give (a purpose, a group, a category, a
// recipient), with its possessives said from the register's side, or
// cited when it speaks as the policy does in other ways (»Personer, der
// skriver til os«).
func (rc recorder) named(s string) string {
	if n := rc.said(s); drafts.PolicyVoice(n) == "" {
		return n
	}
	return quote(content.Clean(s))
}

// purpose is what an activity is for (art. 30(1)(b)): the answers' words
// for the record, or the purpose's description when it speaks in the third
// person, or else the activity's name, which Datatilsynet's template takes
// as a purpose. A description written to the reader is not rewritten.
func (rc recorder) purpose(p drafts.Purpose, name string) string {
	if w := words(p.RecordPurpose, p.Description); w.text != "" && !w.quoted {
		return content.UpperFirst(w.text)
	}
	return name
}

// group is a group of data subjects as the record names it: an own group by
// its name, a built-in group in the record's words.
func (rc recorder) group(id string) string {
	for _, s := range rc.a.Subjects {
		if s.Key() == id && strings.TrimSpace(s.Name) != "" {
			return content.LowerFirst(rc.named(s.Name))
		}
	}
	if n, ok := termOK("group", id); ok {
		return n
	}
	return content.Clean(id)
}

// category is a data category as the record names it, with its kind: in
// the record's words where the shared name speaks to the reader.
func (rc recorder) category(id string) string {
	name, ok := termOK("category", id)
	if !ok {
		name = rc.named(content.CategoryText(rc.a, id))
	}
	if id == "company" && !rc.prof.Danish {
		name = term("category company abroad")
	}
	if kind := rc.kindNote(content.CategoryKind(rc.a, id)); kind != "" {
		return fill("with kind", map[string]string{"Name": name, "Kind": kind})
	}
	return name
}

func (rc recorder) kindNote(kind string) string {
	switch kind {
	case drafts.KindSpecial:
		return term("kind special")
	case drafts.KindCPR:
		if rc.prof.Danish {
			return term("kind cpr")
		}
		return term("kind cpr abroad")
	case drafts.KindCriminal:
		return term("kind criminal")
	}
	return ""
}

// bases is one set of art. 6 bases in the record's words, in lower case,
// with the law behind a legal obligation and the legitimate interest:
// "retlig forpligtelse (art. 6, stk. 1, litra c), jf. bogføringsloven".
func (rc recorder) bases(p drafts.Purpose, bases []string, interest phrase) string {
	var parts []string
	for _, b := range bases {
		t, ok := termOK("basis", b)
		if !ok {
			t = content.Clean(b)
		}
		if law := strings.TrimSpace(content.Clean(p.Law)); b == "6.1.c" && law != "" {
			t = fill("basis with law", map[string]string{"Basis": t, "Law": law})
		}
		if b == "6.1.f" && interest.text != "" {
			t = fill("basis with interest", map[string]string{"Basis": t, "Interest": interest.text})
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, "; ")
}

// interest is the legitimate interest a purpose states for a group with a
// basis of its own, or the purpose's own when the group states none, as
// the policy does.
func groupInterest(p drafts.Purpose, gb drafts.GroupBasis) phrase {
	if w := words(gb.RecordInterest, gb.Interest); w.text != "" {
		return w
	}
	return words(p.RecordInterest, p.Interest)
}

// basis is a purpose's legal bases: one line per group of people with a
// basis of its own, then the art. 9 exception for each sensitive category,
// and the Danish rules for CPR numbers (§ 11) and criminal offences (§ 8).
func (rc recorder) basis(p drafts.Purpose) []line {
	var out []string
	if len(p.ByGroup) == 0 {
		if len(p.Basis) > 0 {
			out = append(out, content.UpperFirst(rc.bases(p, p.Basis, words(p.RecordInterest, p.Interest))))
		}
	} else {
		var rest []string
		for _, g := range p.Subjects {
			if !content.HasOwnBasis(p, g) {
				rest = append(rest, rc.group(g))
			}
		}
		if len(rest) > 0 && len(p.Basis) > 0 {
			out = append(out, fill("basis for group", map[string]string{"Groups": content.JoinAnd(rest), "Bases": rc.bases(p, p.Basis, words(p.RecordInterest, p.Interest))}))
		}
		for _, gb := range p.ByGroup {
			if len(gb.Basis) > 0 {
				out = append(out, fill("basis for group", map[string]string{"Groups": rc.group(gb.Group), "Bases": rc.bases(p, gb.Basis, groupInterest(p, gb))}))
			}
		}
	}
	// The art. 9 exception per sensitive category, grouped when several
	// categories share the same exception and rule.
	type use struct {
		basis, law string
		note       phrase
		cats       []string
	}
	var uses []use
	for _, id := range p.Data {
		if content.CategoryKind(rc.a, id) != drafts.KindSpecial {
			continue
		}
		sb := p.SensitiveBasisFor(id)
		if _, ok := termOK("special-basis", sb.Basis); !ok {
			continue
		}
		law := ""
		if t, ok := termOK("sensitive-law", sb.Law); ok && rc.prof.Danish {
			law = t
		}
		cat := rc.named(content.CategoryText(rc.a, id))
		note := words(sb.RecordNote, sb.Note)
		if i := slices.IndexFunc(uses, func(u use) bool { return u.basis == sb.Basis && u.law == law && u.note == note }); i >= 0 {
			uses[i].cats = append(uses[i].cats, cat)
		} else {
			uses = append(uses, use{sb.Basis, law, note, []string{cat}})
		}
	}
	for _, u := range uses {
		out = append(out, fill("special line", map[string]any{
			"Cats": content.JoinAnd(u.cats), "Basis": term("special-basis", u.basis), "Law": u.law,
			"Note": u.note.text, "Quoted": u.note.quoted,
		}))
	}
	if rc.prof.Danish {
		if t, ok := termOK("cpr-basis", p.CPRBasis); ok && content.HasKind(rc.a, p, drafts.KindCPR) {
			out = append(out, fill("cpr line", t))
		}
		if t, ok := termOK("criminal-basis", p.CriminalBasis); ok && content.HasKind(rc.a, p, drafts.KindCriminal) {
			out = append(out, fill("criminal line", t))
		}
	}
	return ownLines(out...)
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
	own := words("", v.ControllerFor)
	data := map[string]any{
		"Name":          content.PronounLower(vendorText(v)),
		"Kind":          "",
		"Country":       "",
		"Service":       words(v.RecordService, v.Service).text,
		"ControllerFor": own.text,
		"OwnQuoted":     own.quoted,
		"Who":           content.VendorName(v),
	}
	// The company answers for its own use of the data, not its product:
	// »Meta Platforms Ireland Ltd er desuden selvstændig dataansvarlig …«.
	if content.Known(v.Entity) {
		data["Who"] = content.Clean(v.Entity)
	}
	if cat := drafts.Label(drafts.RecipientCategories, v.Category); cat != "" && strings.TrimSpace(v.Name) != "" {
		data["Kind"] = content.LowerFirst(cat)
	}
	if _, ok := drafts.CountryByCode(v.Country); ok {
		data["Country"] = content.CountryText(v.Country)
	}
	return fill("vendor line", data)
}

// recipients lists who receives data for a purpose, by kind of recipient
// (processors, independent and joint controllers, others) with its role
// for that purpose, and the transfers to third countries among them.
func (rc recorder) recipients(purpose string, vendors []drafts.Vendor) (recipients, transfers []line) {
	var used []drafts.Vendor
	for _, role := range drafts.Roles {
		for _, v := range vendors {
			if !slices.Contains(v.Purposes, purpose) || v.RoleFor(purpose) != role.ID {
				continue
			}
			used = append(used, v)
			l := rc.vendorLine(v)
			if strings.TrimSpace(v.Name) == "" {
				// A kind of recipient is a common noun inside the
				// sentence: "selvstændig dataansvarlig: revisor".
				l = content.LowerFirst(l)
			}
			recipients = append(recipients, line{fill("recipient", map[string]string{"Role": term("role", role.ID), "Vendor": l}), true})
		}
	}
	// A recipient whose role the answers do not give is still a recipient.
	for _, v := range vendors {
		if slices.Contains(v.Purposes, purpose) && drafts.Label(drafts.Roles, v.RoleFor(purpose)) == "" {
			used = append(used, v)
			recipients = append(recipients, line{fill("recipient without role", rc.vendorLine(v)), true})
		}
	}
	var others []string
	for _, d := range rc.a.Disclosures {
		if slices.Contains(d.Purposes, purpose) {
			others = append(others, rc.disclosure(d))
		}
	}
	if len(others) > 0 {
		recipients = append(recipients, line{fill("other recipients", strings.Join(others, "; ")), true})
	}
	transfers = rc.transfers(used, term("who recipients"))
	if len(used) == 0 && len(others) > 0 {
		// The row above names recipients; "no vendors" would not answer
		// the question (record review 2, Y1).
		transfers = ownLines(term("no transfers to others"))
	}
	return recipients, transfers
}

// recipientName is a recipient the answers name, inside a sentence, as the
// policy has it: "kommunen", "den registreredes bopælskommune".
func (rc recorder) recipientName(d drafts.Disclosure) string {
	return rc.named(content.PronounLower(content.Clean(d.Recipient)))
}

// disclosure is a recipient the answers name, with when and why it gets
// the data: "Skattestyrelsen (indberetning af løn til eIndkomst)".
func (rc recorder) disclosure(d drafts.Disclosure) string {
	why := words(d.RecordReason, d.Reason)
	return fill("disclosure", map[string]any{"Name": rc.recipientName(d), "Reason": why.text, "Quoted": why.quoted})
}

// transfers are the third-country transfers of vendors. "Ingen" is said only
// when every vendor's processing country is known and in the EU/EEA and
// none has access from outside; a vendor whose country the answers do not
// give is a visible gap.
func (rc recorder) transfers(vendors []drafts.Vendor, who string) []line {
	var out []line
	unknown := false
	for _, v := range vendors {
		if _, ok := drafts.CountryByCode(v.Country); !ok {
			unknown = true
			out = append(out, line{fill("gap plain", fill("missing where", content.VendorName(v))), false})
			continue
		}
		for _, l := range rc.transferLines(v) {
			out = append(out, line{l, false})
		}
	}
	switch {
	case len(vendors) > 0 && len(out) == 0 && !unknown:
		out = ownLines(fill("no transfers", who))
	case len(vendors) == 0:
		// Art. 30(1)(e) asks for transfers "where applicable": say there
		// are none rather than leave the row out.
		out = ownLines(term("no vendors"))
	}
	return out
}

// transferLines are a vendor's transfers to third countries: processing
// there, and access from there (support, say), each with the country, the
// receiving entity and the safeguard, then the vendor's note as written.
func (rc recorder) transferLines(v drafts.Vendor) []string {
	var out []string
	name := vendorText(v)
	if !drafts.InEEA(v.Country) {
		to := ""
		if content.Known(v.TransferTo) && v.TransferTo != v.Entity {
			to = content.Clean(v.TransferTo)
		}
		out = append(out, fill("transfer", map[string]string{
			"Country": content.CountryText(v.Country), "Vendor": name, "To": to, "Safeguard": rc.safeguard(v.Transfer),
		}))
	}
	if content.Known(v.RemoteAccess) {
		var cs []string
		for _, c := range v.RemoteCountries {
			cs = append(cs, content.CountryText(c))
		}
		out = append(out, fill("transfer access", map[string]string{
			"Vendor": name, "From": content.JoinAnd(cs), "Safeguard": rc.safeguard(v.RemoteAccess),
		}))
	}
	if note := strings.TrimSuffix(strings.TrimSpace(content.Clean(v.TransferNote)), "."); note != "" && len(out) > 0 {
		out[len(out)-1] += ". " + note
	}
	return out
}

// safeguard is the art. 44–49 ground of a transfer, or a gap.
func (rc recorder) safeguard(id string) string {
	if t, ok := termOK("safeguard", id); ok {
		return t
	}
	return gap("safeguard")
}

// retention is a purpose's time limit in the record's words, without the
// law: "5 år fra udgangen af det regnskabsår, oplysningerne vedrører".
// Volunteers have no »hverv«, so a purpose only for them counts from when
// they stop. No start point is invented where the answers give none.
func (rc recorder) retention(p drafts.Purpose) string {
	r := p.Retention
	per, err := drafts.ParsePeriod(r.Period)
	ps := content.Clean(r.Period)
	if err == nil {
		ps = per.String()
	}
	after := r.After
	if after == "office_end" && len(p.Subjects) > 0 && !slices.ContainsFunc(p.Subjects, func(g string) bool { return g != "volunteers" }) {
		after = "volunteering_end"
	}
	switch after {
	case "consent_withdrawn", "account_active":
		return fill("retention "+after, ps)
	case "fiscal_calendar_year_end":
		if err == nil {
			return fill("retention "+after, content.OrdinalYear(rc.a, r.Period))
		}
	}
	switch {
	case ps == "":
		return ""
	case err != nil || after == "" || !texts().Has("retention "+after):
		return fill("retention", ps)
	}
	return fill("retention "+after, ps)
}

// erasure is a purpose's time limit for erasure (art. 30(1)(f)): the period
// and that the law requires it when the answers say so, naming the law
// only when the purpose names it.
func (rc recorder) erasure(p drafts.Purpose) string {
	s := rc.retention(p)
	if s == "" {
		return ""
	}
	// A note qualifies the time limit ("derefter opbevares kun …"): the
	// record keeps it, in its own words or cited.
	note := words(p.Retention.RecordNote, p.Retention.Note)
	s = fill("retention note", map[string]any{"Text": s, "Note": note.text, "Quoted": note.quoted})
	if !p.Retention.ByLaw {
		return s
	}
	return fill("kept by law", map[string]string{"Period": s, "Law": content.KeepingLaw(p)})
}

func (rc recorder) security() []string {
	a := rc.a
	var out []string
	for _, m := range a.Security.Measures {
		if t, ok := termOK("measure", m); ok {
			out = append(out, t)
		}
	}
	// The business's own measures, as it wrote them, or cited when they
	// speak as the policy does.
	for _, o := range a.Security.Other {
		if s := words("", o).text; s != "" {
			out = append(out, content.UpperFirst(s))
		}
	}
	if len(out) == 0 {
		// Art. 30(1)(g) and (2)(d): the row is there also when the answers
		// give no measures, as a visible gap (check asks for them).
		out = []string{gap("security")}
	}
	return out
}

func (rc recorder) processor() *ProcessorRecord {
	a := rc.a
	pr := a.Processor
	// In this part the business is the processor: »vores kunder« in a
	// name is the processor's customers.
	if !a.Controller.IsAssociation() {
		rc.whose = term("whose processor")
	}
	var groups []string
	for _, g := range pr.Subjects {
		groups = append(groups, rc.group(g))
	}
	var data []string
	for _, id := range pr.Data {
		data = append(data, rc.category(id))
	}
	var controllers fields
	controllers.addLines("controllers", []line{
		{term("customers"), true},
		// Art. 30(2)(a) wants each controller's name and contact
		// details: a kept list, said where, or a gap.
		{fill("customer list", orGap(strings.TrimSuffix(rc.named(pr.CustomerList), "."), "customer-list")), true},
	})
	var processing fields
	// What the business does for its customers (art. 30(2)(b)): the
	// record's words for it, or the policy's, cited when they speak to its
	// reader.
	processing.add("processing", content.UpperFirst(orGap(words(pr.RecordDescription, pr.Description).text, "processing")))
	processing.add("processor-subjects", content.UpperFirst(content.JoinAnd(groups)))
	processing.add("processor-data", content.UpperFirst(content.JoinAnd(data)))
	out := &ProcessorRecord{Processor: rc.contactFields("processor"), Controllers: controllers}
	// Sub-processors and their transfers are known only when the answers
	// name them; otherwise the record says nothing about them.
	if subs := a.SubProcessors(); len(subs) > 0 {
		var lines []string
		for _, v := range subs {
			lines = append(lines, rc.vendorLine(v))
		}
		processing.add("sub-processors", lines...)
		for _, l := range rc.transfers(subs, term("who sub-processors")) {
			out.Transfers = append(out.Transfers, l.text)
		}
	}
	out.Processing = processing
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
