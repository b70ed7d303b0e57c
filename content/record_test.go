package content

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

// recordDay dates the records in the golden files.
var recordDay = drafts.Date{Year: 2026, Month: 11, Day: 21}

func TestRecordGolden(t *testing.T) {
	for name, a := range examples(t) {
		t.Run(name, func(t *testing.T) {
			checkGoldenAt(t, filepath.Join("testdata", "record", name+".md"), NewRecord(a, recordDay).Markdown())
		})
	}
}

// TestRecordCoversArticle30 checks every example's record against the items
// of art. 30 that its answers can fill.
func TestRecordCoversArticle30(t *testing.T) {
	for name, a := range examples(t) {
		r := NewRecord(a, recordDay)
		md := string(r.Markdown())
		if !strings.Contains(md, "21. november 2026") {
			t.Errorf("%s: the record is not dated", name)
		}
		if v := a.Document.Version; v != "" && !strings.Contains(md, "version "+esc(v)) {
			t.Errorf("%s: the record does not name the answers' version %q", name, v)
		}
		for _, want := range []string{a.Controller.Name, a.Controller.Email, a.Controller.CVR} {
			if want != "" && !strings.Contains(md, esc(want)) {
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
			for _, l := range []string{LabelPurpose, LabelBasis, LabelData, LabelErasure} {
				if len(act.Get(l).Lines) == 0 {
					t.Errorf("%s: activity %q has no %q", name, act.Name, l)
				}
			}
			if len(p.Subjects) > 0 && len(act.Get(LabelSubjects).Lines) == 0 {
				t.Errorf("%s: activity %q lacks its data subjects", name, act.Name)
			}
			recipients := strings.Join(act.Get(LabelRecipients).Lines, "\n")
			transfers := strings.Join(act.Get(LabelTransfers).Lines, "\n")
			for _, v := range a.ResolvedVendors() {
				if !slices.Contains(v.Purposes, p.ID) {
					continue
				}
				who := vendorText(v)
				if !strings.Contains(strings.ToLower(recipients), strings.ToLower(who)) {
					t.Errorf("%s: %q: recipient %q missing (litra d)", name, act.Name, who)
				}
				if !inEEA(v.Country) && !strings.Contains(transfers, countryText(v.Country)+": ") {
					t.Errorf("%s: %q: transfer to %s by %q missing (litra e)", name, act.Name, v.Country, who)
				}
				if known(v.RemoteAccess) && !strings.Contains(transfers, who+": adgang til oplysningerne fra") {
					t.Errorf("%s: %q: access from outside the EU/EEA by %q missing (litra e)", name, act.Name, who)
				}
				if inEEA(v.Country) && !known(v.RemoteAccess) && v.TransferNote == "" && strings.Contains(transfers, who) {
					t.Errorf("%s: %q: %q is in the EU/EEA but listed as a transfer", name, act.Name, who)
				}
				if n := strings.TrimSuffix(clean(v.TransferNote), "."); n != "" && (transfersFor(v) || known(v.RemoteAccess)) && !strings.Contains(transfers, newNeutralizer(a).text(n)) {
					t.Errorf("%s: %q: the transfer note of %q is missing", name, act.Name, who)
				}
				if strings.HasPrefix(transfers, "Ingen") && (transfersFor(v) || known(v.RemoteAccess) || !drafts.InEEA(v.Country)) {
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
		for _, bad := range []string{"indsæt", "«", "TODO", "<no value>"} {
			if strings.Contains(md, bad) {
				t.Errorf("%s: record contains %q", name, bad)
			}
		}
	}
}

func TestRecordHTMLPage(t *testing.T) {
	for name, a := range examples(t) {
		h, err := NewRecord(a, recordDay).HTML()
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
	for name, a := range examples(t) {
		data, err := NewRecord(a, recordDay).XLSX()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sheets := readXLSX(t, data)
		want := []string{sheetController}
		if a.Processor.Acts {
			want = append(want, sheetProcessor)
		}
		if len(sheets) != len(want) {
			t.Fatalf("%s: %d sheets, want %v", name, len(sheets), want)
		}
		first := strings.Join(sheets[0], "\n")
		for _, h := range append([]string{"Behandlingsaktivitet"}, ActivityLabels...) {
			if !strings.Contains(first, h) {
				t.Errorf("%s: header %q missing", name, h)
			}
		}
		r := NewRecord(a, recordDay)
		for i, p := range a.Purposes {
			if !slices.Contains(sheets[0], r.Activities[i].Name) {
				t.Errorf("%s: purpose %q is not a cell of the first sheet", name, p.Name)
			}
			if !strings.Contains(first, purposeRetention(p)) {
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
	for name, a := range examples(t) {
		base := NewRecord(withText(t, a, "Almindelig tekst"), recordDay)
		wantLevels := mdHeadings(base.Markdown())
		baseHTML, err := base.HTML()
		if err != nil {
			t.Fatal(err)
		}
		wantTags, wantAttrs, wantHeadings, _ := htmlShape(t, baseHTML)
		for i, s := range hostile {
			r := NewRecord(withText(t, a, s), recordDay)
			if got := mdHeadings(r.Markdown()); !slices.Equal(got, wantLevels) {
				t.Errorf("%s/%d: Markdown headings changed for %q:\n got %v\nwant %v", name, i, s, got, wantLevels)
			}
			h, err := r.HTML()
			if err != nil {
				t.Fatal(err)
			}
			tags, attrs, headings, hrefs := htmlShape(t, h)
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
	a := clone(t, examples(t)["tidsflow"])
	a.Processor.Vendors = []string{"openai", "Hetzner"}
	if ps := drafts.Validate(a); len(ps) > 0 {
		t.Fatal(ps)
	}
	pr := NewRecord(a, recordDay).Processor
	want := []string{"USA: OpenAI (API; OpenAI Ireland Ltd, Irland) – overførsel til OpenAI OpCo LLC, grundlag: standardkontraktbestemmelser"}
	if !slices.Equal(pr.Transfers, want) {
		t.Errorf("transfers = %q, want %q", pr.Transfers, want)
	}
	a.Processor.Vendors = nil
	r := NewRecord(a, recordDay)
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
	a := clone(t, examples(t)["helle-falsberg"])
	a.DPO = &drafts.Contact{Name: "Dorte Dahl", Email: "dpo@example.dk", Phone: "12 34 56 78"}
	a.Representative = &drafts.Representative{Name: "Rep ApS", Address: "Vej 1, 1000 København K", Email: "rep@example.dk"}
	fs := NewRecord(a, recordDay).Controller
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
	a := clone(t, examples(t)["tidsflow"])
	if p, data, err := RecordOnSave(a, "kunder/tidsflow.toml", recordDay); p != "" || data != nil || err != nil {
		t.Errorf("no document.record: got %q, %d bytes, %v", p, len(data), err)
	}
	for _, format := range drafts.IDs(drafts.RecordFormats) {
		a.Document.Record = format
		p, data, err := RecordOnSave(a, "kunder/tidsflow.toml", recordDay)
		if err != nil || p != "kunder/tidsflow-fortegnelse."+format || len(data) == 0 {
			t.Errorf("%s: got %q, %d bytes, %v", format, p, len(data), err)
		}
	}
}
