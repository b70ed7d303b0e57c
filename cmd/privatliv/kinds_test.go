package main

import (
	"os"
	"path/filepath"
	"slices"
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
	// The blocks, with their ids, after the kinds.
	at := strings.Index(out, "Byggeklodser")
	if at < 0 || at < strings.LastIndex(out, drafts.Kinds()[len(drafts.Kinds())-1].Description) {
		t.Fatalf("kinds does not list the blocks after the kinds:\n%s", out)
	}
	for _, b := range drafts.Blocks() {
		if !strings.Contains(out[at:], "  "+b.ID+" ") || !strings.Contains(out[at:], b.Help) {
			t.Errorf("kinds lacks the block %s: %q", b.ID, out[at:])
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
		got, _ := drafts.Encode(f.Answers, "x.toml")
		if w, _ := drafts.Encode(want, "x.toml"); string(got) != string(w) {
			t.Errorf("%s: written answers differ from the starting point:\n%s\nwant\n%s", k.ID, got, w)
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

// TestFifteenMinutePath is the README's path for a one-person yoga studio
// with a newsletter, done by a script: write the starting point from its
// blocks, fill in the identity and the empty answers in the file (every
// system in Denmark, the payment provider a controller, a banner), and
// check is clean, also with --strict.
func TestFifteenMinutePath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "studie.toml")
	if code, _, errOut := runCLI(t, "new", path, "--kind", "studie", "--voice", "jeg", "--with", "nyhedsbrev,statistik", "--no-wizard"); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, _ := os.ReadFile(path)
	src := string(data)
	for _, r := range [][2]string{
		{`name = ""`, `name = "Studio Sol"`},
		{`cvr = ""`, `cvr = "29412006"`},
		{`address = ""`, `address = "Vestergade 3"`},
		{`postcode = ""`, `postcode = "5000"`},
		{`town = ""`, `town = "Odense C"`},
		{`email = ""`, `email = "hej@studiosol.dk"`},
		{`website = ""`, `website = "https://studiosol.dk"`},
		{`banner = false`, `banner = true`},
	} {
		if !strings.Contains(src, r[0]) {
			t.Fatalf("the studio's file has no %s to fill in", r[0])
		}
		src = strings.Replace(src, r[0], r[1], 1)
	}
	// Every system the blocks bring keeps its data in Denmark.
	for _, r := range [][2]string{{`role = ""`, `role = "controller"`}, {`country = ""`, `country = "DK"`}, {`transfer = ""`, `transfer = "none"`}} {
		if !strings.Contains(src, r[0]) {
			t.Fatalf("the studio's file has no %s to fill in", r[0])
		}
		src = strings.ReplaceAll(src, r[0], r[1])
	}
	os.WriteFile(path, []byte(src), 0o644)
	if code, out, _ := runCLI(t, "check", "--strict", path); code != 0 || !strings.Contains(out, "ingen fejl eller advarsler") {
		t.Errorf("check --strict: exit %d\n%s", code, out)
	}
	code, md, _ := runCLI(t, "render", path)
	if code != 0 || !strings.Contains(md, "Studio Sol") || strings.Contains(md, "UDKAST") {
		t.Errorf("render: exit %d", code)
	}
	for _, w := range []string{" vi ", " os ", " vores ", "salon"} {
		if strings.Contains(strings.ToLower(md), w) {
			t.Errorf("the »jeg« policy says %q", w)
		}
	}
}

// TestNewFromBlocks: --voice, --with and --without choose the starting
// point, with or without a kind, and the file holds what was asked.
func TestNewFromBlocks(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args  []string
		has   []string // purpose ids
		hasnt []string
		voice string
		assoc bool
	}{
		{[]string{"--with", "ansatte,betaling,erhvervskunder"}, []string{"aftaler", "betaling", "loen", "arbejdstid", "henvendelser"}, []string{"booking", "helbred"}, "", false},
		{[]string{"--kind", "salon", "--without", "helbred,ansatte", "--voice", "jeg"}, []string{"aftaler", "booking", "betaling"}, []string{"helbred", "loen"}, "jeg", false},
		{[]string{"--kind", "forening", "--with", "nyhedsbrev"}, []string{"medlemskab", "kontingent", "nyhedsbrev"}, []string{"betaling"}, "", true},
		{[]string{"--voice", "jeg"}, []string{"henvendelser"}, []string{"aftaler"}, "jeg", false},
	} {
		path := filepath.Join(dir, strings.Join(tc.args, "")+".toml")
		path = strings.NewReplacer(",", "", "-", "").Replace(path)
		args := append([]string{"new", path, "--no-wizard"}, tc.args...)
		if code, _, errOut := runCLI(t, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errOut)
		}
		f, err := drafts.Load(path)
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		a := f.Answers
		for _, id := range tc.has {
			if !slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool { return p.ID == id }) {
				t.Errorf("%v: no purpose %s", tc.args, id)
			}
		}
		for _, id := range tc.hasnt {
			if slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool { return p.ID == id }) {
				t.Errorf("%v: purpose %s was not asked for", tc.args, id)
			}
		}
		if a.Controller.Voice != tc.voice || a.Controller.IsAssociation() != tc.assoc {
			t.Errorf("%v: voice %q, association %v", tc.args, a.Controller.Voice, a.Controller.IsAssociation())
		}
	}
}

func TestNewKindUsageErrors(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.toml")
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"new", path, "--kind", "salo", "--no-wizard"}, []string{`mente du "salon"`, "salon, studie", "privatliv kinds"}},
		{[]string{"new", path, "--kind", "frisør"}, []string{`"frisør" – mente du "salon"?`, "salon, studie"}},
		{[]string{"new", path, "--kind", "revisor", "--no-wizard"}, []string{`mente du "raadgiver"?`}},
		{[]string{"new", path, "--kind", "yoga", "--no-wizard"}, []string{`mente du "studie"?`}},
		{[]string{"new", path, "--kind", "zzz"}, []string{`"zzz"; udgangspunkterne er: salon, studie`}},
		{[]string{"new", "--kind", "salon", "--no-wizard"}, []string{"FILE.toml"}},
		{[]string{"new", path, "--kind", "salon", "--example", "tidsflow"}, []string{"--kind", "--example"}},
		{[]string{"new", path, "--with", "ansate", "--no-wizard"}, []string{`--with: der er ingen byggeklods, der hedder "ansate" – mente du "ansatte"?`, "privatliv kinds"}},
		{[]string{"new", path, "--with", "betaling,medarbejdere", "--no-wizard"}, []string{`"medarbejdere" – mente du "ansatte"?`}},
		{[]string{"new", path, "--without", "qqqqqqqq", "--no-wizard"}, []string{`"qqqqqqqq" – mente du "`}},
		{[]string{"new", path, "--with", "booking", "--without", "booking", "--no-wizard"}, []string{"booking står både"}},
		{[]string{"new", path, "--voice", "du", "--no-wizard"}, []string{"--voice", "»jeg«"}},
		{[]string{"new", path, "--with", "booking", "--example", "tidsflow"}, []string{"--example"}},
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
