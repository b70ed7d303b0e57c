package drafts

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"time"

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
		f.index = indexLines(bytes.TrimPrefix(f.data, []byte(bom)))
	}
	return f.index
}

// Load reads and decodes an answer file strictly. Every syntax error, unknown
// key and wrongly typed value is reported at once in a *LoadError; a file
// with problems yields no answers, so nothing half-read is ever used. Only a
// regular file of at most MaxFileSize is read (see ReadFile).
func Load(path string) (*File, error) {
	data, err := ReadFile(path, MaxFileSize)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: filen findes ikke; opret den med 'privatliv new %s'", path, path)
		}
		var tb errTooBig
		if errors.As(err, &tb) {
			return nil, fmt.Errorf("%s: filen er over %s – for stor til at være en svarfil (højst %s)", path, megabytes(tb.limit), megabytes(tb.limit))
		}
		var nr errNotRegular
		if errors.As(err, &nr) && strings.HasPrefix(nr.what, "en mappe") {
			return nil, fmt.Errorf("%s: er en mappe, ikke en svarfil (.toml)", path)
		}
		return nil, err
	}
	return Parse(path, data)
}

// Data is the file's text as it was read.
func (f *File) Data() []byte { return f.data }

// Parse decodes answer-file text; name is used in messages. The text is
// parsed once: the decoded tree is read into the answers and, only when
// that finds a problem, compared with the answers' types to report every
// problem with its path.
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
	if p, ok := checkText(data); !ok {
		return fail(p)
	}
	if p, ok := checkStructure(data); !ok {
		return fail(p)
	}
	text := bytes.TrimPrefix(data, []byte(bom)) // line numbers stay the same
	var tree toml.Primitive
	md, err := toml.Decode(string(text), &tree)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line, col := errorAt(text, pe.Position)
			return fail(Problem{Line: line, Col: col,
				Message: "TOML-syntaksfejl: " + danishSyntax(pe.Message), Hint: "ret linjen i en teksteditor"})
		}
		return fail(Problem{Message: "TOML-syntaksfejl: " + danishSyntax(err.Error())})
	}
	// Fast path: a correct file decodes straight into the answers with no
	// undecoded keys.
	var a Answers
	if err := md.PrimitiveDecode(tree, &a); err == nil && len(md.Undecoded()) == 0 && readable(int64(a.Schema)) {
		from := a.Schema
		Upgrade(&a)
		return &File{Path: name, Answers: &a, Schema: from, data: data}, nil
	}
	// Anything else is read as a map, so every problem can be reported at
	// once with its path.
	var raw map[string]any
	if err := md.PrimitiveDecode(tree, &raw); err != nil {
		return fail(Problem{Message: "TOML-fejl: " + danishSyntax(err.Error())})
	}
	index := indexLines(text)
	at := func(p Problem) Problem {
		p.Line = index.find(p.Path)
		return p
	}

	if p, ok := checkSchema(raw); !ok {
		return fail(at(p))
	}
	var ps problems
	walk(raw, reflect.TypeOf(Answers{}), "", &ps)
	if len(ps) == 0 {
		// walk should have caught this; report it rather than guess.
		a = Answers{}
		if err := md.PrimitiveDecode(tree, &a); err != nil {
			return fail(Problem{Message: "TOML-fejl: " + danishSyntax(err.Error())})
		}
		from := a.Schema
		Upgrade(&a)
		return &File{Path: name, Answers: &a, Schema: from, data: data}, nil
	}
	// An unknown key does not hide the other problems: when every value has
	// the right type, the answers are checked too, so one round of fixes
	// is enough.
	if ps.onlyUnknownKeys() {
		var known Answers
		if err := md.PrimitiveDecode(tree, &known); err == nil {
			Upgrade(&known)
			ps = append(ps, Validate(&known)...)
		}
	}
	for i := range ps {
		ps[i] = at(ps[i])
	}
	sortByLine(ps)
	return fail(ps...)
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

// bom is the UTF-8 byte order mark some Windows editors start a file with.
const bom = "\xef\xbb\xbf"

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
				(*ps)[len(*ps)-1].unknownKey = true
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
