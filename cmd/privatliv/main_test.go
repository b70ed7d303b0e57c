package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

const helle = "../../drafts/examples/helle-falsberg.toml"

func TestMain(m *testing.M) {
	// The pty test runs this test binary as the privatliv command.
	if os.Getenv("PRIVATLIV_RUN_MAIN") == "1" {
		main()
	}
	// The examples' effective dates are judged against a fixed day.
	now = func() time.Time { return time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC) }
	os.Exit(m.Run())
}

func runCLI(t testing.TB, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestRenderFormats(t *testing.T) {
	code, md, _ := runCLI(t, "render", helle)
	if code != 0 || !strings.HasPrefix(md, "# Privatlivspolitik for Helle Falsberg Webdesign\n") {
		t.Fatalf("render md: code %d, output starts %q", code, md[:min(len(md), 80)])
	}
	code, fm, _ := runCLI(t, "render", helle, "--front-matter")
	if code != 0 || !strings.HasPrefix(fm, "---\ntitle: \"Privatlivspolitik for Helle Falsberg Webdesign\"\ndate: 2026-09-01\nlang: da\n---\n\n# ") {
		t.Errorf("front matter: code %d, got %q", code, fm[:min(len(fm), 120)])
	}
	code, page, _ := runCLI(t, "render", helle, "--format", "html")
	if code != 0 || !strings.HasPrefix(page, "<!DOCTYPE html>\n<html lang=\"da\">") || !strings.Contains(page, "<title>Privatlivspolitik for Helle Falsberg Webdesign</title>") {
		t.Errorf("html: code %d, got %q", code, page[:min(len(page), 120)])
	}
	code, frag, _ := runCLI(t, "render", helle, "--format", "html-fragment")
	if code != 0 || strings.Contains(frag, "<html") || !strings.HasPrefix(frag, "<article") {
		t.Errorf("html-fragment: code %d, got %q", code, frag[:min(len(frag), 120)])
	}
}

func TestRenderToFileIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.html"), filepath.Join(dir, "b.html")
	for _, out := range []string{a, b} {
		if code, _, errOut := runCLI(t, "render", helle, "-f", "html", "-o", out); code != 0 {
			t.Fatalf("render -o %s: %d %s", out, code, errOut)
		}
	}
	da, _ := os.ReadFile(a)
	db, _ := os.ReadFile(b)
	if len(da) == 0 || !bytes.Equal(da, db) {
		t.Error("two renders of the same answers differ")
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	src, _ := os.ReadFile(helle)
	os.WriteFile(bad, bytes.Replace(src, []byte(`"12972997"`), []byte(`"12972998"`), 1), 0o644)

	tests := []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"check", helle}, 0, "ingen fejl eller advarsler"},
		{[]string{"check", bad}, 1, "controller.cvr"},
		{[]string{"check", filepath.Join(dir, "nej.toml")}, 1, "findes ikke"},
		{[]string{"check"}, 2, ""},
		{[]string{"render", bad}, 1, ""},
		{[]string{"render", helle, "--format", "pdf"}, 2, ""},
		{[]string{"render", helle, "--format", "html", "--front-matter"}, 2, ""},
		{[]string{"render", "--nope", helle}, 2, ""},
		{[]string{"nonsense"}, 2, ""},
	}
	for _, tt := range tests {
		code, out, errOut := runCLI(t, tt.args...)
		if code != tt.code {
			t.Errorf("privatliv %v: exit %d, want %d (stderr %q)", tt.args, code, tt.code, errOut)
		}
		if tt.out != "" && !strings.Contains(out+errOut, tt.out) {
			t.Errorf("privatliv %v: output %q lacks %q", tt.args, out+errOut, tt.out)
		}
	}
}

