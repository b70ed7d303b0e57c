package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestRecordCommand(t *testing.T) {
	code, md, errOut := runCLI(t, "record", helle)
	if code != 0 || !strings.HasPrefix(md, "# Fortegnelse over behandlingsaktiviteter for Helle Falsberg Webdesign\n") {
		t.Fatalf("record md: exit %d (%s), output starts %q", code, errOut, md[:min(len(md), 80)])
	}
	if !strings.Contains(md, "Senest ajourført 21. november 2026") {
		t.Error("the record is not dated today")
	}
	code, page, _ := runCLI(t, "record", helle, "--format", "html")
	if code != 0 || !strings.HasPrefix(page, "<!DOCTYPE html>") || !strings.Contains(page, "<title>Fortegnelse over behandlingsaktiviteter for Helle Falsberg Webdesign</title>") {
		t.Errorf("record html: exit %d, got %q", code, page[:min(len(page), 120)])
	}
	out := filepath.Join(t.TempDir(), "f.xlsx")
	if code, _, errOut := runCLI(t, "record", helle, "-f", "xlsx", "-o", out); code != 0 {
		t.Fatalf("record xlsx: exit %d: %s", code, errOut)
	}
	if data, err := os.ReadFile(out); err != nil || !strings.HasPrefix(string(data), "PK") {
		t.Errorf("%s is not a zip file (%v)", out, err)
	}
	if _, md, _ := runCLI(t, "record", helle, "--date", "2026-09-01"); !strings.Contains(md, "Senest ajourført 1. september 2026") {
		t.Error("--date does not date the record")
	}
	for _, args := range [][]string{
		{"record", helle, "--date", "1. sep"},
		{"record"},
		{"record", helle, "-f", "xlsx"},
		{"record", helle, "-f", "pdf"},
	} {
		if code, _, _ := runCLI(t, args...); code != 2 {
			t.Errorf("privatliv %v: exit %d, want 2", args, code)
		}
	}
}

func TestRecordDirectory(t *testing.T) {
	out := t.TempDir()
	code, _, errOut := runCLI(t, "record", "../../drafts/examples", "-f", "xlsx", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	examples, _ := filepath.Glob("../../drafts/examples/*.toml")
	for _, e := range examples {
		name := strings.TrimSuffix(filepath.Base(e), ".toml") + "-fortegnelse.xlsx"
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("missing %s", name)
		}
	}
	if !strings.Contains(errOut, "fortegnelser") {
		t.Errorf("summary %q does not count records", errOut)
	}
}

func TestDiffCommand(t *testing.T) {
	dir := t.TempDir()
	src, _ := os.ReadFile(helle)
	same := filepath.Join(dir, "same.toml")
	// Comments and a reordered key are no change.
	os.WriteFile(same, []byte("# kommentar\n"+strings.Replace(string(src), `version = "2.0"`, `version = "2.0" # ny kommentar`, 1)), 0o644)
	changed := filepath.Join(dir, "changed.toml")
	os.WriteFile(changed, []byte(strings.Replace(string(src), "kontakt@hellefalsberg.dk", "ny@hellefalsberg.dk", 1)), 0o644)

	code, out, errOut := runCLI(t, "diff", helle, same)
	if code != 0 || out != "" || !strings.Contains(errOut, "Ingen ændringer") {
		t.Errorf("no change: exit %d, out %q, err %q", code, out, errOut)
	}
	code, out, _ = runCLI(t, "diff", helle, changed)
	if code != 1 || out != "E-mailadressen er ændret fra kontakt@hellefalsberg.dk til ny@hellefalsberg.dk.\n" {
		t.Errorf("change: exit %d, out %q", code, out)
	}
	code, out, _ = runCLI(t, "diff", "--changelog", helle, changed)
	want := "[[document.changes]]\ndate = 2026-11-21\ntext = \"E-mailadressen er ændret fra kontakt@hellefalsberg.dk til ny@hellefalsberg.dk.\"\n"
	if code != 1 || out != want {
		t.Errorf("--changelog: exit %d, out %q, want %q", code, out, want)
	}
	for _, args := range [][]string{
		{"diff", helle},
		{"diff", helle, filepath.Join(dir, "nej.toml")},
		{"diff", "git:HEAD", helle},
	} {
		if code, _, _ := runCLI(t, args...); code != 2 {
			t.Errorf("privatliv %v: exit %d, want 2", args, code)
		}
	}
}

func TestDiffFromGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	src, err := os.ReadFile(helle)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	git := func(args ...string) {
		t.Helper()
		c := exec.Command("git", append([]string{"-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"}, args...)...)
		c.Dir = dir
		c.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
		if out, err := c.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	file := filepath.Join(dir, "firma.toml")
	os.WriteFile(file, src, 0o644)
	git("init", "-q")
	git("add", "firma.toml")
	git("commit", "-q", "-m", "v1")
	os.WriteFile(file, []byte(strings.Replace(string(src), `"6.1.f"`, `"6.1.a"`, 1)), 0o644)
	t.Chdir(dir)

	code, out, errOut := runCLI(t, "diff", "git:HEAD:firma.toml", "firma.toml")
	if code != 1 || !strings.Contains(out, "Retsgrundlaget for »Besvare henvendelser« er ændret") {
		t.Errorf("git diff: exit %d, out %q, err %q", code, out, errOut)
	}
	if code, _, _ := runCLI(t, "diff", "git:HEAD:./firma.toml", "git:HEAD:firma.toml"); code != 0 {
		t.Errorf("the same revision twice: exit %d, want 0", code)
	}
	code, _, errOut = runCLI(t, "diff", "git:nope:firma.toml", "firma.toml")
	if code != 2 || !strings.Contains(errOut, "git show nope:firma.toml") {
		t.Errorf("unknown revision: exit %d, err %q", code, errOut)
	}
}
