package drafts

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/privatliv/privatliv/internal/inert"
)

// Control characters are refused in every text of the answers: they cannot
// be seen, and on a terminal ESC and the 8-bit C1 controls change the
// window's title, write the clipboard or plant links. A TOML escape such as
// \u001b or \u009b puts them in a file that is otherwise fine. Newline and
// tab are allowed only where a text has several lines.

// multiLine are the texts that may have several lines (the wizard asks
// them in a text area), by path without list indices.
var multiLine = map[string]bool{
	"document.changes.text":           true,
	"purposes.description":            true,
	"purposes.record_purpose":         true,
	"processor.description":           true,
	"processor.record_description":    true,
	"automated.description":           true,
	"automated.logic":                 true,
	"automated.consequences":          true,
	"automated.profiling_description": true,
}

// MultiLine reports whether the text at path (purposes[2].description) may
// hold newlines and tabs.
func MultiLine(path string) bool { return multiLine[withoutIndices(path)] }

// withoutIndices is path without its list indices: purposes.description.
func withoutIndices(path string) string {
	if !strings.Contains(path, "[") {
		return path
	}
	var b strings.Builder
	skip := false
	for _, r := range path {
		switch {
		case r == '[':
			skip = true
		case r == ']':
			skip = false
		case !skip:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// controlProblem says what is wrong with a text holding a control
// character, or "" when it holds none.
func controlProblem(s string, multi bool) (msg, hint string) {
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			continue
		case !inert.IsControl(r):
			continue
		case multi && (r == '\n' || r == '\t'):
			continue
		case multi && r == '\r' && strings.HasPrefix(s[i+1:], "\n"):
			continue
		case r == '\n' || r == '\r':
			return "må ikke gå over flere linjer", "skriv teksten på én linje"
		case r == '\t':
			return "indeholder et tabulatortegn", "brug mellemrum i stedet"
		}
		return fmt.Sprintf("indeholder styretegnet %s (tegn %d)", controlName(r), utf8.RuneCountInString(s[:i])+1),
			fmt.Sprintf("slet det; det kan ikke ses, men kan ændre en terminal (i filen står det som \\u%04x)", r)
	}
	return "", ""
}

// controls reports every text of the answers that holds a control
// character.
func (v validator) controls() {
	eachText(reflect.ValueOf(v.a).Elem(), &textPath{}, func(p *textPath, s string) {
		if !hasControl(s) {
			return
		}
		path := p.String()
		if msg, hint := controlProblem(s, MultiLine(path)); msg != "" {
			v.ps.add(path, "%s; %s", msg, hint)
		}
	})
}

// hasControl reports whether s holds any control character, newline and
// tab included: the quick test before a text is looked at closely.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
			return true
		}
	}
	return false
}

// textPath is a text's path in the answer file, built up as the answers
// are walked and made a string only when it is needed.
type textPath struct{ b []byte }

func (p *textPath) String() string { return string(p.b) }

// eachText calls fn with every string in v and its path in the answer
// file: struct fields by their TOML key, list items counted from 1, and
// both the keys and the values of a map.
func eachText(v reflect.Value, p *textPath, fn func(p *textPath, s string)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			eachText(v.Elem(), p, fn)
		}
	case reflect.String:
		fn(p, v.String())
	case reflect.Struct:
		n := len(p.b)
		for _, f := range keyedFields(v.Type()) {
			p.b = appendKey(p.b[:n], f.key)
			eachText(v.Field(f.index), p, fn)
		}
		p.b = p.b[:n]
	case reflect.Slice:
		n := len(p.b)
		for i := 0; i < v.Len(); i++ {
			p.b = append(strconv.AppendInt(append(p.b[:n], '['), int64(i+1), 10), ']')
			eachText(v.Index(i), p, fn)
		}
		p.b = p.b[:n]
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		n := len(p.b)
		for _, k := range keys {
			fn(p, k.String())
			p.b = appendKey(p.b, inert.Line(k.String()))
			eachText(v.MapIndex(k), p, fn)
			p.b = p.b[:n]
		}
	}
}

// keyedField is a struct field with a key in the answer file.
type keyedField struct {
	index int
	key   string
}

var keyedFieldsOf sync.Map // reflect.Type -> []keyedField

// keyedFields are t's fields that have a key in the answer file, read from
// the struct tags once per type.
func keyedFields(t reflect.Type) []keyedField {
	if fs, ok := keyedFieldsOf.Load(t); ok {
		return fs.([]keyedField)
	}
	var fs []keyedField
	for i := 0; i < t.NumField(); i++ {
		if k := tomlKey(t.Field(i)); k != "" {
			fs = append(fs, keyedField{i, k})
		}
	}
	keyedFieldsOf.Store(t, fs)
	return fs
}

func appendKey(b []byte, k string) []byte {
	if len(b) > 0 {
		b = append(b, '.')
	}
	return append(b, k...)
}