func TestCheckShowsFileLine(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	src, _ := os.ReadFile(helle)
	os.WriteFile(bad, bytes.Replace(src, []byte(`postcode = "8000"`), []byte(`postcode = "80"`), 1), 0o644)
	_, out, _ := runCLI(t, "check", bad)
	lines := strings.Split(string(src), "\n")
	want := ""
	for i, l := range lines {
		if strings.HasPrefix(l, "postcode") {
			want = bad + ":" + strconv.Itoa(i+1) + ": fejl: art. 13(1)(a): controller.postcode:"
		}
	}
	if !strings.Contains(out, want) {
		t.Errorf("check output %q lacks %q", out, want)
	}
}

func TestVersionAndHelp(t *testing.T) {
	if code, out, _ := runCLI(t, "--version"); code != 0 || out == "" {
		t.Errorf("--version: %d %q", code, out)
	}
	for _, cmd := range []string{"render", "check", "record", "diff"} {
		code, out, _ := runCLI(t, cmd, "--help")
		if code != 0 || !strings.Contains(out, "privatliv "+cmd) {
			t.Errorf("%s --help: %d, no example in %q", cmd, code, out)
		}
	}
}

func TestWizardNeedsTerminal(t *testing.T) {
	for _, args := range [][]string{nil, {"new"}, {"edit", helle}, {"new", "--example", "tidsflow"}} {
		code, out, errOut := runCLI(t, args...)
		if code != 2 || !strings.Contains(errOut, "privatliv render") || !strings.Contains(errOut, "privatliv check") {
			t.Errorf("privatliv %v without a terminal: exit %d, stderr %q, stdout %q", args, code, errOut, out)
		}
	}
}

func TestExamplesCommand(t *testing.T) {
	code, out, _ := runCLI(t, "examples")
	for _, name := range []string{"helle-falsberg", "tidsflow", "klinik-vesterbro", "nordlys-keramik"} {
		if !strings.Contains(out, name) {
			t.Errorf("examples lacks %s: %q", name, out)
		}
	}
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	if code, _, errOut := runCLI(t, "new", "--example", "hele-falsberg"); code != 2 || !strings.Contains(errOut, `"helle-falsberg"`) {
		t.Errorf("unknown example: exit %d, %q", code, errOut)
	}
}

func TestEditRefusesBrokenFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, []byte("schema = 1\n[controller]\nnmae = \"x\"\n"), 0o644)
	code, _, errOut := runCLI(t, "edit", bad)
	if code != 1 || !strings.Contains(errOut, "controller.nmae") || !strings.Contains(errOut, `"name"`) {
		t.Errorf("edit of a broken file: exit %d, %q", code, errOut)
	}
	existing := filepath.Join(dir, "findes.toml")
	os.WriteFile(existing, []byte("schema = 1\n"), 0o644)
	if code, _, errOut := runCLI(t, "new", existing); code != 2 || !strings.Contains(errOut, "privatliv edit") {
		t.Errorf("new on an existing file: exit %d, %q", code, errOut)
	}
}

func TestVendorsCommand(t *testing.T) {
	code, out, _ := runCLI(t, "vendors")
	if code != 0 || strings.Count(out, "\n") < 41 || !strings.Contains(out, "google-analytics") {
		t.Errorf("vendors: exit %d, %d lines", code, strings.Count(out, "\n"))
	}
	code, out, _ = runCLI(t, "vendors", "--category", "payments")
	if code != 0 || !strings.Contains(out, "stripe") || strings.Contains(out, "mailchimp") {
		t.Errorf("vendors --category payments: exit %d, %q", code, out)
	}
	code, out, _ = runCLI(t, "vendors", "show", "mailchimp")
	for _, want := range []string{"The Rocket Science Group LLC", "USA (US)", "EU-US Data Privacy Framework", "Fakta tjekket:"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("vendors show mailchimp lacks %q (exit %d)", want, code)
		}
	}
	for id, wants := range map[string][]string{
		"stripe":        {"Stripe Payments Europe Ltd, Irland (IE)", "Behandles i:", "USA (US)", "Overføres til:", "Stripe Inc.", "Også selvstændigt dataansvarlig for: sin egen forebyggelse af svindel", "Kilde:"},
		"microsoft-365": {"Adgang uden for EU/EØS:", "Standardkontraktbestemmelser"},
		"quickpay":      {"Juridisk enhed:", "ukendt, ukendt", "Fakta tjekket:", "ikke tjekket"},
	} {
		code, out, _ = runCLI(t, "vendors", "show", id)
		for _, want := range wants {
			if code != 0 || !strings.Contains(out, want) {
				t.Errorf("vendors show %s lacks %q (exit %d):\n%s", id, want, code, out)
			}
		}
	}
	if code, _, errOut := runCLI(t, "vendors", "show", "mailchimpp"); code != 1 || !strings.Contains(errOut, `"mailchimp"`) {
		t.Errorf("unknown id: exit %d, %q", code, errOut)
	}
	if code, _, _ := runCLI(t, "vendors", "--category", "nope"); code != 2 {
		t.Errorf("unknown category: exit %d", code)
	}
}

