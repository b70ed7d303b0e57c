package drafts

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// MaxFileSize bounds what Load reads: a real answer file is a few kilobytes.
const MaxFileSize = 2 << 20

// File is a loaded answer file: the answers and where each key stands in
// the text, so later problems can name their line.
type File struct {
	Path    string
	Answers *Answers
	// Schema is the version the file was written in; a schema-1 file's
	// answers are upgraded in memory, and saving writes SchemaVersion.
	Schema int
	data   []byte
	index  lineIndex // built on first use: most files have no problems to place
}

func (f *File) lines() lineIndex {
	if f.index == nil {
		f.index = indexLines(f.data)
	}
	return f.index
}

// Load reads and decodes an answer file strictly. Every syntax error, unknown
// key and wrongly typed value is reported at once in a *LoadError; a file
// with problems yields no answers, so nothing half-read is ever used.
func Load(path string) (*File, error) {
	info, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: filen findes ikke; opret den med 'privatliv new %s'", path, path)
		}
		return nil, fmt.Errorf("%s: kan ikke læse filen: %w", path, err)
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s: er en mappe, ikke en svarfil (.toml)", path)
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf("%s: filen er %d MB – for stor til at være en svarfil (højst %d MB)", path, info.Size()>>20, MaxFileSize>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: kan ikke læse filen: %w", path, err)
	}
	return Parse(path, data)
}

// Parse decodes answer-file text; name is used in messages.
func Parse(name string, data []byte) (*File, error) {
	fail := func(ps ...Problem) (*File, error) {
		return nil, &LoadError{File: name, Problems: ps}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fail(Problem{Message: "filen er tom", Hint: "start en ny svarfil med 'privatliv new'"})
	}
	if len(data) > MaxFileSize {
		return fail(Problem{Message: fmt.Sprintf("filen er for stor til at være en svarfil (højst %d MB)", MaxFileSize>>20)})
	}
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return fail(Problem{Message: "filen er ikke tekst i UTF-8 og kan ikke være en svarfil"})
	}
	// Fast path: a correct file decodes straight into the answers with no
	// undecoded keys. Anything else is read again as a map, so every problem
	// can be reported at once with its path.
	var a Answers
	if md, err := toml.Decode(string(data), &a); err == nil && len(md.Undecoded()) == 0 && readable(int64(a.Schema)) {
		from := a.Schema
		Upgrade(&a)
		return &File{Path: name, Answers: &a, Schema: from, data: data}, nil
	}
	a = Answers{}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line, col := errorAt(data, pe.Position)
			return fail(Problem{Line: line, Col: col,
				Message: "TOML-syntaksfejl: " + danishSyntax(pe.Message), Hint: "ret linjen i en teksteditor"})
		}
		return fail(Problem{Message: "TOML-syntaksfejl: " + err.Error()})
	}
	at := func(p Problem) Problem {
		p.Line = indexLines(data).find(p.Path)
		return p
	}

	if p, ok := checkSchema(raw); !ok {
		return fail(at(p))
	}
	var ps problems
	walk(raw, reflect.TypeOf(Answers{}), "", &ps)
	if len(ps) > 0 {
		// Keys that are not known leave the rest readable: its problems
		// are reported too, so one misspelt key does not hide them.
		if onlyUnknownKeys(ps) {
			var b Answers
			if _, err := toml.Decode(string(data), &b); err == nil {
				Upgrade(&b)
				ps = append(ps, Validate(&b)...)
			}
		}
		for i := range ps {
			ps[i] = at(ps[i])
		}
		sortByLine(ps)
		return fail(ps...)
	}
	if _, err := toml.Decode(string(data), &a); err != nil {
		// walk should have caught this; report it rather than guess.
		return fail(Problem{Message: err.Error()})
	}
	from := a.Schema
	Upgrade(&a)
	return &File{Path: name, Answers: &a, Schema: from, data: data}, nil
}

// errorAt is the line and column of a syntax error, counted from its byte
// offset: the parser counts an error at the end of a line (»[controller«
// with no ]) on the line after it.
func errorAt(data []byte, p toml.Position) (line, col int) {
	if p.Start < 0 || p.Start > len(data) || p.Line == 0 {
		return p.Line, p.Col
	}
	before := data[:p.Start]
	return bytes.Count(before, []byte("\n")) + 1, p.Start - bytes.LastIndexByte(before, '\n')
}

// onlyUnknownKeys reports whether every problem is a key that is not known.
func onlyUnknownKeys(ps []Problem) bool {
	for _, p := range ps {
		if !strings.HasPrefix(p.Message, "ukendt nøgle ") {
			return false
		}
	}
	return true
}

