package record

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	_ "embed"
	"encoding/xml"
	"hash/crc32"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// The record as a spreadsheet, the form consultants keep it in: one sheet
// per record, the business's details on top, then a table with a header row
// and one row per processing activity.
//
// The workbook is SpreadsheetML written here, byte for byte the workbook
// excelize wrote before (record_xlsx_ref_test.go holds the two together on
// every example): excelize decoded its theme, styles and templates anew for
// every workbook and marshalled every part through reflection, which made a
// thousand records take seconds and its package initialisation delayed the
// wizard's first frame.

const (
	maxRowHeight = 409   // Excel's limit, in points
	maxCellChars = 32767 // Excel's limit for a cell's text, in UTF-16 units
)

// column widths in characters: the label column, then one per activity field.
var activityWidths = []float64{30, 50, 40, 30, 45, 55, 45, 35}

// The cell styles, as numbered in styles.xml.
const (
	styleTitle = 1 // bold, 14 pt
	styleBold  = 2 // bold, top-aligned, wrapped, bordered
	styleHead  = 3 // styleBold on a grey fill
	styleWrap  = 4 // top-aligned, wrapped, bordered
)

// The parts that are the same in every record: the theme and the styles
// (with the four cell styles above) as excelize made them.
var (
	//go:embed xlsx/theme1.xml
	xlsxTheme []byte
	//go:embed xlsx/styles.xml
	xlsxStyles []byte
)

// XLSX writes the record as an Excel workbook.
func (r *Record) XLSX() ([]byte, error) { return r.xlsx(fastZip) }

