package record

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// TestRecordRowsArticle30: every record names the DPO and representative
// rows (art. 30(1)(a)), has a transfers row in every activity (litra e),
// and calls each activity by the record's name for it, or else by the
// purpose's name as the policy has it, possessives aside.
func TestRecordRowsArticle30(t *testing.T) {
	for name, a := range testkit.Everything(t) {
		r := NewRecord(a, a.Document.Effective)
		labels := map[string]bool{}
		for _, f := range r.Controller {
			labels[f.Label] = true
		}
		for _, l := range []string{"Databeskyttelsesrådgiver (DPO)", "Repræsentant i EU (art. 27)"} {
			if !labels[l] {
				t.Errorf("%s: the record has no row %q", name, l)
			}
		}
		for i, act := range r.Activities {
			if len(act.Get(FieldTransfers).Lines) == 0 {
				t.Errorf("%s: %q has no litra e row", name, act.Name)
			}
			p := a.Purposes[i]
			want := content.UpperFirst(newRecorder(a).said(p.Name))
			if rn := strings.TrimSpace(p.RecordName); rn != "" {
				want = content.UpperFirst(content.Clean(rn))
			}
			if act.Name != want {
				t.Errorf("%s: the record calls %q %q, want %q", name, p.Name, act.Name, want)
			}
		}
	}
}

// TestRecordActivitiesStayInTheControllersRole: an activity in the record
// as controller (art. 30(1)) never says the controller processes the data
// on someone else's behalf, which contradicts the role (that belongs in
// the record as processor), and never points into the policy's sections,
// which the record does not have.
func TestRecordActivitiesStayInTheControllersRole(t *testing.T) {
	for name, a := range testkit.AllAnswers(t) {
		for _, act := range NewRecord(a, drafts.DateOf(testkit.KindsNow)).Activities {
			for _, label := range []string{FieldPurpose, FieldErasure} {
				text := strings.Join(act.Get(label).Lines, " ")
				// A vendor acting »på den dataansvarliges vegne« is right.
				text = strings.ReplaceAll(text, "på den dataansvarliges vegne", "")
				for _, bad := range []string{"vegne", "se afsnittet", "se »"} {
					if strings.Contains(text, bad) {
						t.Errorf("%s: »%s«, %s, says %q: %s", name, act.Name, label, bad, text)
					}
				}
			}
		}
	}
}

// TestRecordSmallWords: every activity has a row for recipients (»Ingen«
// when there are none, as for transfers); »efter at« before a clause, as
// the policy writes; a recipient named as a common noun in lower case
// inside the sentence; art. 9(2)(g) in its own plural.
func TestRecordSmallWords(t *testing.T) {
	for name, a := range testkit.AllAnswers(t) {
		rec := NewRecord(a, drafts.DateOf(testkit.KindsNow))
		md := string(rec.Markdown())
		for _, bad := range []string{"efter kontoen er", "efter sagen er", "andre modtagere: Den ", "andre modtagere: Kommunen", "dataansvarlig: Revisor", "dataansvarlig: Fragtfirma", "væsentlig samfundsinteresse "} {
			if strings.Contains(md, bad) {
				t.Errorf("%s: the record says %q", name, bad)
			}
		}
		for _, act := range rec.Activities {
			if len(act.Get(FieldRecipients).Lines) == 0 {
				t.Errorf("%s: »%s« has no row for recipients (litra d)", name, act.Name)
			}
		}
		for _, f := range rec.Controller {
			if f.Label == "Virksomhedsform" && f.Lines[0] != content.UpperFirst(f.Lines[0]) {
				t.Errorf("%s: %s | %s", name, f.Label, f.Lines[0])
			}
		}
	}
}

func TestRecordGolden(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		t.Run(name, func(t *testing.T) {
			testkit.CheckGolden(t, name+".md", NewRecord(a, testkit.RecordDay).Markdown())
		})
	}
}

