package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/privatliv/privatliv/drafts"
)

func fixture(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "drafts", "cookiescan", "testdata", "import", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// openImport opens the cookie step's import row.
func openImport(t *testing.T, m *Model) {
	t.Helper()
	send(t, m, press("ctrl+g"), keyPress("6"))
	for i, r := range m.rows() {
		if r.coll == importColl {
			m.cursor = i
		}
	}
	send(t, m, press("enter"))
	at(t, m, "cookies.import.path")
}

// The import reads a HAR export or a consent tool's CSV, shows what it
// recognised and what not (with domains), and on enter adds the cookies,
// the vendors and the consent purposes they need, saying so.
func TestCookieImportInWizard(t *testing.T) {
	for _, tc := range []struct {
		file, unknown string
		vendors       []string
	}{
		{"butik.har", "butik_cart (www.butik.dk)", []string{"google-analytics", "meta-pixel", "cookiebot"}},
		{"cookiebot.csv", "ukendt_x (tracker.example)", []string{"google-analytics", "meta-pixel", "cookiebot"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			m := newTestModel(t, nil, "", 160, 50)
			had := problemPaths(m.a)
			openImport(t, m)
			typeText(t, m, fixture(t, tc.file))
			if m.fieldErr != "" {
				t.Fatalf("the fixture is refused: %s", m.fieldErr)
			}
			send(t, m, press("enter"))
			at(t, m, "cookies.import.apply")
			f := m.q.fields["cookies.import.apply"]
			if !strings.Contains(f.desc, tc.unknown) || !strings.Contains(f.desc, "Genkendt:\n") || !strings.HasPrefix(f.title, "Tilføj de ") {
				t.Errorf("what was found is not shown:\n%s\n%s", f.title, f.desc)
			}
			if !strings.Contains(screen(m), strings.Fields(tc.unknown)[0]) {
				t.Errorf("the unknown cookie is not on screen:\n%s", screen(m))
			}
			if len(m.a.Cookies.List) != 0 || m.dirty() {
				t.Fatal("cookies were added before the user said yes")
			}
			send(t, m, press("enter"))
			if m.mode != modeList {
				t.Fatalf("enter did not finish the import (mode %d)", m.mode)
			}
			if !strings.Contains(m.status, "Tilføjet fra "+tc.file+": ") || !strings.Contains(m.status, "cookies (") || !strings.Contains(m.status, "skal I selv beskrive") {
				t.Errorf("status line: %q", m.status)
			}
			if !strings.Contains(screen(m), "Tilføjet fra "+tc.file) {
				t.Errorf("the status is not on screen")
			}
			if !m.dirty() {
				t.Error("the import did not mark the answers unsaved")
			}
			var ga *drafts.Cookie
			for i, c := range m.a.Cookies.List {
				if c.Name == "_ga" {
					ga = &m.a.Cookies.List[i]
				}
			}
			if ga == nil || ga.Category != "statistics" || ga.PurposeID == "" {
				t.Fatalf("_ga not imported with a purpose: %+v", m.a.Cookies.List)
			}
			for _, id := range tc.vendors {
				if !slices.ContainsFunc(m.a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == id }) {
					t.Errorf("vendor %s not added: %+v", id, m.a.Vendors)
				}
			}
			// What the catalogue does not know about a vendor is for the
			// user to state; the status line says so.
			for _, p := range drafts.Validate(m.a) {
				if !had[p.Path] && !strings.Contains(p.Message, "kataloget ved ikke") {
					t.Errorf("the import left a problem: %s", p)
				}
				if strings.Contains(p.Message, "kataloget ved ikke") && !strings.Contains(m.status, "Kataloget kender ikke alt om") {
					t.Errorf("the status does not say that facts are missing: %q", m.status)
				}
			}
			// Importing the same file again adds nothing.
			before := clone(t, m.a)
			openImport(t, m)
			typeText(t, m, fixture(t, tc.file))
			send(t, m, press("enter"))
			if f := m.q.fields["cookies.import.apply"]; !strings.Contains(f.title, "intet at tilføje") {
				t.Errorf("a second import offers %q", f.title)
			}
			send(t, m, press("enter"))
			if !reflect.DeepEqual(before, m.a) || !strings.Contains(m.status, "Intet nyt") {
				t.Errorf("a second import changed the answers; status %q", m.status)
			}
		})
	}
}

// esc cancels an import, and a file that does not exist or does not parse
// is refused where it is typed.
func TestCookieImportCancelAndBadFiles(t *testing.T) {
	a := example(t, "helle-falsberg")
	m := newTestModel(t, clone(t, a), "", 160, 50)
	openImport(t, m)
	typeText(t, m, fixture(t, "butik.har"))
	send(t, m, press("enter"), press("esc"))
	if m.mode != modeList || !reflect.DeepEqual(m.a, a) || m.dirty() {
		t.Fatalf("esc did not cancel: mode %d, dirty %v", m.mode, m.dirty())
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "tom.har")
	os.WriteFile(bad, []byte(`{"log":{"entries":[]}}`), 0o644)
	for path, want := range map[string]string{
		filepath.Join(dir, "findes-ikke.har"): "findes ikke",
		dir:                                   "er en mappe",
		bad:                                   "ingen forespørgsler",
	} {
		openImport(t, m)
		typeText(t, m, path)
		if !strings.Contains(m.fieldErr, want) {
			t.Errorf("%s: message %q, want %q", path, m.fieldErr, want)
		}
		send(t, m, press("enter"))
		at(t, m, "cookies.import.path") // refused: no further
		send(t, m, press("esc"))
	}
	if !reflect.DeepEqual(m.a, a) || m.dirty() {
		t.Error("a refused file changed the answers")
	}
	if got := cleanPath(`'/tmp/mine cookies.csv'`); got != "/tmp/mine cookies.csv" {
		t.Errorf("quoted path: %q", got)
	}
	if got := cleanPath(`/tmp/mine\ cookies.csv`); got != "/tmp/mine cookies.csv" {
		t.Errorf("escaped path: %q", got)
	}
}

// Accessible mode asks the import as plain prompts and adds on yes.
func TestCookieImportAccessible(t *testing.T) {
	m := New(Options{Answers: drafts.Starter(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)), NoColor: true, RecoveryDir: t.TempDir(),
		Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }})
	var out bytes.Buffer
	in := strings.Join([]string{"2", "/findes/ikke.csv", fixture(t, "cookiebot.csv"), "", "1"}, "\n") + "\n"
	p := &prompter{m: m, out: &out, lines: readLines(strings.NewReader(in))}
	if err := p.list(importColl); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	shown := out.String()
	for _, s := range []string{"Hvilken fil vil du importere?", "Fejl: filen /findes/ikke.csv findes ikke", "ukendt_x (tracker.example)", "Tilføj de ", "Tilføjet fra cookiebot.csv"} {
		if !strings.Contains(shown, s) {
			t.Errorf("accessible mode does not show %q:\n%s", s, shown)
		}
	}
	if len(m.a.Cookies.List) == 0 || !strings.Contains(m.status, "Tilføjet fra cookiebot.csv") {
		t.Errorf("nothing imported: %d cookies, status %q", len(m.a.Cookies.List), m.status)
	}
}
