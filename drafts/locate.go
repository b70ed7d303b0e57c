package drafts

import (
	"fmt"
	"strings"
)

// lineIndex maps field paths (purposes[2].retention.period) to the line
// where they are written. It reads the text line by line the way our own
// files are laid out: tables, arrays of tables, key = value lines, and
// inline tables on one line. A path it cannot place falls back to its
// nearest parent.
type lineIndex map[string]int

func indexLines(data []byte) lineIndex {
	idx := lineIndex{}
	counts := map[string]int{} // array-of-tables path (with parent indices) -> items seen
	prefix := ""
	inMulti := ""  // closing delimiter of a multi-line string, when inside one
	arrayKey := "" // key of a multi-line array being read
	arrayItem, arrayDepth := 0, 0
	for n, line := range strings.Split(string(data), "\n") {
		ln := n + 1
		s := strings.TrimSpace(line)
		if inMulti != "" {
			if strings.Contains(s, inMulti) {
				inMulti = ""
			}
			continue
		}
		if arrayKey != "" {
			if strings.HasPrefix(s, "{") {
				arrayItem++
				p := fmt.Sprintf("%s[%d]", arrayKey, arrayItem)
				idx.set(p, ln)
				idx.inline(p, s, ln)
			} else if s != "" && !strings.HasPrefix(s, "#") && !strings.HasPrefix(s, "]") {
				arrayItem++
				idx.set(fmt.Sprintf("%s[%d]", arrayKey, arrayItem), ln)
			}
			if arrayDepth += bracketDepth(s); arrayDepth <= 0 {
				arrayKey = ""
			}
			continue
		}
		switch {
		case s == "" || strings.HasPrefix(s, "#"):
		case strings.HasPrefix(s, "[["):
			name := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(stripComment(s), "[["), "]]"))
			parent := resolve(name, counts)
			counts[parent]++
			prefix = fmt.Sprintf("%s[%d]", parent, counts[parent])
			idx.set(prefix, ln)
		case strings.HasPrefix(s, "["):
			name := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(stripComment(s), "["), "]"))
			prefix = resolve(name, counts)
			idx.set(prefix, ln)
		default:
			key, val, ok := strings.Cut(s, "=")
			if !ok {
				continue
			}
			p := join(prefix, unquoteKey(strings.TrimSpace(key)))
			idx.set(p, ln)
			val = strings.TrimSpace(val)
			switch {
			case strings.HasPrefix(val, `"""`) && strings.Count(val, `"""`) == 1:
				inMulti = `"""`
			case strings.HasPrefix(val, `'''`) && strings.Count(val, `'''`) == 1:
				inMulti = `'''`
			case strings.HasPrefix(val, "{"):
				idx.inline(p, val, ln)
			case strings.HasPrefix(val, "[") && bracketDepth(val) > 0:
				arrayKey, arrayItem, arrayDepth = p, 0, bracketDepth(val)
			}
		}
	}
	return idx
}

// resolve turns a header name such as purposes.retention into the path of
// the current item: purposes[3].retention.
func resolve(name string, counts map[string]int) string {
	out := ""
	for _, part := range strings.Split(name, ".") {
		out = join(out, unquoteKey(strings.TrimSpace(part)))
		if c := counts[out]; c > 0 {
			out = fmt.Sprintf("%s[%d]", out, c)
		}
	}
	// The last part of an array-of-tables header must not carry an index yet.
	if i := strings.LastIndexByte(out, '['); i > strings.LastIndexByte(out, '.') {
		out = out[:i]
	}
	return out
}

func (idx lineIndex) set(path string, line int) {
	if _, ok := idx[path]; !ok {
		idx[path] = line
	}
}

// inline records the keys of a one-line inline table.
func (idx lineIndex) inline(path, val string, line int) {
	body := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(val), "{"), "}")
	for _, part := range strings.Split(body, ",") {
		if k, _, ok := strings.Cut(part, "="); ok {
			idx.set(join(path, unquoteKey(strings.TrimSpace(k))), line)
		}
	}
}

// find is the line of path, or of its nearest parent.
func (idx lineIndex) find(path string) int {
	for path != "" {
		if l, ok := idx[path]; ok {
			return l
		}
		i := max(strings.LastIndexByte(path, '.'), strings.LastIndexByte(path, '['))
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return 0
}

func unquoteKey(k string) string {
	if len(k) >= 2 && (k[0] == '"' || k[0] == '\'') && k[len(k)-1] == k[0] {
		return k[1 : len(k)-1]
	}
	return k
}

// code is the part of a TOML line before any comment, with string contents
// blanked out, so brackets and # inside strings do not count.
func code(s string) string {
	b := []byte(s)
	inStr := byte(0)
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case inStr != 0 && c == '\\' && inStr == '"':
			b[i] = ' '
			if i+1 < len(b) {
				i++
				b[i] = ' '
			}
		case inStr != 0 && c == inStr:
			inStr = 0
		case inStr != 0:
			b[i] = ' '
		case c == '"' || c == '\'':
			inStr = c
		case c == '#':
			return string(b[:i])
		}
	}
	return string(b)
}

func stripComment(s string) string {
	return strings.TrimSpace(s[:len(code(s))])
}

// bracketDepth is the count of [ minus ] outside strings and comments.
func bracketDepth(s string) int {
	c := code(s)
	return strings.Count(c, "[") - strings.Count(c, "]")
}
