package content

import "testing"

func TestListClosesRelativeClause(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"kunder", "personer, der kontakter os", "modtagere"}, "kunder, personer, der kontakter os, og modtagere"},
		{[]string{"personer, som ringer", "kunder"}, "personer, som ringer, og kunder"},
		{[]string{"kontaktoplysninger (navn, e-mail, telefon)", "adresse"}, "kontaktoplysninger (navn, e-mail, telefon) og adresse"},
		{[]string{"a", "b", "c"}, "a, b og c"},
		{[]string{"adresse", "ordre- og aftaleoplysninger", "faktura- og betalingsoplysninger"}, "adresse, ordre- og aftaleoplysninger samt faktura- og betalingsoplysninger"},
		// »samt« also when only the last item holds an »og«.
		{[]string{"din læge om patienter", "dine referencer og Rigspolitiet om jobansøgere"}, "din læge om patienter samt dine referencer og Rigspolitiet om jobansøgere"},
	} {
		if got := JoinAnd(c.in); got != c.want {
			t.Errorf("joinAnd(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNoNameRepeatedInBrackets(t *testing.T) {
	for _, c := range []struct {
		name, word string
		want       bool
	}{
		{"Tidsflow ApS", "ApS", true},
		{"Din arbejdsgiver", "arbejdsgiver", true},
		{"Helle Falsberg Webdesign", "enkeltmandsvirksomhed", false},
		{"Apsis Design", "ApS", false},
		{"Hansen & Co. A/S", "A/S", true},
	} {
		if got := Mentions(c.name, c.word); got != c.want {
			t.Errorf("mentions(%q, %q) = %v, want %v", c.name, c.word, got, c.want)
		}
	}
}

// A source or recipient named with a possessive pronoun reads in lower case
// inside a sentence, in a »jeg« policy too: »din praktiserende læge og mine
// klienter«, not »… og Mine klienter«; real names keep their capitals.
func TestPronounNamesInsideSentences(t *testing.T) {
	for in, want := range map[string]string{
		"Din praktiserende læge": "din praktiserende læge",
		"Mine klienter":          "mine klienter",
		"Min revisor":            "min revisor",
		"Vores bank":             "vores bank",
		"Kommunen":               "kommunen",
		"Mineralvand ApS":        "Mineralvand ApS",
		"Region Sjælland":        "Region Sjælland",
		"Barnets kommune":        "barnets kommune",
		"Kundens bank":           "kundens bank",
		"Barnets Hus":            "Barnets Hus",
		"Foreningens bank":       "foreningens bank",
		"Offentligheden":         "offentligheden",
		"Kunstens Hus":           "Kunstens Hus",
		// Review 3: a capital »Den,« inside a sentence.
		"Den, der henviser dig":       "den, der henviser dig",
		"Det fragtfirma, du vælger":   "det fragtfirma, du vælger",
		"Den Danske Bank":             "Den Danske Bank",
		"Det Centrale Personregister": "Det Centrale Personregister",
	} {
		if got := PronounLower(in); got != want {
			t.Errorf("pronounLower(%q) = %q, want %q", in, got, want)
		}
	}
}
