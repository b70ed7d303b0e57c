package drafts

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed examples/*.toml
var examplesFS embed.FS

// Examples lists the names of the example answer files built into privatliv.
func Examples() []string {
	entries, _ := fs.ReadDir(examplesFS, "examples")
	var out []string
	for _, e := range entries {
		out = append(out, strings.TrimSuffix(e.Name(), ".toml"))
	}
	sort.Strings(out)
	return out
}

// Example loads a built-in example by name.
func Example(name string) (*Answers, error) {
	data, err := examplesFS.ReadFile("examples/" + name + ".toml")
	if err != nil {
		return nil, fmt.Errorf("der er intet eksempel, der hedder %q%s; se 'privatliv examples'", name, suggest(name, Examples()))
	}
	f, err := Parse(name+".toml", data)
	if err != nil {
		return nil, err
	}
	return f.Answers, nil
}

// ExampleSource is the text of a built-in example.
func ExampleSource(name string) ([]byte, error) {
	return examplesFS.ReadFile("examples/" + name + ".toml")
}
