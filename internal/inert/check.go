package inert

import (
	"fmt"
	"unicode/utf8"
)

// Unsafe is the first control character or byte that is not UTF-8 in s, as
// Go would quote it, or "" when s holds none; newline and tab are allowed
// when multiline is set. Tests use it on what was written to a terminal.
func Unsafe(s string, multiline bool) string {
	i := firstUnsafe(s, multiline)
	if i < 0 {
		return ""
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size == 1 {
		return fmt.Sprintf("%q", s[i:i+1])
	}
	return fmt.Sprintf("%q", r)
}

// Corpus is escape sequences a hostile answer file or scan may hold: ESC
// sequences (OSC 0 window title, OSC 8 hyperlink, OSC 52 clipboard, CSI
// cursor queries and screen erase, SGR colours), 8-bit C1 controls, BEL,
// carriage return and backspace. The tests of every package that prints
// such text feed it through every field and screen.
var Corpus = []string{
	"\x1b]0;HIJACKED\x07",
	"\x1b]2;HIJACKED\x1b\\",
	"\x1b]8;;file:///etc/passwd\x1b\\klik her\x1b]8;;\x1b\\",
	"\x1b]52;c;SElKQUNLRUQ=\x07",
	"\x1b[6n",
	"\x1b[2J\x1b[H",
	"\x1b[5;31;106mBLINK\x1b[0m",
	"\u009d52;c;SElKQUNLRUQ=\u009c",
	"\u009b2J",
	"\u009b6n",
	"\u0090qDCS\u009c",
	"bell\a",
	"over\rwrite",
	"back\bspace",
	"\x00nul",
	"\x7fdel",
}
