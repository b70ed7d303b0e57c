package drafts

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/creachadair/tomledit"
	"github.com/creachadair/tomledit/parser"
)

// Saving over an existing answer file keeps what a person wrote in it:
// comments (own-line and trailing), blank lines, key and table order. Only
// the lines whose values changed are rewritten; a removed list item takes
// its own lines and comments with it; new keys and items are added in the
// usual layout. tomledit parses the file's structure (tables, keys, attached
// comments, line numbers); the edits are made on the original lines, so an
// untouched line keeps its exact bytes.
//
// The result is checked before it is used: it must decode to exactly the
// answers being saved. If it does not (a layout this merge does not
// understand), Merge says so and the caller writes the canonical encoding.

// errLayout is returned when the old layout cannot be kept.
type errLayout struct{ why string }

func (e errLayout) Error() string { return "kommentarer og layout kunne ikke bevares: " + e.why }

// Merge returns the TOML text of a, laid out like old: old's comments,
// blank lines and order survive, and only changed values are rewritten.
// name is the file's name, used in the header of a new file.
func Merge(old []byte, a *Answers, name string) ([]byte, error) {
	canon, err := Encode(a, name)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(old)) == 0 {
		return canon, nil
	}
	out, err := merge(old, canon)
	if err != nil {
		return nil, err
	}
	if err := sameAnswers(out, canon); err != nil {
		return nil, errLayout{err.Error()}
	}
	return out, nil
}

// sameAnswers checks that got decodes to the same answers as want.
func sameAnswers(got, want []byte) error {
	var ga, wa Answers
	md, err := toml.Decode(string(got), &ga)
	if err != nil {
		return err
	}
	if u := md.Undecoded(); len(u) > 0 {
		return fmt.Errorf("ukendt nøgle %s", u[0])
	}
	if _, err := toml.Decode(string(want), &wa); err != nil {
		return err
	}
	if !reflect.DeepEqual(ga, wa) {
		return fmt.Errorf("resultatet svarer ikke til svarene")
	}
	return nil
}

// kv is one key = value in a file, with its lines (0-based, inclusive).
type kv struct {
	path        string // full path: purposes[2].retention.period
	first       int    // first line, counting the comment block attached above
	line        int    // the key's own line
	last        int    // the value's last line
	trailer     string // a comment after the value on its last line
	sectionPath string
}

// section is one table in a file: its heading and the keys under it.
type section struct {
	path  string // resolved path: "" (top), "controller", "purposes[2].retention"
	first int    // first line, counting the attached comment block
	head  int    // the heading's line; -1 for the top of the file
	last  int    // the line before the next section
	kvs   []*kv
}

type layout struct {
	lines    []string
	sections []*section
	values   map[string]any // the decoded file
}

