package drafts

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// plant puts a consultant's notes into an answer file in n places spread
// over the whole file: comments above tables and keys, trailing comments on
// values, and extra blank lines.
func plant(t *testing.T, src string, n int) string {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(src, "\n"), "\n")
	var candidates []int
	for i, l := range lines {
		trim := strings.TrimSpace(l)
		if strings.HasPrefix(trim, "[") || strings.Contains(l, " = ") || trim == "" {
			candidates = append(candidates, i)
		}
	}
	if len(candidates) < n {
		t.Fatalf("only %d places to plant %d notes", len(candidates), n)
	}
	at := map[int]int{}
	for j := 0; j < n; j++ {
		at[candidates[j*len(candidates)/n]] = j
	}
	var out []string
	for i, l := range lines {
		j, ok := at[i]
		trim := strings.TrimSpace(l)
		switch {
		case !ok:
		case strings.HasPrefix(trim, "["):
			out = append(out, fmt.Sprintf("# note %d: tjekket i CVR", j))
		case trim == "":
			out = append(out, "")
		case j%2 == 0 && !strings.HasSuffix(trim, "["):
			l += fmt.Sprintf("   # trailing %d", j)
		default:
			out = append(out, fmt.Sprintf("  # about the next key %d", j))
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n") + "\n"
}

// diffLines returns the lines that differ between a and b, which must have
// the same number of lines.
func diffLines(t *testing.T, a, b string) []string {
	t.Helper()
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	if len(al) != len(bl) {
		t.Fatalf("line count changed from %d to %d:\n%s", len(al), len(bl), b)
	}
	var out []string
	for i := range al {
		if al[i] != bl[i] {
			out = append(out, fmt.Sprintf("%d: %q -> %q", i+1, al[i], bl[i]))
		}
	}
	return out
}

func loadSource(t *testing.T, name, src string) *Answers {
	t.Helper()
	f, err := Parse(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return f.Answers
}

func TestMergeKeepsCommentsAndChangesOneLine(t *testing.T) {
	for _, name := range Examples() {
		t.Run(name, func(t *testing.T) {
			src, err := ExampleSource(name)
			if err != nil {
				t.Fatal(err)
			}
			planted := plant(t, string(src), 20)
			a := loadSource(t, name, planted)

			// Nothing changed: the file comes back byte for byte.
			same, err := Merge([]byte(planted), a, name+".toml")
			if err != nil {
				t.Fatal(err)
			}
			if string(same) != planted {
				t.Fatalf("unchanged answers changed the file: %v", diffLines(t, planted, string(same)))
			}

			// One value changed: exactly that line differs.
			a.Controller.Email = "ny@eksempel.dk"
			got, err := Merge([]byte(planted), a, name+".toml")
			if err != nil {
				t.Fatal(err)
			}
			d := diffLines(t, planted, string(got))
			if len(d) != 1 || !strings.Contains(d[0], `email = \"ny@eksempel.dk\"`) {
				t.Fatalf("want exactly the e-mail line changed, got %v", d)
			}

			// A value inside a list item, with a trailing comment kept.
			a.Purposes[1].Retention.Period = "7 år"
			got, err = Merge([]byte(planted), a, name+".toml")
			if err != nil {
				t.Fatal(err)
			}
			if d := diffLines(t, planted, string(got)); len(d) != 2 {
				t.Fatalf("want two lines changed, got %v", d)
			}
			if b := loadSource(t, name, string(got)); !reflect.DeepEqual(b, a) {
				t.Fatal("saved file does not hold the answers")
			}
		})
	}
}

func TestMergeRemovedItemTakesItsComments(t *testing.T) {
	src, _ := ExampleSource("helle-falsberg")
	text := strings.Replace(string(src), "[[purposes]]\nid = \"opgaver\"", "# Opgaver: aftalt med Helle 3/9\n[[purposes]]\nid = \"opgaver\"  # fra skabelonen", 1)
	if !strings.Contains(text, "# Opgaver") {
		t.Fatal("fixture did not change")
	}
	a := loadSource(t, "x", text)
	var removed Purpose
	for i, p := range a.Purposes {
		if p.ID == "opgaver" {
			removed = p
			a.Purposes = append(a.Purposes[:i:i], a.Purposes[i+1:]...)
			break
		}
	}
	if removed.ID == "" {
		t.Fatal("no purpose opgaver")
	}
	// Links to the removed purpose go too, as the wizard does.
	for i := range a.Vendors {
		a.Vendors[i].Purposes = without(a.Vendors[i].Purposes, "opgaver")
	}
	for i := range a.Disclosures {
		a.Disclosures[i].Purposes = without(a.Disclosures[i].Purposes, "opgaver")
	}
	got, err := Merge([]byte(text), a, "x.toml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(got)
	for _, gone := range []string{"# Opgaver", "fra skabelonen", removed.Name} {
		if strings.Contains(s, gone) {
			t.Errorf("%q is still in the file", gone)
		}
	}
	if strings.Contains(s, "\n\n\n") {
		t.Error("removing left a double blank line")
	}
	if b := loadSource(t, "x", s); !reflect.DeepEqual(b, a) {
		t.Fatal("saved file does not hold the answers")
	}
}

func without(list []string, s string) []string {
	var out []string
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

func TestMergeAddsItemsInTheUsualLayout(t *testing.T) {
	src, _ := ExampleSource("helle-falsberg")
	text := plant(t, string(src), 10)
	a := loadSource(t, "x", text)
	p := a.Purposes[0]
	p.ID, p.Name = "ny", "Et nyt formål"
	a.Purposes = append(a.Purposes, p)
	a.DPO = &Contact{Name: "Rådgiver ApS", Email: "dpo@example.dk"}
	got, err := Merge([]byte(text), a, "x.toml")
	if err != nil {
		t.Fatal(err)
	}
	if b := loadSource(t, "x", string(got)); !reflect.DeepEqual(b, a) {
		t.Fatal("saved file does not hold the answers")
	}
	// Every old line is still there, in order.
	gl := strings.Split(string(got), "\n")
	j := 0
	for _, l := range strings.Split(text, "\n") {
		for j < len(gl) && gl[j] != l {
			j++
		}
		if j == len(gl) {
			t.Fatalf("old line %q lost or moved", l)
		}
	}
	if !strings.Contains(string(got), "[[purposes]]\nid = \"ny\"\nname = \"Et nyt formål\"") {
		t.Errorf("new purpose not in the usual layout:\n%s", got)
	}
	if !strings.Contains(string(got), "[dpo]\nname = \"Rådgiver ApS\"") {
		t.Errorf("new table not in the usual layout:\n%s", got)
	}
}

func TestMergeOfAnUnusualLayoutKeepsTheAnswers(t *testing.T) {
	src, _ := ExampleSource("helle-falsberg")
	// An inline table and a trailing comment on a multi-line array.
	text := strings.Replace(string(src), "[purposes.retention]\nperiod = \"2 år\"\nafter = \"last_contact\"",
		"retention = { period = \"2 år\", after = \"last_contact\" }  # kort", 1)
	text = strings.Replace(text, `data = ["contact", "correspondence"]`, "data = [\n  \"contact\",  # navn\n  \"correspondence\",\n]", 1)
	a := loadSource(t, "x", text)
	a.Purposes[0].Retention.Period = "3 år"
	a.Subjects[1].Data = []string{"contact"}
	got, err := Merge([]byte(text), a, "x.toml")
	if err != nil {
		t.Fatal(err)
	}
	if b := loadSource(t, "x", string(got)); !reflect.DeepEqual(b, a) {
		t.Fatalf("saved file does not hold the answers:\n%s", got)
	}
	if !strings.Contains(string(got), `period = "3 år"`) || !strings.Contains(string(got), "# kort") {
		t.Errorf("inline table not rewritten in place:\n%s", got)
	}
}

func TestMergeNewFileIsCanonical(t *testing.T) {
	a, err := Example("tidsflow")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Encode(a, "x.toml")
	got, err := Merge(nil, a, "x.toml")
	if err != nil || string(got) != string(want) {
		t.Fatalf("new file is not the canonical encoding (err %v)", err)
	}
}

func TestSaveFileKeepsAnUnkeepableLayoutAsBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.toml")
	src, _ := ExampleSource("helle-falsberg")
	// Dotted keys for a table the merge would otherwise add as a section.
	text := strings.Replace(string(src), "[purposes.retention]\nperiod = \"2 år\"\nafter = \"last_contact\"",
		"retention.period = \"2 år\"", 1)
	text = "# min kommentar\n" + text
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	a := loadSource(t, path, text)
	a.Purposes[0].Retention.After = "last_contact"
	saved, err := SaveFile(path, a)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(f.Answers, a) {
		t.Fatal("saved file does not hold the answers")
	}
	if saved.Backup != "" {
		if b, _ := os.ReadFile(saved.Backup); string(b) != text {
			t.Fatal("backup does not hold the old file")
		}
	} else if !strings.Contains(string(saved.Data), "# min kommentar") {
		t.Fatal("comment lost without a backup")
	}
}

// SaveFileFrom writes a new file in its source's layout, with the source's
// comments, and leaves an existing file's own layout alone.
func TestSaveFileFromSource(t *testing.T) {
	src, err := KindSource("salon")
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse("salon.toml", src)
	if err != nil {
		t.Fatal(err)
	}
	a := f.Answers
	a.Controller.Name = "Salon Sol"
	path := filepath.Join(t.TempDir(), "ny.toml")
	if _, err := SaveFileFrom(path, a, src); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	comments := 0
	for _, l := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "#") {
			comments++
			if !strings.Contains(string(got), l) {
				t.Errorf("comment lost: %q", l)
			}
		}
	}
	if comments < 5 {
		t.Fatalf("the source has only %d comments", comments)
	}
	g, err := Parse(path, got)
	if err != nil || !reflect.DeepEqual(g.Answers, a) {
		t.Fatalf("the saved file does not hold the answers (%v)", err)
	}

	// An existing file keeps its own layout: no comments from the source.
	own := []byte("schema = 2\n# min egen note\n")
	if err := os.WriteFile(path, own, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := SaveFileFrom(path, a, src); err != nil {
		t.Fatal(err)
	}
	got, _ = os.ReadFile(path)
	if !strings.Contains(string(got), "# min egen note") || strings.Contains(string(got), "# Udgangspunkt") {
		t.Errorf("an existing file took the source's comments or lost its own:\n%s", got)
	}
}
