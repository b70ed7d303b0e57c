package content

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The record as a spreadsheet, the form consultants keep it in: one sheet
// per record, the business's details on top, then a table with a header row
// and one row per processing activity.

const (
	sheetController = "Dataansvarlig"
	sheetProcessor  = "Databehandler"
	maxRowHeight    = 409 // Excel's limit, in points
)

// column widths in characters: the label column, then one per activity field.
var activityWidths = []float64{30, 50, 40, 30, 45, 55, 45, 35}

type sheetWriter struct {
	*xlsxStyles
	name   string
	row    int
	widths []float64
	err    error
}

// XLSX writes the record as an Excel workbook.
func (r *Record) XLSX() ([]byte, error) { return r.xlsx(fastZip) }

// xlsx writes the workbook through the zip writer zw makes.
func (r *Record) xlsx(zw func(io.Writer) excelize.ZipWriter) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	styles, err := newXLSXStyles(f)
	if err != nil {
		return nil, err
	}
	if err := f.SetSheetName("Sheet1", sheetController); err != nil {
		return nil, err
	}
	w := styles.sheet(sheetController, activityWidths)
	w.heading(r)
	w.fields(r.Controller)
	w.skip()
	head := append([]string{"Behandlingsaktivitet"}, ActivityLabels...)
	w.header(head...)
	for _, a := range r.Activities {
		cells := []string{a.Name}
		for _, l := range ActivityLabels {
			cells = append(cells, strings.Join(a.Get(l).Lines, "\n"))
		}
		w.line(w.wrap, cells...)
	}
	w.skip()
	if len(r.Recipients) > 0 {
		w.fields([]Field{{"Modtagere uden for de enkelte behandlinger (litra d)", r.Recipients}})
	}
	if len(r.Security) > 0 {
		w.fields([]Field{{"Tekniske og organisatoriske sikkerhedsforanstaltninger (litra g)", r.Security}})
	}
	if w.err != nil {
		return nil, w.err
	}

	if pr := r.Processor; pr != nil {
		if _, err := f.NewSheet(sheetProcessor); err != nil {
			return nil, err
		}
		w := styles.sheet(sheetProcessor, []float64{40, 90})
		w.heading(r)
		w.header("Punkt", "Oplysninger")
		w.fields(pr.Processor)
		w.fields(pr.Controllers)
		w.fields(pr.Processing)
		if len(pr.Transfers) > 0 {
			w.fields([]Field{{"Overførsel til tredjelande (litra c)", pr.Transfers}})
		}
		if len(r.Security) > 0 {
			w.fields([]Field{{"Tekniske og organisatoriske sikkerhedsforanstaltninger (litra d)", r.Security}})
		}
		if w.err != nil {
			return nil, w.err
		}
	}
	f.SetActiveSheet(0)
	created := ""
	if !r.Made.IsZero() {
		created = r.Made.String() + "T00:00:00Z"
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: r.Title(), Subject: "Fortegnelse efter databeskyttelsesforordningens artikel 30",
		Creator: "privatliv", Language: "da-DK", Created: created, Modified: created,
	}); err != nil {
		return nil, err
	}
	f.SetZipWriter(zw)
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, fmt.Errorf("skriv regneark: %w", err)
	}
	return buf.Bytes(), nil
}

type xlsxStyles struct {
	f                            *excelize.File
	title, bold, headStyle, wrap int // style ids
}

func newXLSXStyles(f *excelize.File) (*xlsxStyles, error) {
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	border := []excelize.Border{
		{Type: "left", Color: "A0A0A8", Style: 1}, {Type: "right", Color: "A0A0A8", Style: 1},
		{Type: "top", Color: "A0A0A8", Style: 1}, {Type: "bottom", Color: "A0A0A8", Style: 1},
	}
	s := &xlsxStyles{f: f}
	for _, st := range []struct {
		id *int
		s  *excelize.Style
	}{
		{&s.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
		{&s.bold, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top, Border: border}},
		{&s.headStyle, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top, Border: border,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E3E6EC"}}}},
		{&s.wrap, &excelize.Style{Alignment: top, Border: border}},
	} {
		id, err := f.NewStyle(st.s)
		if err != nil {
			return nil, fmt.Errorf("regnearkets typografi: %w", err)
		}
		*st.id = id
	}
	return s, nil
}

func (s *xlsxStyles) sheet(name string, widths []float64) *sheetWriter {
	w := &sheetWriter{xlsxStyles: s, name: name, widths: widths}
	for i, width := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := s.f.SetColWidth(name, col, col, width); err != nil && w.err == nil {
			w.err = err
		}
	}
	return w
}

// heading writes the title and the line saying when and from what.
func (w *sheetWriter) heading(r *Record) {
	w.cell(1, r.Title(), w.title)
	w.row++
	w.cell(1, r.Lead(), 0)
	w.row += 2
}

func (w *sheetWriter) skip() { w.row++ }

// fields writes label–value rows; a field's lines go on separate lines in
// one cell.
func (w *sheetWriter) fields(fs []Field) {
	for _, f := range fs {
		w.cell(1, f.Label, w.bold)
		w.cell(2, strings.Join(f.Lines, "\n"), w.wrap)
		w.fit(f.Label, strings.Join(f.Lines, "\n"))
		w.row++
	}
}

func (w *sheetWriter) header(cells ...string) {
	for i, c := range cells {
		w.cell(i+1, c, w.headStyle)
	}
	w.fit(cells...)
	w.row++
}

// line writes a table row, the first cell in bold.
func (w *sheetWriter) line(style int, cells ...string) {
	for i, c := range cells {
		st := style
		if i == 0 {
			st = w.bold
		}
		w.cell(i+1, c, st)
	}
	w.fit(cells...)
	w.row++
}

func (w *sheetWriter) cell(col int, v string, style int) {
	if w.err != nil {
		return
	}
	ref, err := excelize.CoordinatesToCellName(col, w.row+1)
	if err == nil {
		err = w.f.SetCellStr(w.name, ref, v)
	}
	if err == nil && style != 0 {
		err = w.f.SetCellStyle(w.name, ref, ref, style)
	}
	w.err = err
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
	if lines > 1 && w.err == nil {
		w.err = w.f.SetRowHeight(w.name, w.row+1, min(float64(lines)*15.5, maxRowHeight))
	}
}

// fastZip compresses the workbook at flate's fastest level: a record is a
// few kilobytes, and at the default level compressing took a third of the
// time of writing a thousand of them. The parts that are the same in every
// workbook (theme, styles, relations) are compressed once per process and
// copied after that.
func fastZip(w io.Writer) excelize.ZipWriter {
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

func (z *partZip) AddFS(fsys fs.FS) error {
	if err := z.flush(); err != nil {
		return err
	}
	return z.Writer.AddFS(fsys)
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
