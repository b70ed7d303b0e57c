package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

func TestKindsCommand(t *testing.T) {
	code, out, _ := runCLI(t, "kinds")
	if code != 0 {
		t.Fatalf("kinds: exit %d", code)
	}
	for _, k := range drafts.Kinds() {
		if !strings.Contains(out, k.ID) || !strings.Contains(out, k.Description) {
			t.Errorf("kinds lacks %s and its description: %q", k.ID, out)
		}
	}
}

// TestNewKindNoWizard writes every starting point as a file: with its
// comments, dated today, the same answers the wizard would start from, and
// with only the business's own answers missing.
func TestNewKindNoWizard(t *testing.T) {
	dir := t.TempDir()
	for _, k := range drafts.Kinds() {
		path := filepath.Join(dir, k.ID+".toml")
		code, out, errOut := runCLI(t, "new", path, "--kind", k.ID, "--no-wizard")
		if code != 0 || !strings.Contains(out, path) || !strings.Contains(out, "privatliv check") {
			t.Fatalf("new --kind %s --no-wizard: exit %d, %q %q", k.ID, code, out, errOut)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), "\n# ") {
			t.Errorf("%s: the written file has no comments on what to fill in", k.ID)
		}
		f, err := drafts.Load(path)
		if err != nil {
			t.Fatalf("%s: written file does not load: %v", k.ID, err)
		}
		want, _ := drafts.KindAnswers(k.ID)
		want.Document.Effective = drafts.DateOf(now())
		if !reflect.DeepEqual(f.Answers, want) {
			t.Errorf("%s: written answers differ from the starting point:\n%+v\nwant\n%+v", k.ID, f.Answers, want)
		}
		// Identity is missing, so check fails with problems, not usage.
		if code, out, _ := runCLI(t, "check", path); code != 1 || !strings.Contains(out, "controller.name") {
			t.Errorf("%s: check on the fresh file: exit %d, %q", k.ID, code, out)
		}
		// A second run never overwrites the file.
		os.WriteFile(path, []byte("# mine svar\n"+string(data)), 0o644)
		if code, _, errOut := runCLI(t, "new", path, "--kind", k.ID, "--no-wizard"); code != 2 || !strings.Contains(errOut, "findes allerede") {
			t.Errorf("%s: overwrite: exit %d, %q", k.ID, code, errOut)
		}
		if got, _ := os.ReadFile(path); !strings.HasPrefix(string(got), "# mine svar\n") {
			t.Errorf("%s: the existing file was changed", k.ID)
		}
	}
}

// TestFifteenMinutePath is the README's path for a salon, done by a
// script: write the starting point, fill in the identity and the open
// questions in the file, and check is clean, also with --strict.
func TestFifteenMinutePath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "salon.toml")
	if code, _, errOut := runCLI(t, "new", path, "--kind", "salon", "--no-wizard"); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, _ := os.ReadFile(path)
	src := string(data)
	for _, r := range [][2]string{
		{`name = ""`, `name = "Salon Klippekongen ApS"`},
		{`cvr = ""`, `cvr = "29412006"`},
		{`address = ""`, `address = "Vestergade 3"`},
		{`postcode = ""`, `postcode = "5000"`},
		{`town = ""`, `town = "Odense C"`},
		{`email = ""`, `email = "hej@klippekongen.dk"`},
		{`website = ""`, `website = "https://klippekongen.dk"`},
		{`country = ""`, `country = "DK"`},     // the booking system keeps data in Denmark
		{`transfer = ""`, `transfer = "none"`}, // and sends none outside the EU/EEA
	} {
		if !strings.Contains(src, r[0]) {
			t.Fatalf("the salon file has no %s to fill in", r[0])
		}
		src = strings.Replace(src, r[0], r[1], 1)
	}
	// What check asks of every salon ApS (issue 22): how it protects the
	// data, its bookkeeping system and the host of its e-mail.
	if !strings.Contains(src, "\n[security]\n") {
		t.Fatal("the salon file has no [security] to fill in")
	}
	src = strings.Replace(src, "\n[security]\n", "\n[security]\nmeasures = [\"encryption\", \"access_control\", \"backup\", \"updates\"]\n", 1)
	src += "\n[[vendors]]\ncatalog = \"e-conomic\"\npurposes = [\"bogfoering\"]\ntransfer = \"none\"\n\n[[vendors]]\ncatalog = \"simply\"\npurposes = [\"booking\", \"henvendelser\"]\n"
	os.WriteFile(path, []byte(src), 0o644)
	if code, out, _ := runCLI(t, "check", "--strict", path); code != 0 || !strings.Contains(out, "ingen fejl eller advarsler") {
		t.Errorf("check --strict: exit %d\n%s", code, out)
	}
	if code, md, _ := runCLI(t, "render", path); code != 0 || !strings.Contains(md, "Salon Klippekongen ApS") || strings.Contains(md, "UDKAST") {
		t.Errorf("render: exit %d", code)
	}
}

func TestNewKindUsageErrors(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.toml")
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"new", path, "--kind", "salo", "--no-wizard"}, []string{`mente du "salon"`, "webshop, haandvaerker", "privatliv kinds"}},
		{[]string{"new", path, "--kind", "frisør"}, []string{`"frisør" – mente du "salon"?`, "salon, webshop"}},
		{[]string{"new", path, "--kind", "revisor", "--no-wizard"}, []string{`mente du "raadgiver"?`}},
		{[]string{"new", path, "--kind", "zzz"}, []string{`"zzz"; udgangspunkterne er: salon, webshop`}},
		{[]string{"new", path, "--no-wizard"}, []string{"--kind"}},
		{[]string{"new", "--kind", "salon", "--no-wizard"}, []string{"FILE.toml"}},
		{[]string{"new", path, "--kind", "salon", "--example", "tidsflow"}, []string{"--kind", "--example"}},
		{[]string{"new", filepath.Join(dir, "nope", "x.toml"), "--kind", "salon", "--no-wizard"}, []string{"findes ikke"}},
	}
	for _, tt := range tests {
		code, _, errOut := runCLI(t, tt.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (%q)", tt.args, code, errOut)
		}
		for _, w := range tt.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("%v: stderr %q lacks %q", tt.args, errOut, w)
			}
		}
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("a usage error wrote the file")
	}
	// The wizard itself needs a terminal; the kind is accepted first.
	if code, _, errOut := runCLI(t, "new", path, "--kind", "salon"); code != 2 || !strings.Contains(errOut, "terminal") {
		t.Errorf("new --kind salon without a terminal: exit %d, %q", code, errOut)
	}
}