// xlsx writes the workbook through the zip writer zw makes.
func (r *Record) xlsx(zw func(io.Writer) zipWriter) ([]byte, error) {
	b := &workbook{index: map[string]int{}}
	w := b.sheet(term("sheet controller"), activityWidths)
	w.heading(r)
	w.fields(r.Controller)
	w.skip()
	head := []string{term("column activity")}
	for _, k := range ActivityFields {
		head = append(head, Label(k))
	}
	w.header(head...)
	for _, a := range r.Activities {
		cells := []string{a.Name}
		for _, k := range ActivityFields {
			cells = append(cells, strings.Join(a.Get(k).Lines, "\n"))
		}
		w.line(styleWrap, cells...)
	}
	w.skip()
	if len(r.Recipients) > 0 {
		w.fields([]Field{{Label: Label("other-recipients"), Lines: r.Recipients}})
	}
	if len(r.Security) > 0 {
		w.fields([]Field{{Label: Label("security"), Lines: r.Security}})
	}

	if pr := r.Processor; pr != nil {
		w := b.sheet(term("sheet processor"), []float64{40, 90})
		w.heading(r)
		w.header(term("column item"), term("column details"))
		w.fields(pr.Processor)
		w.fields(pr.Controllers)
		w.fields(pr.Processing)
		if len(pr.Transfers) > 0 {
			w.fields([]Field{{Label: Label("processor-transfers"), Lines: pr.Transfers}})
		}
		if len(r.Security) > 0 {
			w.fields([]Field{{Label: Label("processor-security"), Lines: r.Security}})
		}
	}
	created := "2006-09-16T00:00:00Z" // excelize's template kept this date when none was given
	if !r.Made.IsZero() {
		created = r.Made.String() + "T00:00:00Z"
	}

	var buf bytes.Buffer
	z := zw(&buf)
	// The parts in the order excelize wrote them: by name, last first.
	for i := len(b.sheets); i > 0; i-- {
		if err := writePart(z, "xl/worksheets/sheet"+strconv.Itoa(i)+".xml", b.sheets[i-1].xml(i == 1)); err != nil {
			return nil, err
		}
	}
	for _, p := range []struct {
		name string
		data []byte
	}{
		{"xl/workbook.xml", b.workbookXML()},
		{"xl/theme/theme1.xml", xlsxTheme},
		{"xl/styles.xml", xlsxStyles},
		{"xl/sharedStrings.xml", b.sharedStringsXML()},
		{"xl/_rels/workbook.xml.rels", b.workbookRels()},
		{"docProps/core.xml", coreXML(r.Title(), term("subject"), created)},
		{"docProps/app.xml", []byte(xml.Header + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><TotalTime>0</TotalTime><Application>Go Excelize</Application></Properties>`)},
		{"_rels/.rels", []byte(xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Target="docProps/app.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"></Relationship><Relationship Id="rId2" Target="docProps/core.xml" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"></Relationship><Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"></Relationship></Relationships>`)},
		{"[Content_Types].xml", b.contentTypes()},
	} {
		if err := writePart(z, p.name, p.data); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func writePart(z zipWriter, name string, data []byte) error {
	w, err := z.Create(name)
	if err == nil {
		_, err = w.Write(data)
	}
	return err
}

// zipWriter is what the workbook is written through.
type zipWriter interface {
	Create(name string) (io.Writer, error)
	Close() error
}

// workbook is the cells of a workbook's sheets and the texts they share.
type workbook struct {
	sheets  []*sheetWriter
	strings []sharedString
	index   map[string]int // a text's place in strings
}

type sharedString struct {
	text     string
	preserve bool // leading or trailing white space
}

type sheetWriter struct {
	b      *workbook
	name   string // the sheet's name, our own words
	widths []float64
	rows   []sheetRow
	row    int // the next row, from 0
}

type sheetRow struct {
	height float64 // 0: Excel's default
	cells  []sheetCell
}

type sheetCell struct {
	style, text int // text: the shared string
}

func (b *workbook) sheet(name string, widths []float64) *sheetWriter {
	w := &sheetWriter{b: b, name: name, widths: widths}
	b.sheets = append(b.sheets, w)
	return w
}

// heading writes the title and the line saying when and from what.
func (w *sheetWriter) heading(r *Record) {
	w.cell(1, r.Title(), styleTitle)
	w.row++
	w.cell(1, r.Lead(), 0)
	w.row += 2
}

func (w *sheetWriter) skip() { w.row++ }

// fields writes label–value rows; a field's lines go on separate lines in
// one cell.
func (w *sheetWriter) fields(fs []Field) {
	for _, f := range fs {
		w.cell(1, f.Label, styleBold)
		w.cell(2, strings.Join(f.Lines, "\n"), styleWrap)
		w.fit(f.Label, strings.Join(f.Lines, "\n"))
		w.row++
	}
}

func (w *sheetWriter) header(cells ...string) {
	for i, c := range cells {
		w.cell(i+1, c, styleHead)
	}
	w.fit(cells...)
	w.row++
}

// line writes a table row, the first cell in bold.
func (w *sheetWriter) line(style int, cells ...string) {
	for i, c := range cells {
		st := style
		if i == 0 {
			st = styleBold
		}
		w.cell(i+1, c, st)
	}
	w.fit(cells...)
	w.row++
}

// cell writes text in column col (from 1) of the current row. Cells are
// written left to right from the first column.
func (w *sheetWriter) cell(col int, text string, style int) {
	for len(w.rows) <= w.row {
		w.rows = append(w.rows, sheetRow{})
	}
	row := &w.rows[w.row]
	for len(row.cells) < col {
		row.cells = append(row.cells, sheetCell{})
	}
	row.cells[col-1] = sheetCell{style: style, text: w.b.share(text)}
}

// fit sets the row's height to show every wrapped line: Excel does not
// measure wrapped text when it opens a file.
func (w *sheetWriter) fit(cells ...string) {
	lines := 1
	for i, c := range cells {
		width := 40.0
		if i < len(w.widths) {
			width = w.widths[i]
		}
		n := 0
		for _, l := range strings.Split(c, "\n") {
			n += 1 + int(float64(utf8.RuneCountInString(l))/(width*1.1))
		}
		lines = max(lines, n)
	}
	if lines > 1 {
		for len(w.rows) <= w.row {
			w.rows = append(w.rows, sheetRow{})
		}
		w.rows[w.row].height = min(float64(lines)*15.5, maxRowHeight)
	}
}

// share is the place of text in the shared strings, added when new. As in
// excelize, the text is cut at Excel's limit and written as it is, but
// remembered by its escaped form (bstr): a text that escaping changes is
// not found again and is added once for every time it is used.
func (b *workbook) share(text string) int {
	text = cutUTF16(text, maxCellChars)
	if i, ok := b.index[text]; ok {
		return i
	}
	s := sharedString{text: text}
	if text != "" {
		first, last := text[0], text[len(text)-1]
		s.preserve = strings.IndexByte("\t\n\r ", first) >= 0 || strings.IndexByte("\t\n\r ", last) >= 0
	}
	b.strings = append(b.strings, s)
	b.index[bstr(text)] = len(b.strings) - 1
	return len(b.strings) - 1
}

// cutUTF16 cuts s to at most n UTF-16 units, the way Excel counts.
func cutUTF16(s string, n int) string {
	units := 0
	for i, r := range s {
		if units += utf16.RuneLen(r); units > n {
			return s[:i]
		}
	}
	return s
}

var (
	bstrRE       = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`_x[a-fA-F\d]{4}_`) })
	bstrEscapeRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`x[a-fA-F\d]{4}_`) })
)

