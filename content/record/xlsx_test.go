package record

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
	"github.com/xuri/excelize/v2"
)

// plainZip is a zip writer that compresses every part as it comes, at the
// level fastZip uses (with flate writers from its pool: a new one costs
// more than a part).
func plainZip(w io.Writer) *zip.Writer {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		fw := flatePool.Get().(*flate.Writer)
		fw.Reset(out)
		return &pooledFlate{fw}, nil
	})
	return zw
}

// xlsxRecords are the records the workbook tests write: every example (and
// tidsflow has the processor's sheet), each with every free-text field set
// to each short hostile value and to text that Excel escapes, and one made
// on no particular day; and one example with text longer than a cell holds.
func xlsxRecords(t *testing.T) map[string]*Record {
	recordsOnce.Do(func() {
		odd := []string{
			"_x0041_", "a_x005F_b", "_x005F_x0041_", "_x005F_x00", "_xD800_ og _xDFFF_", "_X0041_ _x004g_",
			" foran", "bagved ", "\tfane", "linje\nlinje", "vogn\rretur", "\x01\x02styre", "\xff\xfeugyldig",
			"»citat« & <tag> \"anførsel\" 'apostrof'",
		}
		long := []string{strings.Repeat("ø", 40000), strings.Repeat("😀", 20000)}
		records = map[string]*Record{}
		for name, a := range testkit.Examples(t) {
			records[name] = NewRecord(a, testkit.RecordDay)
			for i, s := range append(testkit.Hostile[:len(testkit.Hostile):len(testkit.Hostile)], odd...) {
				if len(s) <= 1000 {
					records[fmt.Sprintf("%s/%d", name, i)] = NewRecord(testkit.WithText(t, a, s), testkit.RecordDay)
				}
			}
			records[name+"/udateret"] = NewRecord(a, drafts.Date{})
		}
		for i, s := range long {
			records[fmt.Sprintf("lang/%d", i)] = NewRecord(testkit.WithText(t, testkit.Examples(t)["helle-falsberg"], s), testkit.RecordDay)
		}
	})
	return records
}

var (
	recordsOnce sync.Once
	records     map[string]*Record
)

// The workbook is byte for byte the one excelize wrote.
func TestXLSXIsExcelizes(t *testing.T) {
	for name, r := range xlsxRecords(t) {
		want, err := excelizeXLSX(r, func(w io.Writer) excelize.ZipWriter { return plainZip(w) })
		if err != nil {
			t.Fatal(err)
		}
		got, err := r.xlsx(func(w io.Writer) zipWriter { return plainZip(w) })
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the workbook differs from excelize's:\n%s", name, xlsxDiff(t, got, want))
		}
	}
}

// xlsxDiff names the first part that differs and where.
func xlsxDiff(t *testing.T, got, want []byte) string {
	parts := func(data []byte) (names []string, content map[string]string) {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		content = map[string]string{}
		for _, f := range zr.File {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			names = append(names, f.Name)
			content[f.Name] = string(b)
		}
		return names, content
	}
	gn, g := parts(got)
	wn, w := parts(want)
	if strings.Join(gn, " ") != strings.Join(wn, " ") {
		return fmt.Sprintf("parts %v, want %v", gn, wn)
	}
	for _, n := range wn {
		if g[n] != w[n] {
			i := 0
			for i < len(g[n]) && i < len(w[n]) && g[n][i] == w[n][i] {
				i++
			}
			return fmt.Sprintf("%s at byte %d:\n got …%.200q\nwant …%.200q", n, i, g[n][max(0, i-40):], w[n][max(0, i-40):])
		}
	}
	return "the zip headers"
}

// The theme and styles written into every workbook are excelize's; run
// with -update to take them from excelize again.
func TestXLSXThemeAndStyles(t *testing.T) {
	data, err := excelizeXLSX(NewRecord(testkit.Examples(t)["tidsflow"], testkit.RecordDay), func(w io.Writer) excelize.ZipWriter { return plainZip(w) })
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		var ours *[]byte
		switch f.Name {
		case "xl/theme/theme1.xml":
			ours = &xlsxTheme
		case "xl/styles.xml":
			ours = &xlsxStyles
		default:
			continue
		}
		rc, _ := f.Open()
		want, _ := io.ReadAll(rc)
		file := "xlsx/" + f.Name[strings.LastIndexByte(f.Name, '/')+1:]
		if *testkit.Update {
			if err := os.WriteFile(file, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if !bytes.Equal(*ours, want) {
			t.Errorf("%s is not excelize's %s; run 'go test ./content -update'", file, f.Name)
		}
	}
}

// A workbook whose unchanging parts come from fastZip's store is, byte for
// byte, the workbook compressed part by part, both the first time a part
// is seen and after.
func TestXLSXPartsAreAsCompressed(t *testing.T) {
	records := xlsxRecords(t)
	compressedParts.Clear()
	for round := range 2 {
		for name, r := range records {
			want, err := r.xlsx(func(w io.Writer) zipWriter { return plainZip(w) })
			if err != nil {
				t.Fatal(err)
			}
			got, err := r.XLSX()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("round %d, %s: the workbook differs from one compressed part by part", round, name)
			}
		}
	}
	kept := 0
	compressedParts.Range(func(any, any) bool { kept++; return true })
	if kept < 5 {
		t.Errorf("only %d parts kept compressed", kept)
	}
}
