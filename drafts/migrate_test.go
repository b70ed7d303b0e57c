package drafts

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestSchema1FixturesLoad: every schema-1 file (the examples as they were
// before schema 2) loads unchanged, is upgraded in memory and validates.
func TestSchema1FixturesLoad(t *testing.T) {
	paths, _ := filepath.Glob("testdata/schema1/*.toml")
	if len(paths) < 4 {
		t.Fatalf("want the 4 schema-1 fixtures, have %d", len(paths))
	}
	for _, p := range paths {
		f, err := Load(p)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if f.Schema != 1 || f.Answers.Schema != SchemaVersion {
			t.Errorf("%s: file schema %d, answers schema %d; want 1 and %d", p, f.Schema, f.Answers.Schema, SchemaVersion)
		}
		// Validity does not depend on the schema: the file reports exactly
		// what the same answers written as schema 2 report. (Some fixtures
		// lean on catalogue facts that the catalogue no longer asserts.)
		data, _ := os.ReadFile(p)
		v2, err := Parse(p, bytes.Replace(data, []byte("schema = 1\n"), []byte("schema = 2\n"), 1))
		if err != nil {
			t.Fatal(err)
		}
		if a, b := fmt.Sprint(f.Validate()), fmt.Sprint(v2.Validate()); a != b {
			t.Errorf("%s: schema 1 reports\n%s\nthe same answers in schema 2 report\n%s", p, a, b)
		}
		// Saving writes the new schema.
		enc, err := Encode(f.Answers, p)
		if err != nil {
			t.Fatal(err)
		}
		g, err := Parse(p, enc)
		if err != nil {
			t.Fatalf("%s: saved schema-1 file does not load: %v", p, err)
		}
		if g.Schema != SchemaVersion || !reflect.DeepEqual(g.Answers, f.Answers) {
			t.Errorf("%s: saving the upgraded answers changed them", p)
		}
	}
}

func TestMigrateFixtures(t *testing.T) {
	paths, _ := filepath.Glob("testdata/schema1/*.toml")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out, err := Migrate(p, data)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		// Only the schema line changes in these files.
		want := bytes.Replace(data, []byte("schema = 1\n"), []byte("schema = 2\n"), 1)
		if !bytes.Equal(out, want) {
			t.Errorf("%s: migrate changed more than the schema line", p)
		}
		again, err := Migrate(p, out)
		if err != nil || !bytes.Equal(again, out) {
			t.Errorf("%s: migrating a schema-2 file is not a no-op (%v)", p, err)
		}
	}
}

func TestMigrateKeepsCommentsAndSeparatesOwnGroups(t *testing.T) {
	src := `# Svar for Foreningen
schema = 1 # gammelt format

[document]
effective = 2026-03-01

[controller]
name = "Foreningen"
cvr = "13748136"
address = "Vej 1"
postcode = "8000"
town = "Aarhus C"
email = "a@b.dk"

# Medlemmerne
[[subjects]]
group = "other"
name = "Medlemmer"
data = ["contact"]

[[subjects]]
group = "other" # de frivillige
name = "Frivillige"
data = ["contact"]

[[purposes]]
id = "medlemmer"
name = "Medlemskab"
subjects = ["other"]
data = ["contact"]
basis = ["6.1.b"]

[purposes.retention]
period = "1 år"
`
	out, err := Migrate("f.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, want := range []string{"# Svar for Foreningen\n", "schema = 2 # gammelt format\n", "# Medlemmerne\n", "group = \"other\" # de frivillige\nid = \"other-2\"\n"} {
		if !strings.Contains(s, want) {
			t.Errorf("migrated file lacks %q:\n%s", want, s)
		}
	}
	f, err := Parse("f.toml", out)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Validate(); err != nil {
		t.Errorf("migrated file: %v", err)
	}
	if k := f.Answers.Subjects[1].Key(); k != "other-2" {
		t.Errorf("second own group has key %q, want other-2", k)
	}
}

func TestMigrateRefusesBrokenFile(t *testing.T) {
	if _, err := Migrate("f.toml", []byte("schema = 1\n[controller]\nnavn = \"x\"\n")); err == nil {
		t.Error("a file with an unknown key was migrated")
	}
}

// TestSaveSchema1WritesSchema2: saving a schema-1 file (as the wizard does)
// writes schema 2 and keeps the file's comments.
func TestSaveSchema1WritesSchema2(t *testing.T) {
	data, err := os.ReadFile("testdata/schema1/helle-falsberg.toml")
	if err != nil {
		t.Fatal(err)
	}
	data = append([]byte("# kundens egne noter\n"), data...)
	path := filepath.Join(t.TempDir(), "helle.toml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := Save(path, f.Answers); err != nil {
		t.Fatal(err)
	}
	g, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if g.Schema != SchemaVersion || !reflect.DeepEqual(g.Answers, f.Answers) {
		t.Errorf("saved file: schema %d, same answers %v", g.Schema, reflect.DeepEqual(g.Answers, f.Answers))
	}
	out, _ := os.ReadFile(path)
	if !strings.Contains(string(out), "# kundens egne noter") {
		t.Error("saving lost the file's comment")
	}
}
