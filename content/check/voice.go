package check

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/privatliv/privatliv/content"
)

// The policy speaks in one voice: "vi", or "jeg" for a one-person business
// (controller.voice). Privatliv's own text follows it; text the business
// wrote or kept from a starting point does not, and a »vores« in a policy
// that says »jeg« everywhere else reads as a mistake – or as if someone
// else were behind it. voice warns about such words, naming the field.

// wrongVoice are the words that contradict each voice.
var wrongVoice = map[content.Voice][]string{
	content.I:  {"vi", "os", "vores"},
	content.We: {"jeg", "mig", "min", "mit", "mine"},
}

// voicedFields are the answers' keys that hold sentences said in the
// business's voice; names of companies, addresses and codes are not.
var voicedFields = map[string]bool{
	"description": true, "interest": true, "consequence": true, "note": true, "service": true,
	"transfer_note": true, "reason": true, "purpose": true, "text": true, "logic": true,
	"consequences": true, "other": true, "name": true, "profiling_description": true,
	"controller_for": true, "joint_for": true, "customer_list": true, "recipient": true,
}

func (c *checker) voice() {
	if c.errorsOnly {
		return
	}
	v := content.VoiceOf(c.a)
	textFields(reflect.ValueOf(c.a), func(p *textPath, key, s string) {
		if !voicedFields[key] || strings.TrimSpace(s) == "" || isIdentifier(s) {
			return
		}
		path := p.String()
		if strings.HasPrefix(path, "controller.") || strings.HasPrefix(path, "dpo.") || strings.HasPrefix(path, "representative.") ||
			strings.HasPrefix(path, "authority.") || strings.HasPrefix(path, "vendors[") && key == "name" {
			return // names of people and companies
		}
		w := wrongWord(s, wrongVoice[v])
		if w == "" {
			return
		}
		if v == content.I {
			c.add(SeverityWarning, path, "art. 12(1)", fmt.Sprintf("teksten siger »%s«, men politikken taler som »jeg«", w),
				"Skriv teksten som »jeg« (jeg, mig, min), eller sæt voice = \"vi\", hvis flere står bag.",
				"Skriv teksten som »jeg« (jeg, mig, min), eller lad politikken skrive »vi« (trin 1), hvis flere står bag.")
			return
		}
		c.add(SeverityWarning, path, "art. 12(1)", fmt.Sprintf("teksten siger »%s«, men politikken taler som »vi«", w),
			"Skriv teksten som »vi« (vi, os, vores), eller sæt voice = \"jeg\", hvis du er alene om virksomheden.",
			"Skriv teksten som »vi« (vi, os, vores), eller lad politikken skrive »jeg« (trin 1), hvis du er alene om virksomheden.")
	})
}

// wrongWord is the first of words that stands as a word of its own in s
// (case aside), or "". »min.« is minutes, not the pronoun.
func wrongWord(s string, words []string) string {
	for _, m := range wordRE.get().FindAllStringIndex(s, -1) {
		w := strings.ToLower(s[m[0]:m[1]])
		for _, x := range words {
			if w != x {
				continue
			}
			if x == "min" && m[1] < len(s) && s[m[1]] == '.' {
				continue
			}
			return s[m[0]:m[1]]
		}
	}
	return ""
}
