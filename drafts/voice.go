package drafts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The policy speaks as the business (»vi«, or »jeg« in a one-person
// business) to its reader (»du«), and the answers' texts are written for
// it. The record of processing is a register in the third person, so it
// uses such a text only when it speaks of everyone in the third person, and
// otherwise the record's own words for it (the record_ keys).

// personalWords are the pronouns of the policy's voice: the business as
// »vi« or »jeg«, and its reader.
var personalWords = map[string]bool{
	"vi": true, "os": true, "vores": true,
	"jeg": true, "mig": true, "min": true, "mit": true, "mine": true,
	"du": true, "dig": true, "din": true, "dit": true, "dine": true,
}

// PolicyVoice is the first word of s that speaks as the policy does – as
// the business (»vi«, »vores«, »jeg«) or to its reader (»du«, »din«) – or
// "" when s has none. A word in capitals throughout is an abbreviation
// (»OS«, »VI«), and what stands between »…« is a name or a quotation, so
// neither counts.
func PolicyVoice(s string) string {
	quoted := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '»':
			quoted = true
		case r == '«':
			quoted = false
		}
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
				break
			}
			j += n
		}
		word := s[i:j]
		if !quoted && personalWords[strings.ToLower(word)] && word != strings.ToUpper(word) {
			return word
		}
		i = j
	}
	return ""
}