func parseLayout(data []byte) (*layout, error) {
	doc, err := tomledit.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	var values map[string]any
	if _, err := toml.Decode(string(data), &values); err != nil {
		return nil, err
	}
	text := strings.TrimSuffix(string(data), "\n")
	l := &layout{lines: strings.Split(text, "\n"), values: values}
	counts := map[string]int{}
	resolve := func(name parser.Key, isArray bool) string {
		path := ""
		for i, seg := range name {
			path = joinPath(path, seg)
			if i == len(name)-1 && isArray {
				counts[path]++
				return fmt.Sprintf("%s[%d]", path, counts[path])
			}
			if n := counts[path]; n > 0 {
				path = fmt.Sprintf("%s[%d]", path, n)
			}
		}
		return path
	}
	add := func(s *tomledit.Section, path string, first, head int) {
		sec := &section{path: path, first: first, head: head}
		for _, it := range s.Items {
			kvp, ok := it.(*parser.KeyValue)
			if !ok {
				continue
			}
			line := kvp.Line - 1
			k := &kv{
				path:        joinPath(path, keyPath(kvp.Name)),
				first:       line - len(kvp.Block),
				line:        line,
				last:        valueEnd(l.lines, line),
				trailer:     kvp.Value.Trailer,
				sectionPath: path,
			}
			sec.kvs = append(sec.kvs, k)
		}
		l.sections = append(l.sections, sec)
	}
	if doc.Global != nil {
		add(doc.Global, "", 0, -1)
	} else {
		l.sections = append(l.sections, &section{path: "", first: 0, head: -1})
	}
	for _, s := range doc.Sections {
		head := s.Heading.Line - 1
		add(s, resolve(s.Heading.Name, s.Heading.IsArray), head-len(s.Heading.Block), head)
	}
	for i, s := range l.sections {
		if i+1 < len(l.sections) {
			s.last = l.sections[i+1].first - 1
		} else {
			s.last = len(l.lines) - 1
		}
	}
	return l, nil
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func keyPath(k parser.Key) string { return strings.Join(k, ".") }

// valueEnd is the last line of the value that starts on line: arrays and
// inline tables may span lines, and so may multi-line strings.
func valueEnd(lines []string, line int) int {
	depth := 0
	var quote string // the open multi-line string's delimiter
	for i := line; i < len(lines); i++ {
		s := lines[i]
		if i == line {
			if eq := strings.IndexByte(s, '='); eq >= 0 {
				s = s[eq+1:]
			}
		}
		for j := 0; j < len(s); j++ {
			if quote != "" {
				if s[j] == '\\' && quote == `"""` {
					j++
					continue
				}
				if strings.HasPrefix(s[j:], quote) {
					j += len(quote) - 1
					quote = ""
				}
				continue
			}
			switch c := s[j]; {
			case strings.HasPrefix(s[j:], `"""`), strings.HasPrefix(s[j:], `'''`):
				quote = s[j : j+3]
				j += 2
			case c == '"' || c == '\'':
				j++
				for j < len(s) && s[j] != c {
					if c == '"' && s[j] == '\\' {
						j++
					}
					j++
				}
			case c == '#':
				j = len(s)
			case c == '[' || c == '{':
				depth++
			case c == ']' || c == '}':
				depth--
			}
		}
		if depth <= 0 && quote == "" {
			return i
		}
	}
	return len(lines) - 1
}

// pathSeg is one step of a path: a key and, for an item of a list, its
// index counted from 1.
type pathSeg struct {
	key   string
	index int
}

func splitPath(path string) []pathSeg {
	var out []pathSeg
	for _, part := range strings.Split(path, ".") {
		seg := pathSeg{key: part}
		if i := strings.IndexByte(part, '['); i >= 0 && strings.HasSuffix(part, "]") {
			n, err := strconv.Atoi(part[i+1 : len(part)-1])
			if err == nil {
				seg = pathSeg{key: part[:i], index: n}
			}
		}
		out = append(out, seg)
	}
	return out
}

func joinSegs(segs []pathSeg) string {
	parts := make([]string, len(segs))
	for i, s := range segs {
		parts[i] = s.key
		if s.index > 0 {
			parts[i] += "[" + strconv.Itoa(s.index) + "]"
		}
	}
	return strings.Join(parts, ".")
}

// lookup finds the value at path in decoded TOML.
func lookup(v any, path string) (any, bool) {
	if path == "" {
		return v, true
	}
	for _, seg := range splitPath(path) {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		if v, ok = m[seg.key]; !ok {
			return nil, false
		}
		if seg.index > 0 {
			list := tableList(v)
			if seg.index > len(list) {
				return nil, false
			}
			v = list[seg.index-1]
		}
	}
	return v, true
}

// tableList is a decoded array of tables as a slice.
func tableList(v any) []any {
	switch l := v.(type) {
	case []map[string]any:
		out := make([]any, len(l))
		for i, m := range l {
			out[i] = m
		}
		return out
	case []any:
		return l
	}
	return nil
}

// isZero reports whether a decoded value says nothing: the saved answers
// leave such keys out, so a file that spells them out is still equal.
func isZero(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case bool:
		return !x
	case int64:
		return x == 0
	case float64:
		return x == 0
	case []any:
		return len(x) == 0
	case []map[string]any:
		return len(x) == 0
	case map[string]any:
		for _, e := range x {
			if !isZero(e) {
				return false
			}
		}
		return true
	}
	return false
}

// sameValue compares decoded values, treating absent and zero keys alike.
func sameValue(a, b any) bool {
	if isZero(a) && isZero(b) {
		return true
	}
	am, aok := a.(map[string]any)
	bm, bok := b.(map[string]any)
	if aok && bok {
		for k, v := range am {
			if !sameValue(v, bm[k]) {
				return false
			}
		}
		for k, v := range bm {
			if _, ok := am[k]; !ok && !isZero(v) {
				return false
			}
		}
		return true
	}
	al, bl := tableList(a), tableList(b)
	if al != nil && bl != nil {
		if len(al) != len(bl) {
			return false
		}
		for i := range al {
			if !sameValue(al[i], bl[i]) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a, b)
}

// identity are the keys that tell list items apart, in order of trust.
var identity = []string{"id", "catalog", "name", "group", "recipient", "text", "date"}

// align pairs the items of an old list with the new list's: unchanged
// items by content, then changed ones by their id or name, then by
// position. It returns for each old item its new index (from 0) or -1.
func align(old, new []any) []int {
	n, m := len(old), len(new)
	// Longest common subsequence of equal items.
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if sameValue(old[i], new[j]) {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	var gapsOld, gapsNew [][]int
	var curOld, curNew []int
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case sameValue(old[i], new[j]):
			out[i] = j
			gapsOld, gapsNew = append(gapsOld, curOld), append(gapsNew, curNew)
			curOld, curNew = nil, nil
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			curOld = append(curOld, i)
			i++
		default:
			curNew = append(curNew, j)
			j++
		}
	}
	for ; i < n; i++ {
		curOld = append(curOld, i)
	}
	for ; j < m; j++ {
		curNew = append(curNew, j)
	}
	gapsOld, gapsNew = append(gapsOld, curOld), append(gapsNew, curNew)
	for g := range gapsOld {
		pairGap(old, new, gapsOld[g], gapsNew[g], out)
	}
	return out
}

