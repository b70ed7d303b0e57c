package drafts

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
)

func TestCheckCVR(t *testing.T) {
	valid := []string{"13748136", "29412006", "33239106", "34731543", "34624607", "15611472", "11883729", "43300946", "45585476", "12972997", "1374 8136"}
	for _, c := range valid {
		if err := CheckCVR(c); err != nil {
			t.Errorf("CheckCVR(%q) = %v, want valid", c, err)
		}
	}
	invalid := []string{"13748137", "1374813", "137481366", "abcdefgh", "", "03748136", "29412007"}
	for _, c := range invalid {
		if err := CheckCVR(c); err == nil {
			t.Errorf("CheckCVR(%q) = nil, want an error", c)
		}
	}
}

func TestCheckEmail(t *testing.T) {
	for _, s := range []string{"info@firma.dk", "helle.falsberg+web@mail.example.com"} {
		if err := CheckEmail(s); err != nil {
			t.Errorf("CheckEmail(%q) = %v", s, err)
		}
	}
	for _, s := range []string{"info@firma", "firma.dk", "Helle <h@f.dk>", "a b@c.dk", "@firma.dk", ""} {
		if CheckEmail(s) == nil {
			t.Errorf("CheckEmail(%q) = nil, want an error", s)
		}
	}
}

func TestCheckPhone(t *testing.T) {
	for _, s := range []string{"33 19 32 00", "33193200", "+45 33 19 32 00", "0045 33193200", "+46 8 123 456 78", "33-19-32-00"} {
		if err := CheckPhone(s); err != nil {
			t.Errorf("CheckPhone(%q) = %v", s, err)
		}
	}
	for _, s := range []string{"3319320", "331932000", "tlf 33193200", "+45 3319", "+1"} {
		if CheckPhone(s) == nil {
			t.Errorf("CheckPhone(%q) = nil, want an error", s)
		}
	}
}

func TestCheckPostcode(t *testing.T) {
	for _, s := range []string{"1000", "2500", "9990", "8000"} {
		if err := CheckPostcode(s); err != nil {
			t.Errorf("CheckPostcode(%q) = %v", s, err)
		}
	}
	for _, s := range []string{"999", "0800", "9991", "25000", "DK-2500", ""} {
		if CheckPostcode(s) == nil {
			t.Errorf("CheckPostcode(%q) = nil, want an error", s)
		}
	}
}

func TestCheckURL(t *testing.T) {
	for _, s := range []string{"https://firma.dk", "http://www.firma.dk/privatliv", "https://firma.dk/cookies?x=1"} {
		if err := CheckURL(s); err != nil {
			t.Errorf("CheckURL(%q) = %v", s, err)
		}
	}
	for _, s := range []string{"firma.dk", "javascript:alert(1)", "https://localhost", "https://firma .dk", "ftp://firma.dk", "https://fi<rma.dk"} {
		if CheckURL(s) == nil {
			t.Errorf("CheckURL(%q) = nil, want an error", s)
		}
	}
}

