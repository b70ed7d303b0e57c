package drafts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The voice a business writes in (controller.voice): "vi", or "jeg" for a
// one-person business. Text privatliv writes for a business (its starting
// points' purposes, the catalogue's descriptions of a service) marks every
// word that follows the voice, and is put in the business's voice before
// anyone reads it:
//
//	{{vi}} {{Vi}}     vi / jeg
//	{{os}} {{Os}}     os / mig
//	{{min}} {{Min}}   vores / min   (common gender: min hjemmeside)
//	{{mit}} {{Mit}}   vores / mit   (neuter: mit nyhedsbrev)
//	{{mine}} {{Mine}} vores / mine  (plural: mine kunder)
//
// The documents' templates use the same markers (package content).

// VoiceWords are the words each marker becomes, for "vi" ([0]) and "jeg" ([1]).
var VoiceWords = [2]map[string]string{
	{"vi": "vi", "Vi": "Vi", "os": "os", "Os": "Os", "min": "vores", "Min": "Vores", "mit": "vores", "Mit": "Vores", "mine": "vores", "Mine": "Vores"},
	{"vi": "jeg", "Vi": "Jeg", "os": "mig", "Os": "Mig", "min": "min", "Min": "Min", "mit": "mit", "Mit": "Mit", "mine": "mine", "Mine": "Mine"},
}

var sayers = [2]*strings.Replacer{sayer(0), sayer(1)}

func sayer(v int) *strings.Replacer {
	var pairs []string
	for k, w := range VoiceWords[v] {
		pairs = append(pairs, "{{"+k+"}}", w)
	}
	return strings.NewReplacer(pairs...)
}

// Say puts privatliv's own text s in a voice: "jeg" when firstPerson, else
// "vi". Text without markers is returned as it is.
func Say(s string, firstPerson bool) string {
	if !strings.Contains(s, "{{") {
		return s
	}
	if firstPerson {
		return sayers[1].Replace(s)
	}
	return sayers[0].Replace(s)
}

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
