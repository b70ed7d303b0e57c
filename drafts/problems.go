package drafts

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong in an answer file: where it is and what to do.
type Problem struct {
	Path    string // field path, such as purposes[2].retention.period (lists count from 1)
	Line    int    // line in the file, 0 when not known
	Col     int    // column, 0 when not known
	Message string // in Danish, says what is wrong
	Hint    string // in Danish, what to do about it; "" when the message says it all

	unknownKey bool // a key the answers do not have; the rest can still be read
}

func (p Problem) String() string { return p.format("") }

// format writes file:line:col: path: message, leaving out what is unknown.
func (p Problem) format(file string) string {
	var b strings.Builder
	if p.Line > 0 {
		if file != "" {
			fmt.Fprintf(&b, "%s:%d", file, p.Line)
		} else {
			fmt.Fprintf(&b, "linje %d", p.Line)
		}
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
		b.WriteString(": ")
	}
	if p.Path != "" {
		b.WriteString(p.Path)
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	if p.Hint != "" {
		b.WriteString("; ")
		b.WriteString(p.Hint)
	}
	return b.String()
}

// LoadError is every problem found in one file.
type LoadError struct {
	File     string
	Problems []Problem
}

func (e *LoadError) Error() string {
	var b strings.Builder
	n := len(e.Problems)
	if n == 1 {
		fmt.Fprintf(&b, "%s: 1 problem", e.File)
	} else {
		fmt.Fprintf(&b, "%s: %d problemer", e.File, n)
	}
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		b.WriteString(p.format(e.File))
	}
	return b.String()
}

// problems collects problems as validation goes.
type problems []Problem

// add records a problem. The messages are written "what is wrong; what to
// do", and the two parts are kept apart, so a caller can show the hint on
// its own (check's suggestion) without taking the sentence apart.
func (ps *problems) add(path, format string, args ...any) {
	msg, hint, _ := strings.Cut(fmt.Sprintf(format, args...), "; ")
	*ps = append(*ps, Problem{Path: path, Message: msg, Hint: hint})
}

// onlyUnknownKeys reports whether every problem is a key the answers do
// not have, so the rest of the file can still be read.
func (ps problems) onlyUnknownKeys() bool {
	for _, p := range ps {
		if !p.unknownKey {
			return false
		}
	}
	return true
}

// sortByLine orders problems as they appear in the file, keeping the
// original order for problems on the same line.
func sortByLine(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		li, lj := ps[i].Line, ps[j].Line
		if li == 0 {
			li = 1 << 30
		}
		if lj == 0 {
			lj = 1 << 30
		}
		return li < lj
	})
}

// closest is the candidate nearest to s by edit distance, or "" when none is
// near enough to be a likely typo.
func closest(s string, candidates []string) string {
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if d := editDistance(strings.ToLower(s), strings.ToLower(c)); d < bestD {
			best, bestD = c, d
		}
	}
	limit := len([]rune(s))/2 + 1
	if limit > 4 {
		limit = 4
	}
	if bestD > limit {
		return ""
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Suggest is " – mente du "X"?" when a candidate is close enough to s to be
// what was meant, or "".
func Suggest(s string, candidates []string) string { return suggest(s, candidates) }

// suggest adds " – mente du X?" when a close candidate exists.
func suggest(s string, candidates []string) string {
	if c := closest(s, candidates); c != "" {
		return fmt.Sprintf(" – mente du %q?", c)
	}
	return ""
}