// TestRecordCoversArticle30 checks every example's record against the items
// of art. 30 that its answers can fill.
func TestRecordCoversArticle30(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		r := NewRecord(a, testkit.RecordDay)
		md := string(r.Markdown())
		if !strings.Contains(md, "21. november 2026") {
			t.Errorf("%s: the record is not dated", name)
		}
		if v := a.Document.Version; v != "" && !strings.Contains(md, "version "+content.Esc(v)) {
			t.Errorf("%s: the record does not name the answers' version %q", name, v)
		}
		for _, want := range []string{a.Controller.Name, a.Controller.Email, a.Controller.CVR} {
			if want != "" && !strings.Contains(md, content.Esc(want)) {
				t.Errorf("%s: controller detail %q missing (litra a)", name, want)
			}
		}
		if a.DPO != nil && !strings.Contains(md, "Databeskyttelsesrådgiver") {
			t.Errorf("%s: DPO missing (litra a)", name)
		}
		if len(r.Activities) != len(a.Purposes) {
			t.Fatalf("%s: %d activities for %d purposes", name, len(r.Activities), len(a.Purposes))
		}
		for i, act := range r.Activities {
			p := a.Purposes[i]
			for _, l := range []string{FieldPurpose, FieldBasis, FieldData, FieldErasure} {
				if len(act.Get(l).Lines) == 0 {
					t.Errorf("%s: activity %q has no %q", name, act.Name, l)
				}
			}
			if len(p.Subjects) > 0 && len(act.Get(FieldSubjects).Lines) == 0 {
				t.Errorf("%s: activity %q lacks its data subjects", name, act.Name)
			}
			recipients := strings.Join(act.Get(FieldRecipients).Lines, "\n")
			transfers := strings.Join(act.Get(FieldTransfers).Lines, "\n")
			for _, v := range a.ResolvedVendors() {
				if !slices.Contains(v.Purposes, p.ID) {
					continue
				}
				who := vendorText(v)
				if !strings.Contains(strings.ToLower(recipients), strings.ToLower(who)) {
					t.Errorf("%s: %q: recipient %q missing (litra d)", name, act.Name, who)
				}
				if !content.InEEA(v.Country) && !strings.Contains(transfers, content.CountryText(v.Country)+": ") {
					t.Errorf("%s: %q: transfer to %s by %q missing (litra e)", name, act.Name, v.Country, who)
				}
				if content.Known(v.RemoteAccess) && !strings.Contains(transfers, who+": adgang til oplysningerne fra") {
					t.Errorf("%s: %q: access from outside the EU/EEA by %q missing (litra e)", name, act.Name, who)
				}
				if content.InEEA(v.Country) && !content.Known(v.RemoteAccess) && v.TransferNote == "" && strings.Contains(transfers, who) {
					t.Errorf("%s: %q: %q is in the EU/EEA but listed as a transfer", name, act.Name, who)
				}
				if n := strings.TrimSuffix(content.Clean(v.TransferNote), "."); n != "" && (!content.InEEA(v.Country) || content.Known(v.RemoteAccess)) && !strings.Contains(transfers, n) {
					t.Errorf("%s: %q: the transfer note of %q is missing", name, act.Name, who)
				}
				if strings.HasPrefix(transfers, "Ingen") && ((!content.InEEA(v.Country) || content.Known(v.RemoteAccess)) || content.Known(v.RemoteAccess) || !drafts.InEEA(v.Country)) {
					t.Errorf("%s: %q: says no transfer, but %q says otherwise", name, act.Name, who)
				}
			}
		}
		if len(a.Security.Measures)+len(a.Security.Other) > 0 && !strings.Contains(md, "sikkerhedsforanstaltninger (art. 30, stk. 1, litra g)") {
			t.Errorf("%s: security measures missing (litra g)", name)
		}
		if (r.Processor != nil) != a.Processor.Acts {
			t.Errorf("%s: processor record present = %v, but processor.acts = %v", name, r.Processor != nil, a.Processor.Acts)
		}
		if a.Processor.Acts && !strings.Contains(md, "art. 30, stk. 2, litra b") {
			t.Errorf("%s: processor record lacks the categories of processing", name)
		}
		// The notes the record cites are in quotation marks; nothing else.
		for _, bad := range []string{"indsæt", "«", "TODO", "<no value>"} {
			if strings.Contains(withoutCitations(md), bad) {
				t.Errorf("%s: record contains %q", name, bad)
			}
		}
	}
}