func TestCheckStrictAndJSON(t *testing.T) {
	examples, _ := filepath.Glob("../../drafts/examples/*.toml")
	if code, out, _ := runCLI(t, append([]string{"check", "--strict"}, examples...)...); code != 0 {
		t.Errorf("the examples are not clean under --strict:\n%s", out)
	}
	dir := t.TempDir()
	warn := filepath.Join(dir, "gammel.toml")
	src, _ := os.ReadFile(helle)
	os.WriteFile(warn, bytes.Replace(src, []byte("effective = 2026-09-01"), []byte("effective = 2024-01-01"), 1), 0o644)
	if code, out, _ := runCLI(t, "check", warn); code != 0 || !strings.Contains(out, "1 advarsel") {
		t.Errorf("a warning alone: exit %d, %q", code, out)
	}
	if code, _, _ := runCLI(t, "check", "--strict", warn); code != 1 {
		t.Errorf("--strict with a warning: exit %d, want 1", code)
	}
	code, out, _ := runCLI(t, "check", "--format", "json", warn, filepath.Join(dir, "nej.toml"))
	var reports []struct {
		File     string
		Errors   int
		Warnings int
		Findings []struct {
			Severity, Path, Reference, Message, Suggestion string
			Line                                           int
		}
	}
	if err := json.Unmarshal([]byte(out), &reports); err != nil {
		t.Fatalf("--format json is not JSON: %v\n%s", err, out)
	}
	if code != 1 || len(reports) != 2 || reports[0].Warnings != 1 || reports[0].Findings[0].Path != "document.effective" || reports[0].Findings[0].Line == 0 || reports[1].Errors != 1 {
		t.Errorf("json report: exit %d, %+v", code, reports)
	}
}

