package content

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privatliv/privatliv/drafts"
)

// SqueezeBlankLines keeps template output tidy: no runs of blank lines, no
// trailing spaces.
func SqueezeBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := true
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// OrDefault is s, or def when s holds nothing printable: a name of only
// control characters must not leave "****" behind, which Markdown reads as a
// thematic break.
func OrDefault(s, def string) string {
	if strings.TrimSpace(Clean(s)) == "" {
		return def
	}
	return s
}

// Esc turns user text into Markdown that prints as the literal text: no
// heading, link, image, HTML, table cell break or entity can come from it.
// Line breaks collapse to spaces, since every answer is shown inline.
func Esc(s string) string {
	s = Clean(s)
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

// Clean removes control and bidirectional-override characters and folds
// all runs of white space into single spaces.
func Clean(s string) string {
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

// Sentence makes user text end as a sentence: escaped, with a full stop.
func Sentence(s string) string {
	s = strings.TrimSpace(Clean(s))
	if s == "" {
		return ""
	}
	if !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return Esc(UpperFirst(s))
}

// Phrase is user text that follows a bold label and a colon ("**Besvare
// henvendelser:** at kunne svare …"): escaped, with a full stop, and not
// capitalised, since what follows the colon is usually not a sentence. A
// leading infinitive "At" is lowercased; any other first word is kept as
// the user wrote it, so names and sentences keep their capitals.
func Phrase(s string) string {
	s = strings.TrimSpace(Clean(s))
	if s == "" {
		return ""
	}
	if strings.HasPrefix(s, "At ") {
		s = "at" + s[2:]
	}
	if !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return Esc(s)
}

// LowerFirst lowercases the first letter of a name used inside a sentence
// ("Fakturering" -> "fakturering"), but leaves abbreviations such as "CPR".
func LowerFirst(s string) string {
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

// UpperFirst capitalises the first letter of s.
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// AndList joins items with the shared terms' "og": "a, b og c".
func AndList(a *drafts.Answers, items []string) string { return sharedTexts(a).AndList(items) }

// AndList joins items with the set's "og", or "samt" where an item holds
// an "og" of its own.
func (ts *Texts) AndList(items []string) string {
	return list(items, ts.Term("word and"), ts.Term("word and also"))
}

// OrList joins items with the set's "eller".
func (ts *Texts) OrList(items []string) string { return list(items, ts.Term("word or"), "") }

// list joins items the Danish way: "a, b og c", or, when also is given,
// "a, b samt c og d" when an item, the last one too, holds the
// conjunction of its own. An item
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
	if HasRelativeClause(last) {
		sep = ", "
	}
	if also != "" {
		// "ordre- og aftaleoplysninger og faktura- og betalingsoplysninger"
		// hides where the list ends; "samt" shows it.
		for _, it := range items {
			if strings.Contains(quotedRE.ReplaceAllString(it, ""), " "+conj+" ") {
				conj = also
				break
			}
		}
	}
	return strings.Join(items[:len(items)-1], ", ") + sep + conj + " " + items[len(items)-1]
}

// HasRelativeClause reports whether s holds a relative clause started by a
// comma outside parentheses: "personer, der kontakter os".
func HasRelativeClause(s string) bool {
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

// quotedRE matches a quoted name, whose own "og" cannot be misread.
var quotedRE = regexp.MustCompile(`»[^«]*«`)

var plainMailRE = regexp.MustCompile(`^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$`)

// Quoted names a purpose or other user-named thing inside a sentence, with
// Danish quotation marks: »Fakturering og bogføring«.
func Quoted(name string) string { return "»" + Esc(Clean(name)) + "«" }

// LongDate writes a date as Danes do: "1. september 2026", with the
// month's name from the templates.
func LongDate(d drafts.Date) string {
	if d.IsZero() || d.Month < 1 || d.Month > 12 {
		return ""
	}
	return fmt.Sprintf("%d. %s %d", d.Day, sharedTexts(nil).Term(fmt.Sprintf("month %d", d.Month)), d.Year)
}

// MailLink is a Markdown mailto link for a validated address, or the
// escaped text when the address is not valid.
func MailLink(addr string) string {
	if !plainMailRE.MatchString(addr) {
		return Esc(addr)
	}
	return fmt.Sprintf("[%s](mailto:%s)", Esc(addr), addr)
}

// WebLink is a Markdown link for a validated web address, shown without
// its scheme, or the escaped text when the address is not valid.
func WebLink(u string) string {
	if drafts.CheckURL(u) != nil {
		return Esc(u)
	}
	shown := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://"), "/")
	return fmt.Sprintf("[%s](<%s>)", Esc(shown), u)
}

// Period writes a period in correct Danish, or the escaped text when it
// cannot be read.
func Period(s string) string {
	p, err := drafts.ParsePeriod(s)
	if err != nil {
		return Esc(s)
	}
	return p.String()
}

// Mentions reports whether name already contains word as a whole word,
// ignoring case, so it need not be repeated in brackets after the name.
func Mentions(name, word string) bool {
	word = strings.ToLower(strings.TrimSpace(Clean(word)))
	if word == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(Clean(name)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '/' && r != '.'
	}) {
		if strings.TrimSuffix(w, ".") == strings.TrimSuffix(word, ".") {
			return true
		}
	}
	return strings.Contains(" "+strings.ToLower(Clean(name))+" ", " "+word+" ")
}

// JoinAnd is AndList for text that is not in a business's voice: check's
// findings, the change log and the record of processing.
func JoinAnd(items []string) string { return sharedTexts(nil).AndList(items) }

// PronounLower lowercases a name that starts with a possessive pronoun or
// is a common noun written as a label, so it reads well inside a sentence:
// "din praktiserende læge", "kommunen". Other names keep their capitals:
// "Politiets Udlændinge- og Straffeattestkontor", "Region Sjælland".
func PronounLower(s string) string {
	first, _, _ := strings.Cut(s, " ")
	switch first {
	case "Din", "Dit", "Dine", "Vores", "Jeres", "Min", "Mit", "Mine":
		return LowerFirst(s)
	}
	// »Den, der henviser dig« or »Det firma, du har valgt« is a description
	// that starts a label with a capital; inside a sentence it is »den, der
	// henviser dig«. »Den Danske Bank« is a name.
	if w := strings.TrimSuffix(first, ","); (w == "Den" || w == "Det" || w == "De") && s[len(w):] == strings.ToLower(s[len(w):]) {
		return LowerFirst(s)
	}
	// A genitive works as a pronoun does before a common noun: "barnets
	// kommune", but "Barnets Hus" is a name.
	if g, ok := strings.CutSuffix(first, "s"); ok && first != s && commonGenitives[g] && s[len(first):] == strings.ToLower(s[len(first):]) {
		return LowerFirst(s)
	}
	if commonNouns[first] && first == s {
		return LowerFirst(s)
	}
	// A kind of supplier described in lower case after its first word:
	// "Leverandør af journalprogram", but "Leverandør Service ApS" is a name.
	if kindNouns[first] && s[len(first):] == strings.ToLower(s[len(first):]) {
		return LowerFirst(s)
	}
	return s
}

// kindNouns start a description of a recipient by what it does.
var kindNouns = map[string]bool{"Leverandør": true, "Leverandøren": true, "Udbyder": true, "Udbyderen": true}

// commonNouns are recipients and sources named by what they are, not by a
// name: "Kommunen" is "kommunen" inside a sentence.
var commonNouns = map[string]bool{
	"Kommunen": true, "Regionen": true, "Banken": true, "Politiet": true, "Arbejdsgiveren": true,
	"Fagforeningen": true, "Skolen": true, "Lægen": true, "Revisoren": true, "Forsikringsselskabet": true,
	"Offentligheden": true,
}

// commonGenitives are common nouns whose genitive starts a recipient's or
// source's name: "Barnets kommune".
var commonGenitives = map[string]bool{"Barnet": true, "Kunden": true, "Patienten": true, "Klienten": true, "Medlemmet": true, "Foreningen": true}

// JoinNonEmpty joins the non-empty parts, cleaned.
func JoinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(Clean(p)); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
