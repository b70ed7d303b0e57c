package content

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"testing"

	"github.com/xuri/excelize/v2"
)

// plainZip is a zip writer that compresses every part as it comes, at the
// level fastZip uses.
func plainZip(w io.Writer) excelize.ZipWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	return zw
}

// A workbook whose unchanging parts come from fastZip's store is, byte for
// byte, the workbook compressed part by part: for every example (tidsflow
// has the processor's sheet) and with hostile text, both the first time a
// part is seen and after.
func TestXLSXPartsAreAsCompressed(t *testing.T) {
	records := map[string]*Record{}
	for name, a := range examples(t) {
		records[name] = NewRecord(a, recordDay)
		for i, s := range hostile[:8] {
			records[fmt.Sprintf("%s/%d", name, i)] = NewRecord(withText(t, a, s), recordDay)
		}
	}
	compressedParts.Clear()
	for round := range 2 {
		for name, r := range records {
			want, err := r.xlsx(plainZip)
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
