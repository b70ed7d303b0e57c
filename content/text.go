package content

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privatliv/privatliv/drafts"
)

// esc turns user text into Markdown that prints as the literal text: no
// heading, link, image, HTML, table cell break or entity can come from it.
// Line breaks collapse to spaces, since every answer is shown inline.
func esc(s string) string {
	s = clean(s)
	n := escapes(s)
	if n == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + n)
	for i, r := range s {
		if needsEscape(s, i, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// escapes counts the characters of s that esc escapes.
func escapes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf && needsEscape(s, i, rune(c)) {
			n++
		}
	}
	return n
}

// needsEscape reports whether the character r at byte i of s must be
// escaped to print as itself.
func needsEscape(s string, i int, r rune) bool {
	switch r {
	case '\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '#', '|', '~', '&', '!':
		return true
	case '-', '+', '=':
		// "- x", "+ x" and "---" at the start of a line are list items and
		// rules; "+45 70 20 14 90" is a phone number and stays as it is.
		return i == 0 && (len(s) == 1 || !isAlnum(s[1]))
	case '.', ')':
		// "1986. " at the start would begin an ordered list.
		return i > 0 && isDigits(s[:i]) && (i+1 == len(s) || s[i+1] == ' ')
	}
	return false
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// clean removes control and bidirectional-override characters and folds
// all runs of white space into single spaces.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r), isBidiControl(r), r == '\uFEFF':
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isClean reports whether clean would return s unchanged, without
// building a copy: most answers are.
func isClean(s string) bool {
	prev := ' ' // a leading space is not clean
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || unicode.IsSpace(r) || unicode.IsControl(r) || isBidiControl(r) || r == '\uFEFF' {
				return false
			}
			i += size - 1
			prev = r
			continue
		}
		if c < 0x20 || c == 0x7f || c == ' ' && prev == ' ' {
			return false
		}
		prev = rune(c)
	}
	return prev != ' ' || s == ""
}

func isBidiControl(r rune) bool {
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069') || r == '\u200E' || r == '\u200F'
}

// sentence makes user text end as a sentence: escaped, with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(clean(s))
	if s == "" {
		return ""
	}
	if !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return esc(upperFirst(s))
}

// phrase is user text that follows a bold label and a colon ("**Besvare
// henvendelser:** at kunne svare …"): escaped, with a full stop, and not
// capitalised, since what follows the colon is usually not a sentence. A
// leading infinitive "At" is lowercased; any other first word is kept as
// the user wrote it, so names and sentences keep their capitals.
func phrase(s string) string {
	s = strings.TrimSpace(clean(s))
	if s == "" {
		return ""
	}
	if strings.HasPrefix(s, "At ") {
		s = "at" + s[2:]
	}
	if !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return esc(s)
}

// lowerFirst lowercases the first letter of a name used inside a sentence
// ("Fakturering" -> "fakturering"), but leaves abbreviations such as "CPR".
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	r2, _ := utf8.DecodeRuneInString(s[n:])
	if unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// andList joins items with the templates' "og": "a, b og c".
func andList(a *drafts.Answers, items []string) string { return textsFor(a).andList(items) }

func (ts *textSet) andList(items []string) string {
	return list(items, ts.term("word and"), ts.term("word and also"))
}

func (ts *textSet) orList(items []string) string { return list(items, ts.term("word or"), "") }

// list joins items the Danish way: "a, b og c", or, when also is given,
// "a og b samt c" when an item holds the conjunction of its own. An item
// that ends in a relative clause gets the comma that closes the clause
// before the conjunction: "kunder, personer, der kontakter os, og
// modtagere".
func list(items []string, conj, also string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	last := items[len(items)-2]
	sep := " "
	if hasRelativeClause(last) {
		sep = ", "
	}
	if also != "" {
		// "ordre- og aftaleoplysninger og faktura- og betalingsoplysninger"
		// hides where the list ends; "samt" shows it.
		for _, it := range items[:len(items)-1] {
			if strings.Contains(quotedRE.ReplaceAllString(it, ""), " "+conj+" ") {
				conj = also
				break
			}
		}
	}
	return strings.Join(items[:len(items)-1], ", ") + sep + conj + " " + items[len(items)-1]
}

// hasRelativeClause reports whether s holds a relative clause started by a
// comma outside parentheses: "personer, der kontakter os".
func hasRelativeClause(s string) bool {
	depth := 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				rest := s[i+1:]
				for _, w := range []string{" der ", " som ", " hvor ", " hvis ", " hvem "} {
					if strings.HasPrefix(rest, w) {
						return true
					}
				}
			}
		}
	}
	return false
}

var variablePartRE = regexp.MustCompile(`^(.+?)(?:<[^<>]+>|\*)$`)

// cookieName writes a cookie's name, and whether it is only the start of
// the name. A name whose end varies, written in the answers as a pattern
// ("_ga_*") or as "_ga_<container-id>", must not look like a placeholder
// left unfilled, so the template says the pattern in words.
func cookieName(name string) (string, bool) {
	name = clean(name)
	if m := variablePartRE.FindStringSubmatch(name); m != nil {
		return esc(m[1]), true
	}
	return esc(name), false
}

// quotedRE matches a quoted name, whose own "og" cannot be misread.
var quotedRE = regexp.MustCompile(`»[^«]*«`)

var plainMailRE = regexp.MustCompile(`^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$`)

// quoted names a purpose or other user-named thing inside a sentence, with
// Danish quotation marks: »Fakturering og bogføring«.
func quoted(name string) string { return "»" + esc(clean(name)) + "«" }

// longDate writes a date as Danes do: "1. september 2026", with the
// month's name from the templates.
func longDate(d drafts.Date) string {
	if d.IsZero() || d.Month < 1 || d.Month > 12 {
		return ""
	}
	return fmt.Sprintf("%d. %s %d", d.Day, textSets[0]().term(fmt.Sprintf("month %d", d.Month)), d.Year)
}

// mailLink is a Markdown mailto link for a validated address, or the
// escaped text when the address is not valid.
func mailLink(addr string) string {
	if !plainMailRE.MatchString(addr) {
		return esc(addr)
	}
	return fmt.Sprintf("[%s](mailto:%s)", esc(addr), addr)
}

// webLink is a Markdown link for a validated web address, shown without
// its scheme, or the escaped text when the address is not valid.
func webLink(u string) string {
	if drafts.CheckURL(u) != nil {
		return esc(u)
	}
	shown := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://"), "/")
	return fmt.Sprintf("[%s](<%s>)", esc(shown), u)
}

// period writes a period in correct Danish, or the escaped text when it
// cannot be read.
func period(s string) string {
	p, err := drafts.ParsePeriod(s)
	if err != nil {
		return esc(s)
	}
	return p.String()
}

// mentions reports whether name already contains word as a whole word,
// ignoring case, so it need not be repeated in brackets after the name.
func mentions(name, word string) bool {
	word = strings.ToLower(strings.TrimSpace(clean(word)))
	if word == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(clean(name)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '/' && r != '.'
	}) {
		if strings.TrimSuffix(w, ".") == strings.TrimSuffix(word, ".") {
			return true
		}
	}
	return strings.Contains(" "+strings.ToLower(clean(name))+" ", " "+word+" ")
}

// joinAnd is andList for text that is not in a business's voice: check's
// findings, the change log and the record of processing.
func joinAnd(items []string) string { return textSets[0]().andList(items) }

// LongDate writes a date as the policy does: "1. september 2026".
func LongDate(d drafts.Date) string { return longDate(d) }
