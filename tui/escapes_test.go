package tui

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/internal/inert"
)

// The escape corpus (ESC sequences for OSC 0, 2, 8 and 52, CSI cursor
// queries and erase, SGR colours, 8-bit C1 controls, BEL, CR, BS, NUL, DEL)
// goes through every text field of the answers and every screen of the
// wizard; the bytes each frame sends to the terminal are checked. The
// review found OSC 0 retitling the window from accessible mode, and SGR,
// OSC 8 and C1 controls passing through the full-screen wizard's lists.

// payload holds every escape of the corpus.
var payload = "Navn " + strings.Join(inert.Corpus, " ")

// poison sets every string of v (empty ones too, and the fields of
// optional parts) to payload; with onlyText, only strings that read as
// text (a space, a capital, a letter outside ASCII), so ids and choices
// stay valid and the questions that depend on them are still asked.
func poison(v reflect.Value, onlyText bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() && !onlyText {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if !v.IsNil() {
			poison(v.Elem(), onlyText)
		}
	case reflect.String:
		if s := v.String(); !onlyText || looksLikeText(s) {
			v.SetString(payload)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() && v.Type().Field(i).Name != "Schema" {
				poison(v.Field(i), onlyText)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			poison(v.Index(i), onlyText)
		}
	case reflect.Map:
		if onlyText {
			for _, k := range v.MapKeys() {
				v.SetMapIndex(k, reflect.ValueOf(payload))
			}
			return
		}
		m := reflect.MakeMap(v.Type())
		for range v.MapKeys() {
			m.SetMapIndex(reflect.ValueOf(payload), reflect.ValueOf(payload))
		}
		v.Set(m)
	}
}

func looksLikeText(s string) bool {
	if strings.ContainsAny(s, " ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return true
	}
	for _, r := range s {
		if r >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// hostileAnswers are answers with the payload in every text field: all of
// them (onlyText false) or only the free texts.
func hostileAnswers(t *testing.T, onlyText bool) *drafts.Answers {
	a := allNewFields(t)
	a.DPO = &drafts.Contact{Name: "Dorte DPO", Email: "dpo@hellefalsberg.dk"}
	a.Representative = &drafts.Representative{Name: "Rep Repræsentant", Address: "Gade 1", Email: "rep@example.com"}
	a.Authority = &drafts.Authority{Name: "Tilsynet Syd", Address: "Vej 2", Website: "https://tilsyn.example", Email: "t@tilsyn.example"}
	a.Automated = drafts.Automated{Used: true, Exception: "contract", Description: "Vi afgør kredit", Logic: "Point", Consequences: "Afslag", Profiling: "other", ProfilingDescription: "Vi profilerer"}
	a.Processor = drafts.ProcessorRole{Acts: true, Description: "Vi driver booking", CustomerList: "I CRM"}
	a.Security.Other = []string{"Vi låser døren"}
	a.Disclosures = append(a.Disclosures, drafts.Disclosure{Recipient: "Skattestyrelsen", Reason: "Loven kræver det", Purposes: []string{a.Purposes[0].ID}})
	a.Cookies.BannerTool = "Eget banner"
	a.Document.Version = "Udgave 2"
	poison(reflect.ValueOf(a), onlyText)
	return a
}

// checkFrame fails when s, sent to a terminal, could act on it: any
// control character but newline, any escape sequence but SGR and an OSC 8
// hyperlink to a printable address, and the corpus's own SGR and links.
func checkFrame(t *testing.T, what, s string) {
	t.Helper()
	for i := 0; i < len(s); {
		c := s[i]
		if c == 0x1b {
			n, ok := allowedEscape(s[i:])
			if !ok {
				t.Fatalf("%s: escape sequence %q reaches the terminal:\n…%q…", what, s[i:min(i+n, len(s))], s[max(0, i-60):min(len(s), i+60)])
			}
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || inert.IsControl(r) && r != '\n' {
			t.Fatalf("%s: control character %q reaches the terminal:\n…%q…", what, s[i:i+size], s[max(0, i-60):min(len(s), i+60)])
		}
		i += size
	}
}

// allowedEscape is the length of the escape sequence s starts with, and
// whether a frame may hold it: the wizard's own colours and the preview's
// links, never the corpus's blink colours or file:// link.
func allowedEscape(s string) (int, bool) {
	if strings.HasPrefix(s, "\x1b[") {
		for i := 2; i < len(s); i++ {
			switch c := s[i]; {
			case c >= '0' && c <= '9' || c == ';' || c == ':':
			case c == 'm':
				return i + 1, s[2:i] != "5;31;106"
			default:
				return i + 1, false
			}
		}
		return len(s), false
	}
	if strings.HasPrefix(s, "\x1b]8;") {
		end := strings.IndexByte(s, '\a')
		if end < 0 {
			return len(s), false
		}
		printable := true
		for _, c := range []byte(s[4:end]) {
			printable = printable && c > 0x20 && c < 0x7f
		}
		return end + 1, printable && !strings.Contains(s[:end], "file:")
	}
	return min(len(s), 8), false
}

// frames checks the screen as it stands: the frame the wizard sends, and
// the text before its last line of defence, so that each place that shows
// text from the answers is found to make it inert itself.
func frames(t *testing.T, m *Model, what string) {
	t.Helper()
	flush(m)
	framesNow(t, m, what)
}

// framesNow is frames without rendering the preview's pending sections.
func framesNow(t *testing.T, m *Model, what string) {
	t.Helper()
	checkFrame(t, what+" (skærmen før inert.Frame)", m.render())
	checkFrame(t, what, m.View().Content)
}

// TestEscapesInEveryFieldReachNoScreen opens every form and list item of
// answers with the payload in every text field, goes through every field
// of each, and checks every frame; then the findings, the review, the
// dialogs, the status line, the help, the step picker and the preview at
// both widths.
func TestEscapesInEveryFieldReachNoScreen(t *testing.T) {
	for _, tc := range []struct {
		name     string
		onlyText bool
		w, h     int
		fields   bool // go through every field of every form
	}{
		{"alle-felter", false, 120, 40, false},
		{"fritekst", true, 120, 40, true},
		{"alle-felter-80x24", false, 80, 24, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := hostileAnswers(t, tc.onlyText)
			dir := filepath.Join(t.TempDir(), "kunde\x1b]0;HIJACKED\a\u009b2J")
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Skip(err)
			}
			path := filepath.Join(dir, "firma\x1b[5;31;106m.toml")
			if err := drafts.Save(path, a); err != nil {
				t.Fatal(err)
			}
			m := newTestModel(t, clone(t, a), path, tc.w, tc.h)
			frames(t, m, "første skærm")
			if !m.wide() {
				send(t, m, press("ctrl+p"))
				frames(t, m, "politikken")
				send(t, m, press("ctrl+p"))
			}
			for i := range steps {
				goToStep(t, m, i)
				frames(t, m, fmt.Sprintf("trin %d", i+1))
			}
			for _, f := range forms(a) {
				f.open(t, m)
				frames(t, m, f.name)
				startMode, startStep := m.mode, m.cur
				for n := 0; tc.fields && n < 60 && m.mode == startMode && m.cur == startStep && m.form != nil; n++ {
					send(t, m, press("tab"))
					framesNow(t, m, fmt.Sprintf("%s, felt %d", f.name, n+2))
				}
				if m.mode == modeItem {
					send(t, m, press("esc"))
				}
			}
			// The findings, each on a page of the list, and the details
			// (the question, the hint) of forty of them spread over all.
			send(t, m, press("ctrl+f"))
			step := max(1, len(m.findings)/40)
			for i := 0; i < len(m.findings); i += step {
				m.findPick = i
				framesNow(t, m, fmt.Sprintf("fund %d af %d", i+1, len(m.findings)))
			}
			send(t, m, press("esc"))
			// Dialogs: delete an item, the status line after it, quit.
			goToStep(t, m, 2)
			m.cursor = 0
			send(t, m, keyPress("d"))
			framesNow(t, m, "slet?")
			send(t, m, keyPress("j"))
			framesNow(t, m, "status efter sletning")
			send(t, m, press("f1"))
			framesNow(t, m, "hjælp")
			send(t, m, press("esc"), press("ctrl+g"))
			framesNow(t, m, "trinvælger")
			send(t, m, press("esc"), press("ctrl+c"))
			framesNow(t, m, "afslut?")
			send(t, m, press("esc"))
			// The file changes on disk: the overwrite question names it.
			os.WriteFile(path, append([]byte("# ændret\n"), mustRead(t, path)...), 0o644)
			send(t, m, press("ctrl+s"))
			framesNow(t, m, "gem")
			if m.mode != modeOverwrite {
				t.Fatalf("saving over the changed file did not ask (mode %d)", m.mode)
			}
			send(t, m, keyPress("j"))
			for n := 0; n < 10 && m.mode == modeChangelog; n++ {
				framesNow(t, m, "ændringslog")
				send(t, m, press("enter"))
			}
			if !strings.HasPrefix(m.status, "Gemt") && !strings.HasPrefix(m.status, "Svarene og politikken er gemt") {
				t.Fatalf("not saved: %q", m.status)
			}
			framesNow(t, m, "efter gem")
			// The recovery offer over a file changed since, with what
			// restoring would undo.
			goToStep(t, m, 0)
			typeText(t, m, "x")
			m.writeRecovery()
			if !m.dirty() || m.recoveryErr != nil {
				t.Fatalf("no recovery written: dirty %v, %v", m.dirty(), m.recoveryErr)
			}
			left := m.recoveryPath()
			os.Rename(left, strings.Replace(left, "."+m.id+".", "."+itoa(deadPID(t))+"-1.", 1))
			os.WriteFile(path, append([]byte("# ændret igen\n"), mustRead(t, path)...), 0o644)
			f, err := drafts.Load(path)
			if err != nil {
				t.Fatalf("%q", err)
			}
			m2 := newTestModel(t, f.Answers, path, tc.w, tc.h)
			if m2.mode != modeRestore || m2.restoreNote == "" {
				t.Fatalf("no restore offer over the changed file (mode %d)", m2.mode)
			}
			framesNow(t, m2, "gendan?")
		})
	}
}

// deadPID is the id of a process that has ended.
func deadPID(t *testing.T) int {
	t.Helper()
	c := exec.Command("true")
	if err := c.Run(); err != nil {
		t.Skip(err)
	}
	return c.Process.Pid
}

// A scan full of escapes, imported in the wizard: the import's summary, the
// question and the status line after it.
func TestEscapesInAScanReachNoScreen(t *testing.T) {
	var csv strings.Builder
	csv.WriteString("Name;Provider;Purpose;Expiry;Category\n")
	for i, esc := range inert.Corpus {
		if strings.ContainsAny(esc, ";\n\r\"") {
			continue
		}
		fmt.Fprintf(&csv, "k%d%s;butik.dk%s;Husker%s;1 year;Preferences\n", i, esc, esc, esc)
		fmt.Fprintf(&csv, "u%d%s;tracker%s.example;;Session;Unclassified\n", i, esc, esc)
	}
	scan := filepath.Join(t.TempDir(), "scan.csv")
	if err := os.WriteFile(scan, []byte(csv.String()), 0o644); err != nil {
		t.Skip(err)
	}
	m := newTestModel(t, nil, "", 160, 50)
	openImport(t, m)
	m.Update(tea.PasteMsg{Content: scan})
	send(t, m, press("enter"))
	frames(t, m, "importens spørgsmål")
	send(t, m, press("enter"))
	frames(t, m, "efter importen")
	if !strings.Contains(m.status, "Tilføjet fra") {
		t.Fatalf("nothing imported: %q", m.status)
	}
	for _, c := range m.a.Cookies.List {
		if inert.Unsafe(c.Name+c.Provider+c.Purpose, false) != "" {
			t.Errorf("a control character from the scan reached the answers: %q", c.Name)
		}
	}
}

// Accessible mode with the payload in every field: the bytes written hold
// no control character but newline, and the window keeps its title.
func TestEscapesReachNoAccessiblePrompt(t *testing.T) {
	for _, onlyText := range []bool{false, true} {
		a := hostileAnswers(t, onlyText)
		dir := t.TempDir()
		path := filepath.Join(dir, "firma.toml")
		if err := drafts.Save(path, a); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		in := strings.NewReader(strings.Repeat("\n", 3000))
		err := RunAccessible(Options{Path: path, Answers: clone(t, a), Existing: true, NoColor: true, RecoveryDir: dir,
			Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }}, in, &out)
		shown := out.String()
		if !strings.Contains(shown, "Nu: Navn \\u001b]0;HIJACKED\\u0007") {
			t.Errorf("the name is not shown, inert:\n%s", tail(shown))
		}
		if bad := inert.Unsafe(shown, true); bad != "" || strings.Contains(shown, "\t") {
			i := strings.IndexAny(shown, "\x1b\a\t\r")
			t.Errorf("accessible mode writes %s: …%q…", bad, shown[max(0, i-80):min(len(shown), i+40)])
		}
		if err != nil && !strings.Contains(err.Error(), "gemt") {
			t.Errorf("accessible mode: %v", err)
		}
		if err != nil {
			checkFrame(t, "fejlen", err.Error())
		}
	}
}

// The findings name the control characters by their field and say what to
// do, in the wizard as in check.
func TestFindingsNameTheControlCharacters(t *testing.T) {
	a := example(t, "helle-falsberg")
	a.Purposes[0].Name = "Henvendelser\x1b]0;HIJACKED\a"
	fs := check.Check(a, time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC))
	found := false
	for _, f := range fs {
		found = found || f.Path == "purposes[1].name" && strings.Contains(f.Message, "styretegnet U+001B (ESC)")
	}
	if !found {
		t.Fatalf("no finding for the name: %v", fs)
	}
	m := newTestModel(t, a, "", 120, 40)
	send(t, m, press("ctrl+f"))
	if shown := screen(m); !strings.Contains(shown, "styretegnet U+001B (ESC)") {
		t.Logf("%d findings: %v", len(m.findings), m.findings)
		t.Errorf("the findings do not show it:\n%s", shown)
	}
}