func TestRecordHTMLPage(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		h, err := NewRecord(a, testkit.RecordDay).HTML()
		if err != nil {
			t.Fatal(err)
		}
		s := string(h)
		if !strings.HasPrefix(s, "<!DOCTYPE html>\n<html lang=\"da\">") || !strings.Contains(s, "@media print") || !strings.Contains(s, `<article class="fortegnelse">`) {
			t.Errorf("%s: record is not a page in the policy's style", name)
		}
		if n := strings.Count(s, "<ol"); n != 1 {
			t.Errorf("%s: %d numbered lists, want only the table of contents", name, n)
		}
		if strings.Contains(s, "raw HTML omitted") || strings.Contains(s, `\`) {
			t.Errorf("%s: escaping shows in the HTML", name)
		}
	}
}

// TestRecordXLSX opens each example's workbook as a zip, as Excel does, and
// reads the sheets' XML: every purpose must be a row of the first sheet, and
// a processor gets a second sheet.
func TestRecordXLSX(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		data, err := NewRecord(a, testkit.RecordDay).XLSX()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sheets := readXLSX(t, data)
		want := []string{term("sheet controller")}
		if a.Processor.Acts {
			want = append(want, term("sheet processor"))
		}
		if len(sheets) != len(want) {
			t.Fatalf("%s: %d sheets, want %v", name, len(sheets), want)
		}
		first := strings.Join(sheets[0], "\n")
		head := []string{term("column activity")}
		for _, k := range ActivityFields {
			head = append(head, Label(k))
		}
		for _, h := range head {
			if !strings.Contains(first, h) {
				t.Errorf("%s: header %q missing", name, h)
			}
		}
		r := NewRecord(a, testkit.RecordDay)
		rc := newRecorder(a)
		for i, p := range a.Purposes {
			if !slices.Contains(sheets[0], r.Activities[i].Name) {
				t.Errorf("%s: purpose %q is not a cell of the first sheet", name, p.Name)
			}
			if !strings.Contains(first, rc.retention(p)) {
				t.Errorf("%s: retention of %q missing", name, p.Name)
			}
		}
		if a.Processor.Acts && !strings.Contains(strings.Join(sheets[1], "\n"), r.Processor.Processing[0].Lines[0]) {
			t.Errorf("%s: processor sheet lacks the processing", name)
		}
	}
}

// readXLSX returns the text of every cell, sheet by sheet in workbook order.
func readXLSX(t *testing.T, data []byte) [][]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	read := func(name string) []byte {
		for _, f := range zr.File {
			if f.Name == name {
				rc, err := f.Open()
				if err != nil {
					t.Fatal(err)
				}
				defer rc.Close()
				b, err := io.ReadAll(rc)
				if err != nil {
					t.Fatal(err)
				}
				return b
			}
		}
		return nil
	}
	for _, part := range []string{"[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml"} {
		if read(part) == nil {
			t.Fatalf("workbook lacks %s", part)
		}
	}
	var sst struct {
		SI []struct {
			T string `xml:"t"`
			R []struct {
				T string `xml:"t"`
			} `xml:"r"`
		} `xml:"si"`
	}
	if b := read("xl/sharedStrings.xml"); b != nil {
		if err := xml.Unmarshal(b, &sst); err != nil {
			t.Fatalf("sharedStrings.xml: %v", err)
		}
	}
	shared := make([]string, len(sst.SI))
	for i, si := range sst.SI {
		shared[i] = si.T
		for _, r := range si.R {
			shared[i] += r.T
		}
	}
	var out [][]string
	for i := 1; ; i++ {
		b := read("xl/worksheets/sheet" + strconv.Itoa(i) + ".xml")
		if b == nil {
			return out
		}
		var ws struct {
			Rows []struct {
				C []struct {
					T  string `xml:"t,attr"`
					V  string `xml:"v"`
					IS struct {
						T string `xml:"t"`
					} `xml:"is"`
				} `xml:"c"`
			} `xml:"sheetData>row"`
		}
		if err := xml.Unmarshal(b, &ws); err != nil {
			t.Fatalf("sheet%d.xml: %v", i, err)
		}
		var cells []string
		for _, r := range ws.Rows {
			for _, c := range r.C {
				switch c.T {
				case "s":
					n, err := strconv.Atoi(c.V)
					if err != nil || n >= len(shared) {
						t.Fatalf("sheet%d.xml: bad shared string %q", i, c.V)
					}
					cells = append(cells, shared[n])
				case "inlineStr":
					cells = append(cells, c.IS.T)
				default:
					cells = append(cells, c.V)
				}
			}
		}
		out = append(out, cells)
	}
}

// TestRecordHostileTextKeepsStructure puts every hostile text into every
// free-text answer: the record keeps its headings and elements, and the
// workbook is still written.
func TestRecordHostileTextKeepsStructure(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		base := NewRecord(testkit.WithText(t, a, "Almindelig tekst"), testkit.RecordDay)
		wantLevels := testkit.MDHeadings(base.Markdown())
		baseHTML, err := base.HTML()
		if err != nil {
			t.Fatal(err)
		}
		wantTags, wantAttrs, wantHeadings, _ := testkit.HTMLShape(t, baseHTML)
		for i, s := range testkit.Hostile {
			r := NewRecord(testkit.WithText(t, a, s), testkit.RecordDay)
			if got := testkit.MDHeadings(r.Markdown()); !slices.Equal(got, wantLevels) {
				t.Errorf("%s/%d: Markdown headings changed for %q:\n got %v\nwant %v", name, i, s, got, wantLevels)
			}
			h, err := r.HTML()
			if err != nil {
				t.Fatal(err)
			}
			tags, attrs, headings, hrefs := testkit.HTMLShape(t, h)
			for tag := range tags {
				if !wantTags[tag] {
					t.Errorf("%s/%d: element <%s> came from user text %q", name, i, tag, s)
				}
			}
			for at := range attrs {
				if !wantAttrs[at] {
					t.Errorf("%s/%d: attribute %s came from user text %q", name, i, at, s)
				}
			}
			if !slices.Equal(headings, wantHeadings) {
				t.Errorf("%s/%d: HTML headings changed for %q", name, i, s)
			}
			for _, href := range hrefs {
				if !strings.HasPrefix(href, "#") {
					t.Errorf("%s/%d: link %q came from user text %q", name, i, href, s)
				}
			}
			if i%8 == 0 || len(s) > 1000 { // the workbook is slower; a sample of the texts suffices
				if _, err := r.XLSX(); err != nil {
					t.Errorf("%s/%d: xlsx: %v", name, i, err)
				}
			}
		}
	}
}

// TestProcessorRecordTransfers: the processor's transfers come only from
// the sub-processors the answers name.
func TestProcessorRecordTransfers(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["tidsflow"])
	a.Processor.Vendors = []string{"openai", "Hetzner"}
	if ps := drafts.Validate(a); len(ps) > 0 {
		t.Fatal(ps)
	}
	pr := NewRecord(a, testkit.RecordDay).Processor
	want := []string{"USA: OpenAI (API; OpenAI Ireland Ltd, Irland) – overførsel til OpenAI OpCo LLC, grundlag: standardkontraktbestemmelser"}
	if !slices.Equal(pr.Transfers, want) {
		t.Errorf("transfers = %q, want %q", pr.Transfers, want)
	}
	a.Processor.Vendors = nil
	r := NewRecord(a, testkit.RecordDay)
	md := string(r.Markdown())
	if len(r.Processor.Transfers) > 0 || strings.Contains(md, "Underdatabehandlere") || strings.Contains(md, "stk. 2, litra c") {
		t.Error("without named sub-processors the record must not state the processor's transfers")
	}
	a.Processor.Vendors = []string{"hetzer"}
	if ps := drafts.Validate(a); len(ps) != 1 || ps[0].Path != "processor.vendors[1]" || !strings.Contains(ps[0].Message, `mente du "hetzner"`) {
		t.Errorf("unknown sub-processor: %+v", ps)
	}
}

// TestRecordControllerParties: art. 30(1)(a) names the DPO and the EU
// representative with their contact details when the answers have them.
func TestRecordControllerParties(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["helle-falsberg"])
	a.DPO = &drafts.Contact{Name: "Dorte Dahl", Email: "dpo@example.dk", Phone: "12 34 56 78"}
	a.Representative = &drafts.Representative{Name: "Rep ApS", Address: "Vej 1, 1000 København K", Email: "rep@example.dk"}
	fs := NewRecord(a, testkit.RecordDay).Controller
	want := map[string]string{
		"Databeskyttelsesrådgiver (DPO)": "Dorte Dahl, dpo@example.dk, 12 34 56 78",
		"Repræsentant i EU (art. 27)":    "Rep ApS, Vej 1, 1000 København K, rep@example.dk",
	}
	for label, v := range want {
		found := false
		for _, f := range fs {
			found = found || (f.Label == label && slices.Equal(f.Lines, []string{v}))
		}
		if !found {
			t.Errorf("%s: %q missing in %+v", label, v, fs)
		}
	}
}

func TestRecordOnSave(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["tidsflow"])
	if p, data, err := RecordOnSave(a, "kunder/tidsflow.toml", testkit.RecordDay); p != "" || data != nil || err != nil {
		t.Errorf("no document.record: got %q, %d bytes, %v", p, len(data), err)
	}
	for _, format := range drafts.IDs(drafts.RecordFormats) {
		a.Document.Record = format
		p, data, err := RecordOnSave(a, "kunder/tidsflow.toml", testkit.RecordDay)
		if err != nil || p != "kunder/tidsflow-fortegnelse."+format || len(data) == 0 {
			t.Errorf("%s: got %q, %d bytes, %v", format, p, len(data), err)
		}
	}
}

// TestRecordRetentionStartOnlyWhenAnswered: the record names a start point
// for a period only when the answers give it.
func TestRecordRetentionStartOnlyWhenAnswered(t *testing.T) {
	for name, a := range testkit.Everything(t) {
		b := testkit.Clone(t, a)
		for i := range b.Purposes {
			if b.Purposes[i].Retention.After == "collection" {
				b.Purposes[i].Retention.After = ""
			}
		}
		if rec := string(NewRecord(b, b.Document.Effective).Markdown()); strings.Contains(rec, "fra indsamlingen") {
			t.Errorf("%s: the record names a start point the answers do not give", name)
		}
	}
}

// TestErasureNamesTheKeepingLaw: the time limit for erasure of data a law
// requires kept names the law that requires the keeping, as the policy's
// rights section does, and never a law the answers do not give.
func TestErasureNamesTheKeepingLaw(t *testing.T) {
	kept := 0
	for name, a := range testkit.AllAnswers(t) {
		rec := NewRecord(a, drafts.DateOf(testkit.KindsNow))
		for _, p := range a.Purposes {
			if !p.Retention.ByLaw {
				continue
			}
			kept++
			law := content.KeepingLaw(p)
			var erasure string
			for _, act := range rec.Activities {
				if act.ID == p.ID {
					erasure = strings.Join(act.Get(FieldErasure).Lines, " ")
				}
			}
			if law != "" && !strings.Contains(erasure, "krævet efter "+law) {
				t.Errorf("%s: the record's time limit for »%s« does not name %q: %s", name, p.Name, law, erasure)
			}
			if law == "" && !strings.Contains(erasure, "krævet ved lov") {
				t.Errorf("%s: the record's time limit for »%s« names a law the answers do not give: %s", name, p.Name, erasure)
			}
		}
	}
	if kept == 0 {
		t.Fatal("no answers keep data because the law requires it; the test checks nothing")
	}
}

// withoutCitations is s without the business's texts the record cites in
// the policy's words.
func withoutCitations(s string) string {
	return citation().ReplaceAllString(s, "")
}

// citation matches a text the record cites in the policy's words, in any
// format: the quote template around text without its closing mark.
var citation = sync.OnceValue(func() *regexp.Regexp {
	open, close, _ := strings.Cut(fill("quote", "\x00"), "\x00")
	return regexp.MustCompile(regexp.QuoteMeta(open) + `[^«]*` + regexp.QuoteMeta(close))
})

// TestSecurityRowAlways: art. 30(1)(g) is in every record, as a visible
// gap when the answers give no security measures (review 3, finding 3).
func TestSecurityRowAlways(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["tidsflow"])
	a.Security = drafts.Security{}
	md := string(NewRecord(a, testkit.RecordDay).Markdown())
	for _, want := range []string{"(art. 30, stk. 1, litra g)", "(art. 30, stk. 2, litra d)", "mangler: en generel beskrivelse af de tekniske og organisatoriske sikkerhedsforanstaltninger"} {
		if !strings.Contains(md, want) {
			t.Errorf("the record without security answers lacks %q", want)
		}
	}
	a.Security.Other = []string{"Kontoret er låst om natten."}
	if md := string(NewRecord(a, testkit.RecordDay).Markdown()); strings.Contains(md, "mangler: en generel beskrivelse") {
		t.Error("a gap although the answers give a measure")
	}
}