// bstr escapes text that Excel would read as an escaped character
// (»_x0041_« is an A to Excel) the way excelize's bstrMarshal does: a
// »_xHHHH_« that names a character becomes »_x005F_xHHHH_«, one that names
// none (a surrogate) is dropped, and »_x005F_« itself is escaped again.
// excelize only uses it to remember shared strings by.
func bstr(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var out strings.Builder
	cursor := 0
	for _, m := range bstrRE().FindAllStringIndex(s, -1) {
		out.WriteString(s[cursor:m[0]])
		sub := s[m[0]:m[1]]
		cursor = m[1]
		if sub == "_x005F_" {
			if m[1]+6 <= len(s) && bstrEscapeRE().MatchString(s[m[1]:m[1]+6]) && namesRune(s[m[1]+1:m[1]+5]) {
				out.WriteString(sub + "x005F" + sub)
				continue
			}
			out.WriteString(sub + "x005F_")
			continue
		}
		if namesRune(s[m[0]+2 : m[1]-1]) {
			out.WriteString("_x005F" + sub)
		}
	}
	out.WriteString(s[cursor:])
	return out.String()
}

// namesRune reports whether four hex digits are a character Go can write as
// \uHHHH: any but a surrogate.
func namesRune(hex string) bool {
	_, err := strconv.Unquote(`"\u` + hex + `"`)
	return err == nil
}

// xml is the sheet's part. The first sheet is excelize's template, with the
// relationships name space and a default row height; later ones are not.
func (w *sheetWriter) xml(first bool) []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	if first {
		b.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"></dimension><sheetViews><sheetView tabSelected="true" workbookViewId="0"></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"></sheetFormatPr>`)
	} else {
		b.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"></dimension><sheetViews><sheetView workbookViewId="0"></sheetView></sheetViews>`)
	}
	if len(w.widths) > 0 {
		b.WriteString("<cols>")
		// Neighbouring columns of the same width are one range.
		for i := 0; i < len(w.widths); {
			j := i + 1
			for j < len(w.widths) && w.widths[j] == w.widths[i] {
				j++
			}
			b.WriteString(`<col customWidth="true" max="` + strconv.Itoa(j) + `" min="` + strconv.Itoa(i+1) + `" width="` + xmlFloat(w.widths[i]) + `"></col>`)
			i = j
		}
		b.WriteString("</cols>")
	}
	b.WriteString("<sheetData>")
	for i, row := range w.rows {
		r := strconv.Itoa(i + 1)
		b.WriteString(`<row r="` + r + `"`)
		if row.height > 0 {
			b.WriteString(` ht="` + xmlFloat(row.height) + `" customHeight="true"`)
		}
		b.WriteString(">")
		for j, c := range row.cells {
			b.WriteString(`<c r="` + columnName(j+1) + r + `"`)
			if c.style != 0 {
				b.WriteString(` s="` + strconv.Itoa(c.style) + `"`)
			}
			b.WriteString(` t="s"><v>` + strconv.Itoa(c.text) + `</v></c>`)
		}
		b.WriteString("</row>")
	}
	b.WriteString("</sheetData></worksheet>")
	return b.Bytes()
}

