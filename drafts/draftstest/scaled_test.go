package draftstest

import (
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

// A grown file is a valid answer file n times the example's size, and
// growing leaves the example alone.
func TestScaled(t *testing.T) {
	a, err := drafts.Example(Largest)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := drafts.Encode(a, "a.toml")
	for _, n := range []int{1, 2, 5} {
		data, err := ScaledExample(n)
		if err != nil {
			t.Fatal(err)
		}
		f, err := drafts.Parse("grown.toml", data)
		if err != nil {
			t.Fatalf("%dx: %v", n, err)
		}
		g := f.Answers
		if len(g.Purposes) != n*len(a.Purposes) || len(g.Vendors) != n*len(a.Vendors) ||
			len(g.Subjects) != n*len(a.Subjects) || len(g.Cookies.List) != n*len(a.Cookies.List) {
			t.Errorf("%dx: %d purposes, %d vendors, %d groups, %d cookies", n, len(g.Purposes), len(g.Vendors), len(g.Subjects), len(g.Cookies.List))
		}
		if p := drafts.Validate(g); len(p) > 0 {
			t.Errorf("%dx: %v", n, p)
		}
	}
	if _, err := Scaled(a, 3); err != nil {
		t.Fatal(err)
	}
	if after, _ := drafts.Encode(a, "a.toml"); string(after) != string(before) {
		t.Error("growing changed the example")
	}
}
