package drafts

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/internal/inert"
)

// everyText calls fn with a settable value for every string of a (map
// values too), and its path.
func everyText(v reflect.Value, path string, fn func(path, was string, set func(string))) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			everyText(v.Elem(), path, fn)
		}
	case reflect.String:
		fn(path, v.String(), func(s string) { v.SetString(s) })
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			if k := tomlKey(t.Field(i)); k != "" {
				everyText(v.Field(i), join(path, k), fn)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			everyText(v.Index(i), path+"["+strconv.Itoa(i+1)+"]", fn)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			m, key := v, k
			fn(join(path, k.String()), v.MapIndex(k).String(), func(s string) { m.SetMapIndex(key, reflect.ValueOf(s)) })
		}
	}
}

// Every text field of every example refuses every escape sequence of the
// corpus, with its path and its line in the file; newline and tab only
// where the text has several lines.
func TestControlCharactersRefusedInEveryTextField(t *testing.T) {
	fields := 0
	for _, name := range Examples() {
		a, _ := Example(name)
		everyText(reflect.ValueOf(a).Elem(), "", func(path, was string, set func(string)) {
			if path == "schema" {
				return
			}
			fields++
			defer set(was)
			for _, esc := range append(inert.Corpus, "første\nanden", "a\tb") {
				set("Helle " + esc + " Webdesign")
				allowed := MultiLine(path) && (esc == "første\nanden" || esc == "a\tb")
				found := false
				var ps problems
				validator{a: a, ps: &ps}.controls() // what Validate runs first
				for _, p := range ps {
					if p.Path == path && (strings.Contains(p.Message, "styretegn") || strings.Contains(p.Message, "linjer") || strings.Contains(p.Message, "tabulator")) {
						found = true
						if inert.Unsafe(p.Message+p.Hint, false) != "" {
							t.Errorf("%s %s: the problem quotes the control character: %q", name, path, p.Message)
						}
					}
				}
				if found == allowed {
					t.Errorf("%s: %s = %q: refused %v, want %v", name, path, esc, found, !allowed)
				}
			}
		})
	}
	if fields < 1000 {
		t.Errorf("only %d text fields tried", fields)
	}
	t.Logf("%d text fields tried", fields)
}

// The review's file: a name holding OSC 0 is refused by check, with file,
// line, field and what to do.
func TestEscapeInNameHasItsLine(t *testing.T) {
	src, _ := ExampleSource("helle-falsberg")
	text := strings.Replace(string(src), `name = "Helle Falsberg Webdesign"`, `name = "Helle\u001b]0;HIJACKED\u0007"`, 1)
	f, err := Parse("x.toml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	err = f.Validate()
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("the name with OSC 0 is valid: %v", err)
	}
	want := `x.toml:17: controller.name: indeholder styretegnet U+001B (ESC) (tegn 6); slet det`
	if !strings.Contains(err.Error(), want) {
		t.Errorf("got\n%v\nwant %q", err, want)
	}
	if inert.Unsafe(err.Error(), true) != "" {
		t.Errorf("the message holds a control character: %q", err.Error())
	}
}

// A CRLF file's multi-line text keeps its line ends.
func TestMultiLineTextFromCRLF(t *testing.T) {
	a, _ := Example("helle-falsberg")
	a.Purposes[0].Description = "første\r\nanden"
	a.Purposes[0].Name = "første\r\nanden"
	var paths []string
	for _, p := range Validate(a) {
		paths = append(paths, p.Path)
	}
	if got := strings.Join(paths, " "); got != "purposes[1].name" {
		t.Errorf("problems at %q, want only the name", got)
	}
}
