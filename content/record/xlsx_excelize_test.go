package record

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The record's workbook as excelize wrote it, before privatliv wrote its
// SpreadsheetML itself: the reference XLSX is held to, byte for byte.

type exSheetWriter struct {
	*exStyles
	name   string
	row    int
	widths []float64
	err    error
}

// excelizeXLSX writes the record's workbook with excelize, through the zip
// writer zw makes.
func excelizeXLSX(r *Record, zw func(io.Writer) excelize.ZipWriter) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	styles, err := newExStyles(f)
	if err != nil {
		return nil, err
	}
	if err := f.SetSheetName("Sheet1", term("sheet controller")); err != nil {
		return nil, err
	}
	w := styles.sheet(term("sheet controller"), activityWidths)
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
		w.line(w.wrap, cells...)
	}
	w.skip()
	if len(r.Recipients) > 0 {
		w.fields([]Field{{Label: Label("other-recipients"), Lines: r.Recipients}})
	}
	if len(r.Security) > 0 {
		w.fields([]Field{{Label: Label("security"), Lines: r.Security}})
	}
	if w.err != nil {
		return nil, w.err
	}

	if pr := r.Processor; pr != nil {
		if _, err := f.NewSheet(term("sheet processor")); err != nil {
			return nil, err
		}
		w := styles.sheet(term("sheet processor"), []float64{40, 90})
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
		Title: r.Title(), Subject: term("subject"),
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

type exStyles struct {
	f                            *excelize.File
	title, bold, headStyle, wrap int // style ids
}

func newExStyles(f *excelize.File) (*exStyles, error) {
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	border := []excelize.Border{
		{Type: "left", Color: "A0A0A8", Style: 1}, {Type: "right", Color: "A0A0A8", Style: 1},
		{Type: "top", Color: "A0A0A8", Style: 1}, {Type: "bottom", Color: "A0A0A8", Style: 1},
	}
	s := &exStyles{f: f}
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

func (s *exStyles) sheet(name string, widths []float64) *exSheetWriter {
	w := &exSheetWriter{exStyles: s, name: name, widths: widths}
	for i, width := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := s.f.SetColWidth(name, col, col, width); err != nil && w.err == nil {
			w.err = err
		}
	}
	return w
}

// heading writes the title and the line saying when and from what.
func (w *exSheetWriter) heading(r *Record) {
	w.cell(1, r.Title(), w.title)
	w.row++
	w.cell(1, r.Lead(), 0)
	w.row += 2
}

func (w *exSheetWriter) skip() { w.row++ }

// fields writes label–value rows; a field's lines go on separate lines in
// one cell.
func (w *exSheetWriter) fields(fs []Field) {
	for _, f := range fs {
		w.cell(1, f.Label, w.bold)
		w.cell(2, strings.Join(f.Lines, "\n"), w.wrap)
		w.fit(f.Label, strings.Join(f.Lines, "\n"))
		w.row++
	}
}

func (w *exSheetWriter) header(cells ...string) {
	for i, c := range cells {
		w.cell(i+1, c, w.headStyle)
	}
	w.fit(cells...)
	w.row++
}

// line writes a table row, the first cell in bold.
func (w *exSheetWriter) line(style int, cells ...string) {
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

func (w *exSheetWriter) cell(col int, v string, style int) {
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
func (w *exSheetWriter) fit(cells ...string) {
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