// pairGap pairs changed items between two unchanged ones.
func pairGap(old, new []any, gOld, gNew []int, out []int) {
	used := map[int]bool{}
	for _, key := range identity {
		for _, i := range gOld {
			if out[i] >= 0 {
				continue
			}
			ov, ok := field(old[i], key)
			if !ok {
				continue
			}
			for _, j := range gNew {
				if used[j] {
					continue
				}
				if nv, ok := field(new[j], key); ok && reflect.DeepEqual(ov, nv) {
					out[i], used[j] = j, true
					break
				}
			}
		}
	}
	var restOld, restNew []int
	for _, i := range gOld {
		if out[i] < 0 {
			restOld = append(restOld, i)
		}
	}
	for _, j := range gNew {
		if !used[j] {
			restNew = append(restNew, j)
		}
	}
	for k := 0; k < len(restOld) && k < len(restNew); k++ {
		out[restOld[k]] = restNew[k]
	}
}

func field(v any, key string) (any, bool) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, false
	}
	f, ok := m[key]
	if !ok || isZero(f) {
		return nil, false
	}
	return f, true
}

// translator maps paths in the old file to the same things in the new one.
type translator struct {
	old, new map[string]any
	cache    map[string][]int // old list path -> old index -> new index
}

// translate returns the new path of an old one, or false when the item it
// lies in was removed.
func (t *translator) translate(path string) (string, bool) {
	if path == "" {
		return "", true
	}
	segs := splitPath(path)
	var oldPrefix, newPrefix []pathSeg
	for _, seg := range segs {
		if seg.index == 0 {
			oldPrefix = append(oldPrefix, seg)
			newPrefix = append(newPrefix, seg)
			continue
		}
		oldList := joinSegs(append(oldPrefix, pathSeg{key: seg.key}))
		newList := joinSegs(append(newPrefix, pathSeg{key: seg.key}))
		pairs, ok := t.cache[oldList]
		if !ok {
			ov, _ := lookup(t.old, oldList)
			nv, _ := lookup(t.new, newList)
			pairs = align(tableList(ov), tableList(nv))
			t.cache[oldList] = pairs
		}
		if seg.index > len(pairs) || pairs[seg.index-1] < 0 {
			return "", false
		}
		oldPrefix = append(oldPrefix, seg)
		newPrefix = append(newPrefix, pathSeg{key: seg.key, index: pairs[seg.index-1] + 1})
	}
	return joinSegs(newPrefix), true
}

