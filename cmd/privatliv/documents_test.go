package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const bjerre = "../../drafts/examples/bjerre-toemrer.toml"

// The separate notice: to the groups --for names, refused for a group the
// file does not describe, and written per file in a batch.
func TestRenderForGroups(t *testing.T) {
	code, md, errOut := runCLI(t, "render", bjerre, "--for", "employees,applicants")
	if code != 0 || !strings.HasPrefix(md, "# Orientering om personoplysninger til medarbejdere og jobansøgere – Bjerre") || strings.Contains(md, "Tilbud og opgaver") {
		t.Fatalf("render --for: exit %d (%s), %.120q", code, errOut, md)
	}
	if code, page, _ := runCLI(t, "render", bjerre, "--for", "employees", "-f", "html"); code != 0 || !strings.Contains(page, `<article class="orientering">`) {
		t.Errorf("render --for -f html: exit %d", code)
	}
	for _, args := range [][]string{{"--for", "patients"}, {"--for", ""}, {"--for", " , "}} {
		code, _, errOut := runCLI(t, append([]string{"render", bjerre}, args...)...)
		if code != 2 || !strings.Contains(errOut, "persongruppe") {
			t.Errorf("render %v: exit %d, %q", args, code, errOut)
		}
	}
	in := t.TempDir()
	for _, f := range []string{bjerre, helle} {
		src, _ := os.ReadFile(f)
		os.WriteFile(filepath.Join(in, filepath.Base(f)), src, 0o644)
	}
	out := filepath.Join(t.TempDir(), "ud")
	code, stdout, stderr := runCLI(t, "render", in, "--for", "employees,applicants", "-o", out)
	if code != 1 || stdout != "" || !strings.Contains(stderr, "helle-falsberg.toml") || !strings.Contains(stderr, "ingen af persongrupperne") || !strings.Contains(stderr, "Skrev 1 af 2 orienteringer") {
		t.Errorf("render DIR --for: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if b, err := os.ReadFile(filepath.Join(out, "bjerre-toemrer-orientering-medarbejdere-jobansoegere.md")); err != nil || !bytes.Contains(b, []byte("Træk af fagforeningskontingent")) {
		t.Errorf("the batch's notice: %v", err)
	}
}

// check --for checks the notice to the groups alone.
func TestCheckForGroups(t *testing.T) {
	if code, out, _ := runCLI(t, "check", "--for", "employees,applicants", bjerre); code != 0 || !strings.Contains(out, "ingen fejl eller advarsler") {
		t.Errorf("check --for: exit %d, %q", code, out)
	}
	// Applicants' CPR numbers that no purpose of theirs uses.
	src, _ := os.ReadFile(bjerre)
	planted := filepath.Join(t.TempDir(), "bjerre.toml")
	os.WriteFile(planted, bytes.Replace(src, []byte(`data = ["contact", "application"]`), []byte(`data = ["contact", "application", "cpr"]`), 1), 0o644)
	if code, out, _ := runCLI(t, "check", "--strict", "--for", "applicants", planted); code != 1 || !strings.Contains(out, "der står CPR-nummer om jobansøgere, men intet af deres formål bruger oplysningerne") {
		t.Errorf("check --for applicants, planted: exit %d, %q", code, out)
	}
	if code, out, _ := runCLI(t, "check", "--for", "patients", bjerre); code != 1 || !strings.Contains(out, "grupperne i filen er") {
		t.Errorf("check --for a group the file lacks: exit %d, %q", code, out)
	}
}

// Each document command writes one file to standard output or -o, dated
// as asked, and a batch next to each answer file or into -o DIR.
func TestDocumentCommands(t *testing.T) {
	for _, c := range []struct{ cmd, title, suffix string }{
		{"processors", "# Oversigt over databehandlere for Helle Falsberg Webdesign", "-databehandlere"},
		{"retention", "# Sletteplan for Helle Falsberg Webdesign", "-sletteplan"},
		{"texts", "# Tekster til formularer og cookiebanner – Helle Falsberg Webdesign", "-tekster"},
	} {
		code, md, errOut := runCLI(t, c.cmd, helle, "--date", "2026-11-21")
		if c.cmd == "texts" {
			code, md, errOut = runCLI(t, c.cmd, helle)
		}
		if code != 0 || !strings.HasPrefix(md, c.title+"\n") {
			t.Errorf("%s: exit %d (%s), %.80q", c.cmd, code, errOut, md)
		}
		if c.cmd != "texts" && !strings.Contains(md, "Udarbejdet 21. november 2026") {
			t.Errorf("%s: --date does not date it", c.cmd)
		}
		if code, page, _ := runCLI(t, c.cmd, helle, "-f", "html"); code != 0 || !strings.HasPrefix(page, "<!DOCTYPE html>") {
			t.Errorf("%s -f html: exit %d", c.cmd, code)
		}
		if code, _, errOut := runCLI(t, c.cmd, helle, "-f", "xlsx"); code != 2 || !strings.Contains(errOut, "ukendt format") {
			t.Errorf("%s -f xlsx: exit %d, %q", c.cmd, code, errOut)
		}
		dir := t.TempDir()
		file := filepath.Join(dir, "svar.md")
		if code, _, errOut := runCLI(t, c.cmd, helle, "-o", file); code != 0 || !strings.Contains(errOut, "Skrev") {
			t.Errorf("%s -o: exit %d, %q", c.cmd, code, errOut)
		}
		in := t.TempDir()
		examples, _ := filepath.Glob("../../drafts/examples/*.toml")
		for _, e := range examples {
			src, _ := os.ReadFile(e)
			os.WriteFile(filepath.Join(in, filepath.Base(e)), src, 0o644)
		}
		out := filepath.Join(t.TempDir(), "ud")
		if code, stdout, stderr := runCLI(t, c.cmd, in, "-f", "html", "-o", out); code != 0 || stdout != "" || !strings.Contains(stderr, "Skrev 8 af 8") {
			t.Errorf("%s DIR: exit %d, %q, %q", c.cmd, code, stdout, stderr)
		}
		for _, e := range examples {
			name := strings.TrimSuffix(filepath.Base(e), ".toml") + c.suffix + ".html"
			if b, err := os.ReadFile(filepath.Join(out, name)); err != nil || !bytes.Contains(b, []byte("<!DOCTYPE html>")) {
				t.Errorf("%s: %s not written: %v", c.cmd, name, err)
			}
		}
		if code, _, _ := runCLI(t, c.cmd, in); code != 0 {
			t.Errorf("%s DIR without -o: exit %d", c.cmd, code)
		}
		if _, err := os.Stat(filepath.Join(in, "tidsflow"+c.suffix+".md")); err != nil {
			t.Errorf("%s: not written next to its answer file: %v", c.cmd, err)
		}
	}
}

// A group the answers say is not told (not_informed, art. 14(5)) gets no
// notice: render --for refuses it with the reason, check --for finds it;
// the same file's patients still get theirs.
func TestNoNoticeToTheUninformed(t *testing.T) {
	const psykolog = "../../drafts/examples/psykolog-anna-kjaer.toml"
	code, md, errOut := runCLI(t, "render", psykolog, "--for", "underretning_boern")
	if code != 1 || md != "" || !strings.Contains(errOut, "må ikke skrives en orientering") || !strings.Contains(errOut, "art. 14, stk. 5, litra d") {
		t.Errorf("render --for an uninformed group: exit %d, %q, %q", code, md, errOut)
	}
	if code, out, _ := runCLI(t, "check", "--for", "underretning_boern", psykolog); code != 1 || !strings.Contains(out, "subjects[2].not_informed") {
		t.Errorf("check --for an uninformed group: exit %d, %q", code, out)
	}
	if code, md, errOut := runCLI(t, "render", psykolog, "--for", "patients"); code != 0 || !strings.HasPrefix(md, "# Orientering") {
		t.Errorf("render --for patients: exit %d, %q", code, errOut)
	}
}