func TestParsePeriod(t *testing.T) {
	tests := map[string]string{"5 år": "5 år", "1 måned": "1 måned", "6 måneder": "6 måneder", "1 måneder": "1 måned", "30 dage": "30 dage", "2 uger": "2 uger", "24 timer": "24 timer", "12 MDR": "12 måneder"}
	for in, want := range tests {
		p, err := ParsePeriod(in)
		if err != nil {
			t.Errorf("ParsePeriod(%q): %v", in, err)
			continue
		}
		if got := p.String(); got != want {
			t.Errorf("ParsePeriod(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"", "5", "år", "fem år", "0 år", "-1 år", "5 lysår", "5 år og 2 dage"} {
		if _, err := ParsePeriod(in); err == nil {
			t.Errorf("ParsePeriod(%q) = nil error, want one", in)
		}
	}
}

func loadExample(t *testing.T, name string) *File {
	t.Helper()
	f, err := Load(filepath.Join("examples", name))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestRoundTrip(t *testing.T) {
	paths, _ := filepath.Glob("examples/*.toml")
	for _, p := range paths {
		f := loadExample(t, filepath.Base(p))
		dir := t.TempDir()
		out := filepath.Join(dir, "svar.toml")
		if err := Save(out, f.Answers); err != nil {
			t.Fatal(err)
		}
		first, _ := os.ReadFile(out)
		g, err := Load(out)
		if err != nil {
			t.Fatalf("%s: reload: %v", p, err)
		}
		if !reflect.DeepEqual(f.Answers, g.Answers) {
			t.Errorf("%s: answers differ after load → save → load", p)
		}
		if err := Save(out, g.Answers); err != nil {
			t.Fatal(err)
		}
		second, _ := os.ReadFile(out)
		if !bytes.Equal(first, second) {
			t.Errorf("%s: saving twice gave different bytes", p)
		}
		if !bytes.HasPrefix(first, []byte("# Svarfil til privatliv")) {
			t.Errorf("%s: saved file does not start with the Danish header comment", p)
		}
	}
}

func problemsOf(t *testing.T, err error) []Problem {
	t.Helper()
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("want *LoadError, got %T: %v", err, err)
	}
	return le.Problems
}

func hasProblem(ps []Problem, path, fragment string) bool {
	for _, p := range ps {
		if p.Path == path && strings.Contains(p.Message, fragment) {
			return true
		}
	}
	return false
}

func TestSyntaxErrorPosition(t *testing.T) {
	src := "schema = 1\n\n[controller]\nname = \"Firma\nemail = \"a@b.dk\"\n"
	_, err := Parse("firma.toml", []byte(src))
	ps := problemsOf(t, err)
	if len(ps) != 1 || ps[0].Line != 4 || ps[0].Col == 0 {
		t.Fatalf("want one problem at line 4 with a column, got %+v", ps)
	}
	if !strings.Contains(err.Error(), "firma.toml:4:") {
		t.Errorf("message should say file:line:col, got %q", err)
	}
}

func TestUnknownKeysSuggestClosest(t *testing.T) {
	src := `schema = 1
[document]
efective = 2026-01-01

[controller]
nmae = "Firma"

[[purposes]]
id = "a"
retension = "5 år"
`
	_, err := Parse("x.toml", []byte(src))
	ps := problemsOf(t, err)
	for _, want := range []struct {
		path, hint string
		line       int
	}{
		{"document.efective", `"effective"`, 3},
		{"controller.nmae", `"name"`, 6},
		{"purposes[1].retension", `"retention"`, 10},
	} {
		found := false
		for _, p := range ps {
			if p.Path == want.path && strings.Contains(p.Message, want.hint) && p.Line == want.line {
				found = true
			}
		}
		if !found {
			t.Errorf("no problem for %s on line %d suggesting %s; got %+v", want.path, want.line, want.hint, ps)
		}
	}
}

func TestWrongTypesAllReported(t *testing.T) {
	src := `schema = 1
[controller]
name = 42
email = ["a@b.dk"]
[children]
age_limit = "femten"
`
	_, err := Parse("x.toml", []byte(src))
	ps := problemsOf(t, err)
	if len(ps) != 3 {
		t.Fatalf("want 3 problems, got %d: %+v", len(ps), ps)
	}
}

func TestSchemaVersion(t *testing.T) {
	tests := []struct{ src, want string }{
		{"schema = 3\n[controller]\nname = \"x\"\n", "nyere udgave"},
		{"[controller]\nname = \"x\"\n", "mangler 'schema = 2'"},
		{"schema = 0\n", "ukendt schema 0"},
		{"[package]\nname = \"serde\"\nversion = \"1.0\"\n", "ligner ikke en privatliv-svarfil"},
		{"", "tom"},
		{"schema = 1\x00\x01\x02", "ikke tekst"},
	}
	for _, tt := range tests {
		_, err := Parse("x.toml", []byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want message containing %q", tt.src, err, tt.want)
		}
	}
}

func TestLoadFileErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(filepath.Join(dir, "findes-ikke.toml")); err == nil || !strings.Contains(err.Error(), "findes ikke") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "mappe") {
		t.Errorf("directory: %v", err)
	}
	big := filepath.Join(dir, "stor.toml")
	if err := os.WriteFile(big, bytes.Repeat([]byte("# x\n"), 3<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(big); err == nil || !strings.Contains(err.Error(), "for stor") {
		t.Errorf("huge file: %v", err)
	}
}

func TestValidateReferences(t *testing.T) {
	f := loadExample(t, "helle-falsberg.toml")
	a := *f.Answers
	a.Vendors = append([]Vendor(nil), a.Vendors...)
	a.Vendors[0].Purposes = []string{"henvendelse"}
	a.Purposes = append([]Purpose(nil), a.Purposes...)
	a.Purposes[0].Data = []string{"kontakt"}
	a.Purposes[1].ID = "henvendelser"
	ps := Validate(&a)
	if !hasProblem(ps, "vendors[1].purposes[1]", `mente du "henvendelser"`) {
		t.Errorf("unknown purpose id not reported with a suggestion: %+v", ps)
	}
	if !hasProblem(ps, "purposes[1].data[1]", "ukendt type oplysninger") {
		t.Errorf("unknown data category not reported: %+v", ps)
	}
	if !hasProblem(ps, "purposes[2].id", "brugt af et andet formål") {
		t.Errorf("duplicate purpose id not reported: %+v", ps)
	}
}

// failingFile is a temp file whose writes fail, as on a full disk.
type failingFile struct{ *os.File }

func (f failingFile) Write(p []byte) (int, error) {
	n, _ := f.File.Write(p[:len(p)/2])
	return n, &fs.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
}

func TestFailedSaveKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "svar.toml")
	f := loadExample(t, "helle-falsberg.toml")
	if err := Save(path, f.Answers); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)

	orig := createTemp
	createTemp = func(dir, pattern string) (tempFile, error) {
		f, err := os.CreateTemp(dir, pattern)
		return failingFile{f}, err
	}
	defer func() { createTemp = orig }()

	changed := *f.Answers
	changed.Controller.Name = "Et helt andet navn"
	err := Save(path, &changed)
	if err == nil || !strings.Contains(err.Error(), "kan ikke gemme filen: disken er fuld") {
		t.Fatalf("want the disk error, got %v", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("the old answer file changed after a failed save")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

// WriteOutput leaves a file that already holds the output alone (the same
// file, not a copy) and replaces one that differs, of the same length or
// not, keeping its mode; a directory in the way is an error.
func TestWriteOutput(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "politik.html")
	if err := WriteOutput(path, []byte("første")); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(path)
	if err := WriteOutput(path, []byte("første")); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.Stat(path); !os.SameFile(before, after) || !after.ModTime().Equal(before.ModTime()) {
		t.Error("an unchanged output was written again")
	}
	for _, data := range []string{"andet!", "en længere tekst"} {
		if err := WriteOutput(path, []byte(data)); err != nil {
			t.Fatal(err)
		}
		got, _ := os.ReadFile(path)
		info, _ := os.Stat(path)
		if string(got) != data || info.Mode().Perm() != 0o640 {
			t.Errorf("after writing %q: file holds %q with mode %v", data, got, info.Mode().Perm())
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	if err := os.Mkdir(filepath.Join(dir, "mappe.html"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteOutput(filepath.Join(dir, "mappe.html"), []byte("x")); err == nil {
		t.Error("writing over a directory succeeded")
	}
}

func TestSaveReadOnlyDir(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write to read-only directories")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	err := Save(filepath.Join(dir, "svar.toml"), &Answers{})
	if err == nil || !errors.Is(err, fs.ErrPermission) && !strings.Contains(err.Error(), "skriveadgang") {
		t.Errorf("want a permission error, got %v", err)
	}
}

func TestValidateRecordFormat(t *testing.T) {
	f := loadExample(t, "helle-falsberg.toml")
	a := *f.Answers
	for _, ok := range []string{"", "md", "html", "xlsx"} {
		a.Document.Record = ok
		if ps := Validate(&a); len(ps) > 0 {
			t.Errorf("record = %q: %+v", ok, ps)
		}
	}
	a.Document.Record = "xls"
	if ps := Validate(&a); !hasProblem(ps, "document.record", `mente du "xlsx"`) {
		t.Errorf("unknown record format not reported with a suggestion: %+v", ps)
	}
}

// TestMergeRecordKeys: the record's keys (document.record, processor.vendors)
// are added, changed and removed by a layout-keeping save like any other.
func TestMergeRecordKeys(t *testing.T) {
	old, err := os.ReadFile(filepath.Join("examples", "tidsflow.toml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		record  string
		vendors []string
	}{{"xlsx", []string{"hetzner"}}, {"", nil}, {"md", []string{"brevo", "hetzner", "openai"}}} {
		f, err := Parse("tidsflow.toml", old)
		if err != nil {
			t.Fatal(err)
		}
		a := f.Answers
		a.Document.Record, a.Processor.Vendors = tc.record, tc.vendors
		data, err := Merge(old, a, "tidsflow.toml")
		if err != nil {
			t.Fatalf("%+v: %v", tc, err)
		}
		g, err := Parse("tidsflow.toml", data)
		if err != nil {
			t.Fatalf("%+v: %v\n%s", tc, err, data)
		}
		if g.Answers.Document.Record != tc.record || !reflect.DeepEqual(g.Answers.Processor.Vendors, tc.vendors) {
			t.Errorf("%+v: read back %q, %q", tc, g.Answers.Document.Record, g.Answers.Processor.Vendors)
		}
	}
}
