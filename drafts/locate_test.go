package drafts

import "testing"

func TestLineIndex(t *testing.T) {
	src := `schema = 1 # version
[controller]
name = "Firma # [ikke en tabel]" # kommentar
[[purposes]]
id = "a"
basis = [
  "6.1.b",
  "6.1.c", # to grundlag
]
retention = { period = "5 år", after = "fiscal_year_end" }
[[purposes]]
id = "b"
[purposes.retention]
period = "1 år"
`
	idx := indexLines([]byte(src))
	for path, want := range map[string]int{
		"schema": 1, "controller.name": 3, "purposes[1].id": 5, "purposes[1].basis": 6,
		"purposes[1].basis[2]": 8, "purposes[1].retention.after": 10,
		"purposes[2].id": 12, "purposes[2].retention.period": 14, "purposes[2].retention.note": 13,
	} {
		if got := idx.find(path); got != want {
			t.Errorf("%s: line %d, want %d", path, got, want)
		}
	}
	if got := code(`name = "a # b [x]" # c`); got != `name = "         " ` {
		t.Errorf("code() = %q", got)
	}
}