func TestRenderManyFiles(t *testing.T) {
	in := t.TempDir()
	examples, _ := filepath.Glob("../../drafts/examples/*.toml")
	for _, e := range examples {
		src, _ := os.ReadFile(e)
		os.WriteFile(filepath.Join(in, filepath.Base(e)), src, 0o644)
	}
	os.WriteFile(filepath.Join(in, "brudt.toml"), []byte("schema = 1\n[controller]\nnavn = \"x\"\n"), 0o644)
	out := filepath.Join(t.TempDir(), "ud")
	code, stdout, stderr := runCLI(t, "render", in, "--format", "html", "-o", out)
	if code != 1 || !strings.Contains(stderr, "brudt.toml") || stdout != "" {
		t.Errorf("a broken file among many: exit %d, stderr %q, stdout %q (problems go to standard error)", code, stderr, stdout)
	}
	for _, e := range examples {
		name := strings.TrimSuffix(filepath.Base(e), ".toml") + ".html"
		if b, err := os.ReadFile(filepath.Join(out, name)); err != nil || !bytes.Contains(b, []byte("<!DOCTYPE html>")) {
			t.Errorf("%s not written: %v", name, err)
		}
	}
	// Without -o each policy lands next to its answer file.
	os.Remove(filepath.Join(in, "brudt.toml"))
	if code, _, errOut := runCLI(t, "render", in); code != 0 || !strings.Contains(errOut, fmt.Sprintf("Skrev %d af %d", len(examples), len(examples))) {
		t.Errorf("render DIR: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(in, "tidsflow.md")); err != nil {
		t.Error("tidsflow.md not written next to its answer file")
	}
}

func TestRenderDirectoryIntoAFileNameIsAnError(t *testing.T) {
	in := t.TempDir()
	src, _ := os.ReadFile("../../drafts/examples/tidsflow.toml")
	os.WriteFile(filepath.Join(in, "tidsflow.toml"), src, 0o644)
	out := t.TempDir()
	for _, target := range []string{filepath.Join(out, "politik.md"), filepath.Join(out, "side.html")} {
		code, _, errOut := runCLI(t, "render", in, "-o", target)
		if code != 2 || !strings.Contains(errOut, "mappe") {
			t.Errorf("render DIR -o %s: exit %d, %q", filepath.Base(target), code, errOut)
		}
		if _, err := os.Stat(target); err == nil {
			t.Errorf("render DIR -o %s made it", filepath.Base(target))
		}
	}
	existing := filepath.Join(out, "fil")
	os.WriteFile(existing, []byte("x"), 0o644)
	if code, _, _ := runCLI(t, "render", in, "-o", existing); code != 2 {
		t.Errorf("render DIR -o an existing file: exit %d", code)
	}
}

func TestRenderMarksADraft(t *testing.T) {
	src, _ := os.ReadFile("../../drafts/examples/helle-falsberg.toml")
	// Statistics cookies without a banner: a valid file that check calls wrong.
	text := strings.Replace(string(src), "banner = true", "banner = false", 1)
	path := filepath.Join(t.TempDir(), "x.toml")
	os.WriteFile(path, []byte(text), 0o644)
	for _, format := range []string{"md", "html"} {
		code, out, _ := runCLI(t, "render", path, "--format", format)
		if code != 0 || !strings.Contains(out, "UDKAST – ikke klar til offentliggørelse: 1 fejl") {
			t.Errorf("%s of a file with an error: exit %d, no draft notice", format, code)
		}
	}
	code, out, _ := runCLI(t, "render", "../../drafts/examples/helle-falsberg.toml")
	if code != 0 || strings.Contains(out, "UDKAST") {
		t.Errorf("a finished policy: exit %d, marked as draft %v", code, strings.Contains(out, "UDKAST"))
	}
}

func TestCookiesImport(t *testing.T) {
	har := "../../drafts/cookiescan/testdata/import/butik.har"
	code, out, _ := runCLI(t, "cookies", "import", har)
	if code != 0 || !strings.Contains(out, "HAR: 5 kendte cookies, 4 ukendte") || !strings.Contains(out, "butik_session  www.butik.dk") {
		t.Errorf("cookies import: exit %d\n%s", code, out)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "firma.toml")
	src, err := os.ReadFile("../../drafts/examples/tidsflow.toml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "cookies", "import", "../../drafts/cookiescan/testdata/import/cookiebot.csv", "--into", file)
	if code != 0 || !strings.Contains(out, "Tilføjet til "+file) || !strings.Contains(out, "+ cookie sprog (præferencer, butik.dk)") || !strings.Contains(out, "+ leverandør Google Analytics 4") {
		t.Fatalf("cookies import --into: exit %d\n%s%s", code, out, errOut)
	}
	saved, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(saved), `name = "_ga_*"`) || !strings.Contains(string(saved), `purpose_id = "statistik"`) {
		t.Errorf("the answer file did not get the cookies:\n%s", saved)
	}
	code, out, _ = runCLI(t, "cookies", "import", "../../drafts/cookiescan/testdata/import/cookiebot.csv", "--into", file)
	if code != 0 || !strings.Contains(out, "intet er ændret") {
		t.Errorf("second import: exit %d\n%s", code, out)
	}
	if code, _, errOut := runCLI(t, "cookies", "import", filepath.Join(dir, "mangler.har")); code != 1 || !strings.Contains(errOut, "kan ikke læse filen") {
		t.Errorf("missing scan: exit %d %q", code, errOut)
	}
}

func TestMigrate(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../drafts/testdata/schema1/klinik-vesterbro.toml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "klinik.toml")
	os.WriteFile(path, append([]byte("# noter\n"), src...), 0o644)
	code, stdout, errOut := runCLI(t, "migrate", path)
	if code != 0 || !strings.Contains(stdout, "fra schema 1 til schema 2") {
		t.Fatalf("migrate: exit %d, %q %q", code, stdout, errOut)
	}
	got, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(got), "# noter\nschema = 2\n") {
		t.Errorf("migrated file starts %q", string(got)[:40])
	}
	if code, stdout, _ := runCLI(t, "migrate", path); code != 0 || !strings.Contains(stdout, "allerede schema 2") {
		t.Errorf("second migrate: exit %d, %q", code, stdout)
	}
	bad := filepath.Join(dir, "brudt.toml")
	os.WriteFile(bad, []byte("schema = 1\n[controller]\nnavn = \"x\"\n"), 0o644)
	if code, _, errOut := runCLI(t, "migrate", bad); code != 1 || !strings.Contains(errOut, "navn") {
		t.Errorf("broken file: exit %d, %q", code, errOut)
	}
	if after, _ := os.ReadFile(bad); string(after) != "schema = 1\n[controller]\nnavn = \"x\"\n" {
		t.Error("a broken file was changed")
	}
}