// xmlFloat writes a number as encoding/xml does.
func xmlFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// columnName is a column's letters: 1 is A, 27 is AA.
func columnName(col int) string {
	var name []byte
	for ; col > 0; col = (col - 1) / 26 {
		name = append([]byte{byte('A' + (col-1)%26)}, name...)
	}
	return string(name)
}

func (b *workbook) sharedStringsXML() []byte {
	var out bytes.Buffer
	n := strconv.Itoa(len(b.strings))
	out.WriteString(xml.Header + `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="` + n + `" uniqueCount="` + n + `">`)
	for _, s := range b.strings {
		if s.preserve {
			out.WriteString(`<si><t xml:space="preserve">`)
		} else {
			out.WriteString(`<si><t>`)
		}
		xml.EscapeText(&out, []byte(s.text))
		out.WriteString(`</t></si>`)
	}
	out.WriteString(`</sst>`)
	return out.Bytes()
}

// The workbook's own parts, with one sheet or two. The second sheet was
// made after the shared strings, so its relationship is the fifth.
func (b *workbook) workbookXML() []byte {
	s := xml.Header + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><fileVersion appName="xl" lastEdited="6" lowestEdited="6" rupBuild="14420"></fileVersion><workbookPr filterPrivacy="true" defaultThemeVersion="164011"></workbookPr><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="14805" windowHeight="8010"></workbookView></bookViews><sheets><sheet name="` + b.sheets[0].name + `" sheetId="1" r:id="rId1"></sheet>`
	if len(b.sheets) > 1 {
		s += `<sheet name="` + b.sheets[1].name + `" sheetId="2" r:id="rId5"></sheet>`
	}
	return []byte(s + `</sheets><calcPr calcId="122211"></calcPr></workbook>`)
}

func (b *workbook) workbookRels() []byte {
	s := xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"></Relationship><Relationship Id="rId2" Target="styles.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"></Relationship><Relationship Id="rId3" Target="theme/theme1.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"></Relationship><Relationship Id="rId4" Target="/xl/sharedStrings.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"></Relationship>`
	if len(b.sheets) > 1 {
		s += `<Relationship Id="rId5" Target="worksheets/sheet2.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"></Relationship>`
	}
	return []byte(s + `</Relationships>`)
}

func (b *workbook) contentTypes() []byte {
	const sheet = `" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"></Override>`
	s := xml.Header + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"></Default><Default Extension="xml" ContentType="application/xml"></Default><Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"></Override><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"></Override><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"></Override><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"></Override><Override PartName="/xl/worksheets/sheet1.xml` + sheet + `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"></Override><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"></Override>`
	if len(b.sheets) > 1 {
		s += `<Override PartName="/xl/worksheets/sheet2.xml` + sheet
	}
	return []byte(s + `</Types>`)
}

