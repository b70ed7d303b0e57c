// Package inert makes text from answer files, scans and file names safe to
// show on a terminal. Such text is untrusted: a name holding ESC ] 0 ; … BEL
// would retitle the window, OSC 52 would write the clipboard, OSC 8 would
// plant a link and an 8-bit C1 control (U+009B, U+009D) does the same as ESC
// on many terminals. Every place that prints such text passes it through
// Text or Line, or writes through a Writer; the full-screen wizard passes
// its whole frame through Frame as well.
//
// A neutralised character stays visible as its TOML escape (\u001b), so
// the user sees that the file holds something odd and can find it; a byte
// that is not UTF-8 (only file names can hold one) is shown as \xNN.
package inert

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// IsControl reports whether r is a control character: C0 (U+0000–U+001F,
// newline and tab among them), DEL (U+007F) or C1 (U+0080–U+009F).
func IsControl(r rune) bool { return r < 0x20 || r >= 0x7f && r <= 0x9f }

// Text is s with every control character other than newline and tab made
// inert. A carriage return before a newline is dropped: it is how a Windows
// file ends its lines.
func Text(s string) string { return clean(s, true) }

// Line is Text for text shown on one line: newlines and tabs become spaces.
func Line(s string) string { return clean(s, false) }

func clean(s string, multiline bool) string {
	i := firstUnsafe(s, multiline)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\r' && strings.HasPrefix(s[i+1:], "\n"):
			if !multiline {
				b.WriteByte(' ')
				i++ // the newline too
			}
		case (r == '\n' || r == '\t') && multiline:
			b.WriteRune(r)
		case r == '\n' || r == '\t':
			b.WriteByte(' ')
		case IsControl(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// firstUnsafe is the index of the first byte clean must change, or -1.
func firstUnsafe(s string, multiline bool) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				if !multiline || c != '\n' && c != '\t' {
					return i
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || IsControl(r) {
			return i
		}
		i += size
	}
	return -1
}

// Writer passes what is written through Text, for a stream of messages
// (standard error, accessible mode's prompts). A UTF-8 character split
// between two writes is kept whole.
type Writer struct {
	w    io.Writer
	part []byte // the start of a character the next write finishes
}

// NewWriter returns a Writer that writes to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

func (w *Writer) Write(p []byte) (int, error) {
	data := p
	if len(w.part) > 0 {
		data = append(w.part, p...)
		w.part = nil
	}
	// Keep back an incomplete character at the end.
	if n := incompleteTail(data); n > 0 {
		w.part = append([]byte(nil), data[len(data)-n:]...)
		data = data[:len(data)-n]
	}
	if safeBytes(data) {
		if _, err := w.w.Write(data); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	if _, err := io.WriteString(w.w, Text(string(data))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// safeBytes reports whether Text would leave p as it is, without making a
// string of it: what almost every write is.
func safeBytes(p []byte) bool {
	for i, c := range p {
		switch {
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7f:
			return false
		case c == 0xc2 && i+1 < len(p) && p[i+1] >= 0x80 && p[i+1] <= 0x9f:
			return false
		}
	}
	return utf8.Valid(p)
}

// incompleteTail is the length of a UTF-8 character cut off at the end of
// p, or 0.
func incompleteTail(p []byte) int {
	for n := 1; n <= 3 && n <= len(p); n++ {
		c := p[len(p)-n]
		if c < 0x80 {
			return 0 // ASCII: nothing is cut off
		}
		if c >= 0xc0 { // a leading byte: is its character whole?
			need := 2
			switch {
			case c >= 0xf0:
				need = 4
			case c >= 0xe0:
				need = 3
			}
			if need > n {
				return n
			}
			return 0
		}
	}
	return 0
}

// Frame is a full-screen frame with every escape sequence removed except
// colours and text attributes (SGR: ESC [ params m), which the wizard's own
// styles write, and hyperlinks (OSC 8) to printable addresses, which the
// policy's preview writes for its links; every other control character
// except newline goes too. It is the wizard's last line of defence: text
// from a file is made inert where it is put on the screen, and Frame makes
// sure nothing that slipped past can move the cursor, retitle the window
// or write the clipboard.
func Frame(s string) string {
	i := firstUnsafeFrame(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c == 0x1b {
			n := keptLen(s[i:])
			if n > 0 {
				b.WriteString(s[i : i+n])
				i += n
				continue
			}
			i += escapeLen(s[i:])
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
		case r == '\n':
			b.WriteByte('\n')
		case IsControl(r):
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func firstUnsafeFrame(s string) int {
	// One pass over the bytes: in UTF-8 a C1 control is 0xC2 and a byte
	// from 0x80 to 0x9F, and 0xC2 never continues a character. A byte that
	// is not UTF-8 is looked for in what comes before.
	end := len(s)
scan:
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == 0x1b:
			n := keptLen(s[i:])
			if n == 0 {
				end = i
				break scan
			}
			i += n - 1
		case c == '\n':
		case c < 0x20 || c == 0x7f, c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f:
			end = i
			break scan
		}
	}
	if !utf8.ValidString(s[:end]) {
		for i := 0; i < end; {
			r, size := utf8.DecodeRuneInString(s[i:end])
			if r == utf8.RuneError && size == 1 {
				return i
			}
			i += size
		}
	}
	if end == len(s) {
		return -1
	}
	return end
}

// keptLen is the length of the sequence Frame keeps that s starts with,
// or 0.
func keptLen(s string) int {
	if n := sgrLen(s); n > 0 {
		return n
	}
	return hyperlinkLen(s)
}

// hyperlinkLen is the length of the OSC 8 hyperlink sequence s starts with
// (ESC ] 8 ; params ; URI, ended by BEL or ESC \), when everything in it is
// printable ASCII; else 0.
func hyperlinkLen(s string) int {
	if !strings.HasPrefix(s, "\x1b]8;") {
		return 0
	}
	for i := 4; i < len(s); i++ {
		switch c := s[i]; {
		case c == 0x07:
			return i + 1
		case c == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return 0
		case c <= 0x20 || c >= 0x7f:
			return 0
		}
	}
	return 0
}

// sgrLen is the length of the SGR sequence s starts with, or 0 when s
// does not start with one.
func sgrLen(s string) int {
	if len(s) < 3 || s[0] != 0x1b || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == ';', c == ':':
		case c == 'm':
			return i + 1
		default:
			return 0
		}
	}
	return 0
}

// escapeLen is the length of the escape sequence s starts with (ESC and
// what belongs to it), so it can be dropped whole: CSI up to its final
// byte, OSC, DCS, SOS, PM and APC up to their terminator, any other up to
// the next character.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		for i := 2; i < len(s); i++ {
			if c := s[i]; c >= 0x40 && c <= 0x7e {
				return i + 1
			} else if c < 0x20 || c > 0x7e {
				return i
			}
		}
		return len(s)
	case ']', 'P', 'X', '^', '_':
		for i := 2; i < len(s); i++ {
			switch s[i] {
			case 0x07:
				return i + 1
			case 0x1b:
				if i+1 < len(s) && s[i+1] == '\\' {
					return i + 2
				}
				return i
			case 0xc2: // U+009C, the 8-bit string terminator
				if i+1 < len(s) && s[i+1] == 0x9c {
					return i + 2
				}
			case '\n':
				return i
			}
		}
		return len(s)
	}
	return 2
}