// merge rewrites old so it holds canon's values.
func merge(old, canon []byte) ([]byte, error) {
	ol, err := parseLayout(old)
	if err != nil {
		return nil, errLayout{err.Error()}
	}
	nl, err := parseLayout(canon)
	if err != nil {
		return nil, err
	}
	t := &translator{old: ol.values, new: nl.values, cache: map[string][]int{}}

	newKV := map[string]*kv{}
	for _, s := range nl.sections {
		for _, k := range s.kvs {
			newKV[k.path] = k
		}
	}

	drop := make([]bool, len(ol.lines))
	replace := map[int][]string{}
	insert := map[int][]string{} // after this old line (-1: at the top)
	covered := map[string]bool{} // new paths the old file already holds
	oldSection := map[string]*section{}
	lastKV := map[string]int{} // new section path -> last old line of its keys

	for _, s := range ol.sections {
		np, ok := t.translate(s.path)
		_, exists := lookup(nl.values, np)
		if s.path != "" && (!ok || !exists) {
			allZero := ok
			for _, k := range s.kvs {
				v, _ := lookup(ol.values, k.path)
				allZero = allZero && isZero(v)
			}
			if !allZero {
				for i := s.first; i <= s.last; i++ {
					drop[i] = true
				}
				continue
			}
		}
		if ok {
			oldSection[np] = s
			lastKV[np] = max(s.head, s.first)
		}
		for _, k := range s.kvs {
			ov, _ := lookup(ol.values, k.path)
			nkp, ok := t.translate(k.path)
			nv, exists := lookup(nl.values, nkp)
			switch {
			case !ok || (!exists && !isZero(ov)):
				for i := k.first; i <= k.last; i++ {
					drop[i] = true
				}
				continue
			case !exists || sameValue(ov, nv):
			default:
				text, err := valueText(nl, newKV[nkp], nv)
				if err != nil {
					return nil, err
				}
				lines := strings.Split(keyPrefix(ol.lines[k.line])+text, "\n")
				if k.trailer != "" {
					lines[len(lines)-1] += "  " + strings.TrimSpace(k.trailer)
				}
				replace[k.line] = lines
				for i := k.line + 1; i <= k.last; i++ {
					drop[i] = true
				}
			}
			covered[nkp] = true
			if ok {
				lastKV[np] = max(lastKV[np], k.last)
			}
		}
	}

	isCovered := func(path string) bool {
		for p := path; ; {
			if covered[p] {
				return true
			}
			i := strings.LastIndexByte(p, '.')
			if i < 0 {
				return false
			}
			p = p[:i]
		}
	}
	// The place after which a new section goes: after the keys of the
	// nearest earlier section the old file has.
	after := -1
	if top, ok := oldSection[""]; ok {
		after = lastKV[""]
		if len(top.kvs) == 0 {
			after = -1
		}
	}
	for _, ns := range nl.sections {
		if os, ok := oldSection[ns.path]; ok {
			var add []string
			for _, k := range ns.kvs {
				if !isCovered(k.path) {
					add = append(add, nl.lines[k.first:k.last+1]...)
				}
			}
			at := lastKV[ns.path]
			if ns.path == "" && len(os.kvs) == 0 {
				at = -1
			}
			insert[at] = append(insert[at], add...)
			after = at
			continue
		}
		if ns.path == "" {
			continue
		}
		var body []string
		hidden := true
		for _, k := range ns.kvs {
			if !isCovered(k.path) {
				hidden = false
				body = append(body, nl.lines[k.first:k.last+1]...)
			}
		}
		if isCovered(ns.path) || (hidden && len(ns.kvs) > 0) {
			continue
		}
		add := append([]string{"", nl.lines[ns.head]}, body...)
		insert[after] = append(insert[after], add...)
	}

	// Emit the old lines with the edits. A blank line is left out where a
	// dropped item would leave two in a row, or one at the very start.
	var out []string
	dropped := true
	put := func(l string) {
		blank := strings.TrimSpace(l) == ""
		if blank && dropped && (len(out) == 0 || strings.TrimSpace(out[len(out)-1]) == "") {
			return
		}
		if !blank {
			dropped = false
		}
		out = append(out, l)
	}
	putAll := func(lines []string) {
		for _, l := range lines {
			if strings.TrimSpace(l) == "" {
				dropped = true // an inserted separator never doubles a blank line
			}
			put(l)
		}
	}
	putAll(insert[-1])
	dropped = false
	for i, l := range ol.lines {
		switch {
		case replace[i] != nil:
			putAll(replace[i])
		case drop[i]:
			dropped = true
		default:
			put(l)
		}
		putAll(insert[i])
	}
	for len(out) > 0 && strings.TrimSpace(out[len(out)-1]) == "" && len(ol.lines) > 0 && strings.TrimSpace(ol.lines[len(ol.lines)-1]) != "" {
		out = out[:len(out)-1]
	}
	return []byte(strings.Join(out, "\n") + "\n"), nil
}

// keyPrefix is a key = value line up to and including the space after =.
func keyPrefix(line string) string {
	eq := strings.IndexByte(line, '=')
	if eq < 0 {
		return line
	}
	rest := line[eq+1:]
	return line[:eq+1] + rest[:len(rest)-len(strings.TrimLeft(rest, " \t"))]
}

// valueText is the new value as TOML: from the canonical file when it has
// the same key, else written inline.
func valueText(nl *layout, k *kv, v any) (string, error) {
	if k != nil {
		text := strings.Join(nl.lines[k.line:k.last+1], "\n")
		if eq := strings.IndexByte(text, '='); eq >= 0 {
			return strings.TrimSpace(text[eq+1:]), nil
		}
	}
	return inline(v)
}

// inline writes a decoded value as inline TOML.
func inline(v any) (string, error) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		parts := make([]string, 0, len(keys))
		for _, k := range keys {
			s, err := inline(x[k])
			if err != nil {
				return "", err
			}
			parts = append(parts, k+" = "+s)
		}
		return "{ " + strings.Join(parts, ", ") + " }", nil
	case []map[string]any, []any:
		list := tableList(x)
		parts := make([]string, 0, len(list))
		for _, e := range list {
			s, err := inline(e)
			if err != nil {
				return "", err
			}
			parts = append(parts, s)
		}
		return "[" + strings.Join(parts, ", ") + "]", nil
	}
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(map[string]any{"v": v}); err != nil {
		return "", err
	}
	return strings.TrimSpace(strings.TrimPrefix(buf.String(), "v = ")), nil
}