// coreXML is the document properties: title, subject, author, language and
// the day the record was made.
func coreXML(title, subject, made string) []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header + `<coreProperties xmlns="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>`)
	xml.EscapeText(&b, []byte(title))
	b.WriteString(`</dc:title><dc:subject>`)
	xml.EscapeText(&b, []byte(subject))
	b.WriteString(`</dc:subject><dc:creator>privatliv</dc:creator><lastModifiedBy></lastModifiedBy><dc:language>da-DK</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">` + made + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">` + made + `</dcterms:modified></coreProperties>`)
	return b.Bytes()
}

// fastZip compresses the workbook at flate's fastest level: a record is a
// few kilobytes, and at the default level compressing took a third of the
// time of writing a thousand of them. The parts that are the same in every
// workbook (theme, styles, relations) are compressed once per process and
// copied after that.
func fastZip(w io.Writer) zipWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		fw := flatePool.Get().(*flate.Writer)
		fw.Reset(out)
		return &pooledFlate{fw}, nil
	})
	return &partZip{Writer: zw}
}

var flatePool = sync.Pool{New: func() any {
	fw, _ := flate.NewWriter(io.Discard, flate.BestSpeed)
	return fw
}}

type pooledFlate struct{ *flate.Writer }

func (p *pooledFlate) Close() error {
	err := p.Writer.Close()
	flatePool.Put(p.Writer)
	p.Writer = nil
	return err
}

// partZip is a zip.Writer that writes a workbook part it has compressed
// before from the copy it kept, byte for byte what compressing it again
// would give.
type partZip struct {
	*zip.Writer
	name string       // the part being buffered, "" when none is
	buf  bytes.Buffer // its content
}

// variablePart reports whether a part holds the record itself (its cells,
// texts and dates) and is written straight through, not kept.
func variablePart(name string) bool {
	return strings.HasPrefix(name, "xl/worksheets/") || name == "xl/sharedStrings.xml" || name == "docProps/core.xml"
}

// ascii reports whether a name needs no UTF-8 flag in its header.
func ascii(name string) bool {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// compressedPart is a part's content and its compressed form.
type compressedPart struct {
	raw, deflated []byte
	crc           uint32
}

// compressedParts holds the last compressed form of each part, by name.
var compressedParts sync.Map

func (z *partZip) Create(name string) (io.Writer, error) {
	if err := z.flush(); err != nil {
		return nil, err
	}
	if variablePart(name) || !ascii(name) {
		return z.Writer.Create(name)
	}
	z.name = name
	z.buf.Reset()
	return &z.buf, nil
}

func (z *partZip) Close() error {
	if err := z.flush(); err != nil {
		return err
	}
	return z.Writer.Close()
}

// flush writes the buffered part, compressing it only when its content is
// new.
func (z *partZip) flush() error {
	if z.name == "" {
		return nil
	}
	name, raw := z.name, z.buf.Bytes()
	z.name = ""
	var p *compressedPart
	if v, ok := compressedParts.Load(name); ok && bytes.Equal(v.(*compressedPart).raw, raw) {
		p = v.(*compressedPart)
	} else {
		var out bytes.Buffer
		fw := flatePool.Get().(*flate.Writer)
		fw.Reset(&out)
		_, err := fw.Write(raw)
		if err == nil {
			err = fw.Close()
		}
		flatePool.Put(fw)
		if err != nil {
			return err
		}
		p = &compressedPart{raw: bytes.Clone(raw), deflated: out.Bytes(), crc: crc32.ChecksumIEEE(raw)}
		compressedParts.Store(name, p)
	}
	// The header zip.Writer.Create writes for a part it compresses itself:
	// version 2.0, sizes and checksum in a data descriptor after the data.
	w, err := z.Writer.CreateRaw(&zip.FileHeader{
		Name: name, Method: zip.Deflate, Flags: 0x8, CreatorVersion: 20, ReaderVersion: 20,
		CRC32: p.crc, CompressedSize64: uint64(len(p.deflated)), UncompressedSize64: uint64(len(p.raw)),
	})
	if err == nil {
		_, err = w.Write(p.deflated)
	}
	return err
}
