package testkit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/privatliv/privatliv/drafts"
)

// The days the tests are run as: check's findings about stale dates, the
// records' date and the starting points' effective date do not move with
// the calendar.
var (
	CheckDay  = time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	RecordDay = drafts.Date{Year: 2026, Month: 11, Day: 21}
	KindsNow  = CheckDay
)

// Root is the module's root directory, where go.mod is: the tests of every
// package find the answer files there.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}

// Examples loads every example answer file, failing on any problem.
func Examples(t testing.TB) map[string]*drafts.Answers {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(Root(t), "drafts", "examples", "*.toml"))
	if err != nil || len(paths) < 4 {
		t.Fatalf("want at least 4 examples, found %d (%v)", len(paths), err)
	}
	out := map[string]*drafts.Answers{}
	for _, p := range paths {
		f, err := drafts.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Validate(); err != nil {
			t.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(p), ".toml")] = f.Answers
	}
	return out
}

// Clone deep-copies answers through the answer-file format.
func Clone(t testing.TB, a *drafts.Answers) *drafts.Answers {
	t.Helper()
	data, err := drafts.Encode(a, "x.toml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := drafts.Parse("x.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	return f.Answers
}

// Everything is every example plus every schema-1 fixture, upgraded.
func Everything(t *testing.T) map[string]*drafts.Answers {
	t.Helper()
	out := Examples(t)
	for name, a := range Schema1Fixtures(t) {
		out["schema1/"+name] = a
	}
	return out
}

// Schema1Fixtures are the schema-1 answer files kept as frozen inputs,
// upgraded as they load.
func Schema1Fixtures(t *testing.T) map[string]*drafts.Answers {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(Root(t), "drafts", "testdata", "schema1", "*.toml"))
	if len(paths) < 4 {
		t.Fatalf("want 4 schema-1 fixtures, have %d", len(paths))
	}
	out := map[string]*drafts.Answers{}
	for _, p := range paths {
		f, err := drafts.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		if f.Schema != 1 {
			t.Fatalf("%s: fixture is schema %d, want 1", p, f.Schema)
		}
		out[strings.TrimSuffix(filepath.Base(p), ".toml")] = f.Answers
	}
	return out
}

// AllAnswers is every example and every starting point, filled in as a
// business of that kind would. (The schema-1 fixtures are frozen inputs.)
func AllAnswers(t *testing.T) map[string]*drafts.Answers {
	t.Helper()
	out := Examples(t)
	for _, k := range drafts.Kinds() {
		a, err := drafts.KindAnswers(k.ID)
		if err != nil {
			t.Fatal(err)
		}
		WithIdentity(a)
		FillBusinessAnswers(a)
		out["kind/"+k.ID] = a
	}
	return out
}

// PurposeOf is the purpose with the id, so a planted change does not
// depend on where in the file the purpose stands.
func PurposeOf(a *drafts.Answers, id string) *drafts.Purpose {
	for i := range a.Purposes {
		if a.Purposes[i].ID == id {
			return &a.Purposes[i]
		}
	}
	panic("no purpose " + id)
}

// Planted is a copy of a with errors in it: a placeholder, chatbot text, a
// missing retention and a missing e-mail.
func Planted(a *drafts.Answers) *drafts.Answers {
	b := *a
	b.Controller.Email = ""
	b.Purposes = append([]drafts.Purpose(nil), a.Purposes...)
	if len(b.Purposes) > 0 {
		p := b.Purposes[0]
		p.Description = "[Indsæt beskrivelse] Hvis du vil, kan jeg skrive mere."
		p.Retention.Period = ""
		p.Retention.After = ""
		b.Purposes[0] = p
	}
	return &b
}

// Largest is the example with the longest policy, which the benchmarks
// time: the clinic's.
func Largest(b *testing.B) *drafts.Answers {
	return Examples(b)["klinik-vesterbro"]
}