// TestOldFileWithUnknownVendorFacts: a schema-1 file that rendered before
// keeps working when the catalogue grows less certain about a vendor: it
// renders as a marked draft with the gap visible, check says what to add,
// and migrate says what the upgraded file now needs.
func TestOldFileWithUnknownVendorFacts(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../drafts/testdata/schema1/helle-falsberg.toml")
	if err != nil {
		t.Fatal(err)
	}
	// Wix: the catalogue knows neither its entity, its country nor the
	// transfer basis; the old file said nothing of them either.
	src = append(src, []byte("\n[[vendors]]\ncatalog = \"wix\"\npurposes = [\"henvendelser\"]\n")...)
	path := filepath.Join(dir, "helle.toml")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	code, md, errOut := runCLI(t, "render", path)
	if code != 0 {
		t.Fatalf("render: exit %d, %q", code, errOut)
	}
	for _, want := range []string{"UDKAST", "Wix", "mangler: hvor Wix behandler oplysningerne"} {
		if !strings.Contains(md, want) {
			t.Errorf("render: the draft lacks %q", want)
		}
	}
	code, out, _ := runCLI(t, "check", path)
	if code != 1 || !strings.Contains(out, "kataloget ved ikke, hvor Wix behandler oplysningerne") || !strings.Contains(out, "Skriv country") {
		t.Errorf("check: exit %d\n%s", code, out)
	}
	code, out, errOut = runCLI(t, "migrate", path)
	if code != 0 || !strings.Contains(out, "fra schema 1 til schema 2") || !strings.Contains(out, "vendors[") ||
		!strings.Contains(out, "kataloget ved ikke, hvor Wix") || !strings.Contains(out, "skrives som udkast") {
		t.Errorf("migrate does not say what the file needs: exit %d\n%s%s", code, out, errOut)
	}
	// An old file with nothing missing is said to miss nothing.
	clean := filepath.Join(dir, "tidsflow.toml")
	src, _ = os.ReadFile("../../drafts/examples/tidsflow.toml")
	os.WriteFile(clean, []byte(strings.Replace(string(src), "schema = 2", "schema = 1", 1)), 0o644)
	if code, out, _ := runCLI(t, "migrate", clean); code != 0 || !strings.Contains(out, "mangler intet") {
		t.Errorf("migrate of a complete file: exit %d\n%s", code, out)
	}
}
