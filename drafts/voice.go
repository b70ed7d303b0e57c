package drafts

import "strings"

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