// readable reports whether this build reads schema n.
func readable(n int64) bool { return n >= 1 && n <= SchemaVersion }

func checkSchema(raw map[string]any) (Problem, bool) {
	v, ok := raw["schema"]
	if !ok {
		known := 0
		for _, k := range tomlKeys(reflect.TypeOf(Answers{})) {
			if _, ok := raw[k]; ok {
				known++
			}
		}
		if known == 0 {
			return Problem{Message: "filen ligner ikke en privatliv-svarfil (ingen af de kendte nøgler)", Hint: "start en ny med 'privatliv new'"}, false
		}
		return Problem{Path: "schema", Message: fmt.Sprintf("mangler 'schema = %d' øverst i filen", SchemaVersion)}, false
	}
	n, ok := v.(int64)
	if !ok {
		return Problem{Path: "schema", Message: fmt.Sprintf("skal være et tal, fx schema = %d", SchemaVersion)}, false
	}
	switch {
	case n > SchemaVersion:
		return Problem{Path: "schema", Message: fmt.Sprintf("filen er skrevet af en nyere udgave af privatliv (schema %d; denne udgave kender schema %d); opdater privatliv", n, SchemaVersion)}, false
	case !readable(n):
		return Problem{Path: "schema", Message: fmt.Sprintf("ukendt schema %d; denne udgave af privatliv læser schema 1 til %d", n, SchemaVersion)}, false
	}
	return Problem{}, true
}

var dateType = reflect.TypeOf(Date{})

// walk compares decoded TOML with the Go type, reporting unknown keys (with
// the nearest valid key) and values of the wrong type, all at once.
func walk(v any, t reflect.Type, path string, ps *problems) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == dateType:
		switch v.(type) {
		case time.Time, string:
			var d Date
			if err := d.UnmarshalTOML(v); err != nil {
				ps.add(path, "%v", err)
			}
		default:
			ps.add(path, "skal være en dato, fx %s = 2026-03-01", lastKey(path))
		}
		return
	case t.Kind() == reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			ps.add(path, "skal være en tabel ([%s]), ikke %s", path, typeName(v))
			return
		}
		fields := fieldsByKey(t)
		keys := sortedKeys(m)
		for _, k := range keys {
			f, ok := fields[k]
			p := join(path, k)
			if !ok {
				ps.add(p, "ukendt nøgle %q%s", k, suggest(k, tomlKeys(t)))
				continue
			}
			walk(m[k], f.Type, p, ps)
		}
	case t.Kind() == reflect.Slice:
		var items []any
		switch v := v.(type) {
		case []any:
			items = v
		case []map[string]any:
			for _, m := range v {
				items = append(items, m)
			}
		default:
			ps.add(path, "skal være en liste, fx %s = [...], ikke %s", lastKey(path), typeName(v))
			return
		}
		for i, it := range items {
			walk(it, t.Elem(), fmt.Sprintf("%s[%d]", path, i+1), ps)
		}
	case t.Kind() == reflect.String:
		if _, ok := v.(string); !ok {
			ps.add(path, "skal være tekst i anførselstegn, ikke %s", typeName(v))
		}
	case t.Kind() == reflect.Int:
		if _, ok := v.(int64); !ok {
			ps.add(path, "skal være et helt tal, ikke %s", typeName(v))
		}
	case t.Kind() == reflect.Bool:
		if _, ok := v.(bool); !ok {
			ps.add(path, "skal være true eller false, ikke %s", typeName(v))
		}
	}
}

func typeName(v any) string {
	switch v := v.(type) {
	case string:
		return "tekst"
	case int64:
		return "et tal"
	case float64:
		return "et decimaltal"
	case bool:
		return "true/false"
	case time.Time:
		return "en dato"
	case []any, []map[string]any:
		return "en liste"
	case map[string]any:
		return "en tabel"
	default:
		return fmt.Sprintf("%T", v)
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func lastKey(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		path = path[i+1:]
	}
	if i := strings.IndexByte(path, '['); i >= 0 {
		path = path[:i]
	}
	return path
}

func fieldsByKey(t reflect.Type) map[string]reflect.StructField {
	out := map[string]reflect.StructField{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if k := tomlKey(f); k != "" {
			out[k] = f
		}
	}
	return out
}

func tomlKeys(t reflect.Type) []string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var out []string
	for i := 0; i < t.NumField(); i++ {
		if k := tomlKey(t.Field(i)); k != "" {
			out = append(out, k)
		}
	}
	return out
}

func tomlKey(f reflect.StructField) string {
	tag := f.Tag.Get("toml")
	if tag == "-" || !f.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(tag, ",")
	if name == "" {
		return f.Name
	}
	return name
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
