package tui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/privatliv/privatliv/drafts"
)

// startingPoints are every questionnaire the wizard can start from: each
// example and the new questionnaire.
func startingPoints(t *testing.T) map[string]*drafts.Answers {
	t.Helper()
	out := map[string]*drafts.Answers{
		"ny": drafts.Starter(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)),
	}
	for _, name := range drafts.Examples() {
		out[name] = example(t, name)
	}
	for _, k := range drafts.Kinds() {
		a, err := drafts.KindAnswers(k.ID)
		if err != nil {
			t.Fatal(err)
		}
		a.Document.Effective = drafts.DateOf(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC))
		out["kind-"+k.ID] = a
	}
	// Starting points composed from blocks: every block in »jeg«, an
	// association, and the yoga studio of the review with its systems.
	for name, setup := range map[string]drafts.Setup{
		"blokke-alle-jeg": {Voice: "jeg", Blocks: drafts.BlockIDs()},
		"blokke-forening": {Voice: "vi", Association: true, Blocks: []string{"medlemmer", "betaling", "nyhedsbrev", "hjemmeside"}},
		"blokke-yoga": {Kind: "studie", Voice: "jeg", Blocks: []string{"kunder", "hjemmeside", "booking", "betaling", "helbred", "nyhedsbrev", "statistik", "annoncer"},
			Systems:      map[string]string{"payment": "mobilepay", "newsletter": "mailchimp", "analytics": "google-analytics", "ads": "meta-pixel"},
			SystemsInEEA: true, Banner: "cookiebot", Profiling: "marketing"},
	} {
		a, err := drafts.Compose(setup)
		if err != nil {
			t.Fatal(err)
		}
		a.Document.Effective = drafts.DateOf(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC))
		out[name] = a
	}
	// Answers that use every optional vendor and cookie answer, and a site
	// that sets no cookies.
	out["alle-nye-felter"] = allNewFields(t)
	none := drafts.Starter(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC))
	none.Cookies.None = true
	out["ingen-cookies"] = none
	return out
}

// form is one form the wizard can open: a step's own form, or a list item.
type form struct {
	name string
	open func(t *testing.T, m *Model) // leaves the form open
}

// forms lists every form of every step and every list item in a.
func forms(a *drafts.Answers) []form {
	var out []form
	for i, s := range steps {
		if s.form != nil {
			out = append(out, form{fmt.Sprintf("trin %d %s", i+1, s.id), func(t *testing.T, m *Model) {
				goToStep(t, m, i)
			}})
			continue
		}
		for _, c := range s.colls {
			for j := 0; j < c.count(a); j++ {
				out = append(out, form{fmt.Sprintf("trin %d %s[%d]", i+1, c.prefix, j+1), func(t *testing.T, m *Model) {
					goToStep(t, m, i)
					for r, row := range m.rows() {
						if row.coll == c && row.item == j {
							m.cursor = r
						}
					}
					send(t, m, press("enter"))
					if m.mode != modeItem {
						t.Fatalf("enter on %s[%d] did not open it", c.prefix, j+1)
					}
				}})
			}
		}
	}
	return out
}

// TestOpeningAndLeavingAFormChangesNothing walks every form of every
// starting point twice: opened and left with esc, and opened and gone
// through with enter on every field without typing. Neither may change an
// answer, make the questionnaire unsaved, or change the saved file.
func TestOpeningAndLeavingAFormChangesNothing(t *testing.T) {
	for name, a := range startingPoints(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			path := filepath.Join(dir, name+".toml")
			if err := drafts.Save(path, a); err != nil {
				t.Fatal(err)
			}
			before, _ := os.ReadFile(path)
			want := clone(t, a)
			for _, leave := range []string{"esc", "enter"} {
				m := newTestModel(t, clone(t, a), path, 120, 40)
				for _, f := range forms(a) {
					f.open(t, m)
					if m.form == nil {
						t.Fatalf("%s: no form open", f.name)
					}
					if m.q.isHidden(m.q.groups[0]) {
						t.Fatalf("%s: the first group is hidden", f.name)
					}
					if leave == "esc" {
						send(t, m, press("esc"))
					} else {
						startMode, startStep := m.mode, m.cur
						for n := 0; n < 200 && m.mode == startMode && m.cur == startStep; n++ {
							send(t, m, press("enter"))
						}
						send(t, m, press("esc"))
					}
					if !reflect.DeepEqual(m.a, want) {
						t.Fatalf("%s, left with %s: the answers changed\n%s", f.name, leave, answerDiff(t, want, m.a))
					}
					if m.dirty() {
						t.Fatalf("%s, left with %s: the questionnaire is marked unsaved", f.name, leave)
					}
				}
				send(t, m, press("ctrl+s"))
				if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
					t.Fatalf("left with %s: saving changed the file", leave)
				}
			}
		})
	}
}

// answerDiff names the first lines where two encodings differ.
func answerDiff(t *testing.T, want, got *drafts.Answers) string {
	w, _ := drafts.Encode(want, "x.toml")
	g, _ := drafts.Encode(got, "x.toml")
	wl, gl := bytes.Split(w, []byte("\n")), bytes.Split(g, []byte("\n"))
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var a, b []byte
		if i < len(wl) {
			a = wl[i]
		}
		if i < len(gl) {
			b = gl[i]
		}
		if !bytes.Equal(a, b) {
			return fmt.Sprintf("line %d: want %q, got %q", i+1, a, b)
		}
	}
	return "(same encoding; a value differs that the file does not hold)"
}
