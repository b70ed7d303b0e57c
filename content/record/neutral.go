package record

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// The record of processing is a document for the supervisory authority, not
// a letter to the reader: it speaks of "den dataansvarlige" (or
// "foreningen"; "databehandleren" in the part as processor) and "den
// registrerede", never "vi", "jeg" or "du". "Virksomheden" would not fit a
// clinic or a psychologist working alone; the role fits every controller. The answers' own texts are
// written for the policy, so the record moves their pronouns to the third
// person. Danish verbs do not change with the person, so swapping the
// pronoun keeps the sentence grammatical.

// neutralizer turns the policy's "vi/jeg" and "du" into the third person.
type neutralizer struct {
	words map[string]string
}

// newNeutralizer is the neutralizer for a's controller: "foreningen" for an
// association, else "den dataansvarlige".
func newNeutralizer(a *drafts.Answers) neutralizer {
	return neutralizerFor(a, "den dataansvarlige")
}

// newProcessorNeutralizer is the neutralizer for the record as processor
// (art. 30(2)): "databehandleren", or "foreningen" for an association.
func newProcessorNeutralizer(a *drafts.Answers) neutralizer {
	return neutralizerFor(a, "databehandleren")
}

func neutralizerFor(a *drafts.Answers, who string) neutralizer {
	if a.Controller.IsAssociation() {
		who = "foreningen"
	}
	whose := who + "s"
	return neutralizer{words: map[string]string{
		"vi": who, "jeg": who, "os": who, "mig": who,
		"vores": whose, "min": whose, "mit": whose, "mine": whose,
		"du": "den registrerede", "dig": "den registrerede",
		"din": "den registreredes", "dit": "den registreredes", "dine": "den registreredes",
	}}
}

// text is s, cleaned, with the pronouns of the first and second person
// replaced, whole words only, keeping a capital at the start of a word.
func (n neutralizer) text(s string) string {
	s = content.Clean(s)
	if !n.any(s) {
		return s // most texts name no person: no copy
	}
	var b strings.Builder
	b.Grow(len(s) + 32)
	prev := "" // the word before, lower case
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '-' {
				break
			}
			j += sz
		}
		word := s[i:j]
		lower := strings.ToLower(word)
		if lower == "dig" && reflexive[prev] {
			// "har du tilmeldt dig" becomes "har den registrerede tilmeldt sig".
			b.WriteString("sig")
			prev, i = lower, j
			continue
		}
		prev = lower
		if rep, ok := n.words[lower]; ok && !isUpperWord(word) {
			if unicode.IsUpper(r) {
				rep = content.UpperFirst(rep)
			}
			word = rep
		}
		b.WriteString(word)
		i = j
	}
	return b.String()
}

// any reports whether s has a word text would replace.
func (n neutralizer) any(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '-' {
				break
			}
			j += sz
		}
		if j-i <= 5 { // the longest pronoun, "vores"
			if _, ok := n.words[strings.ToLower(s[i:j])]; ok {
				return true
			}
		}
		i = j
	}
	return false
}

// reflexive are verb forms after which "dig" refers back to "du", so it
// becomes "sig" rather than "den registrerede".
var reflexive = map[string]bool{
	"tilmeldt": true, "tilmelder": true, "tilmelde": true,
	"afmeldt": true, "afmelder": true, "afmelde": true,
	"meldt": true, "melder": true, "melde": true,
	"logger": true, "logget": true, "logge": true,
}

// isUpperWord reports whether w is written in capitals throughout, as an
// abbreviation ("VI", "OS") is, so it is left alone.
func isUpperWord(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
