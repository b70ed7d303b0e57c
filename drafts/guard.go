package drafts

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// Before the TOML parser sees a file, it is checked for what the parser
// either reports in English without a line, or takes far too long over:
// the wrong encoding, control characters, and values nested or keys dotted
// deeper than any answer file needs (8,000 nested inline tables, 48 KB,
// took the parser 26 s and 3.3 GB).

const (
	// maxNesting is how many arrays and inline tables may lie inside each
	// other. An answer file needs two: sensitive = [{ … }].
	maxNesting = 16
	// maxKeyParts is how many parts a dotted key or table name may have.
	// An answer file needs three: [purposes.retention] inside [[purposes]].
	maxKeyParts = 16
)

// position is the line and column (both from 1, the column in characters)
// of byte offset i in data.
func position(data []byte, i int) (line, col int) {
	line = 1 + bytes.Count(data[:i], []byte("\n"))
	start := bytes.LastIndexByte(data[:i], '\n') + 1
	return line, 1 + utf8.RuneCount(data[start:i])
}

// checkText finds a file that is not UTF-8 text or holds a control
// character TOML does not allow: anything below U+0020 but tab and line
// ends, and DEL.
func checkText(data []byte) (Problem, bool) {
	at := func(i int, msg, hint string) (Problem, bool) {
		line, col := position(data, i)
		return Problem{Line: line, Col: col, Message: msg, Hint: hint}, false
	}
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) ||
		len(data) >= 2 && (data[0] == 0 || data[1] == 0) {
		return Problem{Line: 1, Message: "filen er gemt som UTF-16, men en svarfil skal være UTF-8", Hint: "gem den igen som UTF-8 i en teksteditor"}, false
	}
	for i := 0; i < len(data); {
		c := data[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				return at(i, fmt.Sprintf("byten 0x%02x er ikke gyldig UTF-8; filen er ikke tekst i UTF-8", c), "gem filen som UTF-8, eller se om den er en svarfil")
			}
			i += size
			continue
		}
		switch {
		case c == 0:
			return at(i, "filen indeholder et NUL-tegn (0x00), så den er ikke tekst", "en svarfil er almindelig tekst i UTF-8; er det den rigtige fil?")
		case c == '\r' && (i+1 == len(data) || data[i+1] != '\n'):
			return at(i, "et linjeskift (CR, U+000D) står alene", "brug linjeskift som LF eller CRLF")
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r', c == 0x7f:
			return at(i, fmt.Sprintf("tegnet %s er et styretegn og må ikke stå i en svarfil", controlName(rune(c))), "slet det; det kan ikke ses, men kan ændre en terminal")
		}
		i++
	}
	return Problem{}, true
}

// controlNames names the control characters people meet.
var controlNames = map[rune]string{
	0x07: "BEL", 0x08: "BS", 0x0a: "LF", 0x0d: "CR", 0x1b: "ESC", 0x7f: "DEL",
	0x9b: "CSI", 0x9c: "ST", 0x9d: "OSC", 0x90: "DCS", 0x85: "NEL",
}

// controlName is "U+001B (ESC)".
func controlName(r rune) string {
	if n, ok := controlNames[r]; ok {
		return fmt.Sprintf("U+%04X (%s)", r, n)
	}
	return fmt.Sprintf("U+%04X", r)
}

// checkStructure refuses values nested, and keys dotted, deeper than an
// answer file needs, before the parser spends time on them. It follows
// TOML far enough to tell keys from values and to skip strings and
// comments; whatever else is wrong is left to the parser.
func checkStructure(data []byte) (Problem, bool) {
	var open []byte // the open [ and { of values, innermost last
	inKey := true   // reading a key: at the start of a line or after { or , in an inline table
	header := false // reading a [table] or [[array]] heading
	parts := 1      // parts of the key read so far
	fail := func(i int, msg, hint string) (Problem, bool) {
		line, col := position(data, i)
		return Problem{Line: line, Col: col, Message: msg, Hint: hint}, false
	}
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '\n':
			if len(open) == 0 {
				inKey, header, parts = true, false, 1
			}
		case '#':
			for i+1 < len(data) && data[i+1] != '\n' {
				i++
			}
		case '"', '\'':
			i = skipString(data, i)
		case '=':
			if !header {
				inKey = false
			}
		case '.':
			if inKey || header {
				if parts++; parts > maxKeyParts {
					return fail(i, fmt.Sprintf("nøglen har mere end %d dele adskilt af punktum", maxKeyParts), "en svarfil bruger højst 3, fx purposes.retention; er filen en svarfil?")
				}
			}
		case '[':
			if inKey && len(open) == 0 {
				header = true
				continue
			}
			if header {
				continue // the second [ of [[…]]
			}
			open = append(open, c)
			inKey = false
		case '{':
			open = append(open, c)
			inKey, parts = true, 1
		case ']', '}':
			if header && c == ']' {
				continue
			}
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		case ',':
			if len(open) > 0 && open[len(open)-1] == '{' {
				inKey, parts = true, 1
			}
		}
		if len(open) > maxNesting {
			return fail(i, fmt.Sprintf("værdierne ligger inde i hinanden i mere end %d lag", maxNesting), "en svarfil bruger højst 2, fx sensitive = [{ data = \"helbred\", basis = \"9.2.h\" }]; er filen en svarfil?")
		}
	}
	return Problem{}, true
}

// skipString returns the index of the last byte of the string that starts
// at i: "…", '…', """…""" or ”'…”'. A string left open ends the scan
// (the parser says what is wrong).
func skipString(data []byte, i int) int {
	q := data[i]
	if bytes.HasPrefix(data[i:], []byte{q, q, q}) {
		end := []byte{q, q, q}
		for j := i + 3; j < len(data); j++ {
			if q == '"' && data[j] == '\\' {
				j++
				continue
			}
			if bytes.HasPrefix(data[j:], end) {
				// """"" ends with the last three quotes.
				for j+3 < len(data) && data[j+3] == q {
					j++
				}
				return j + 2
			}
		}
		return len(data) - 1
	}
	for j := i + 1; j < len(data); j++ {
		switch data[j] {
		case '\\':
			if q == '"' {
				j++
			}
		case q:
			return j
		case '\n':
			return j - 1 // the parser reports the open string
		}
	}
	return len(data) - 1
}
