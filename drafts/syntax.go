package drafts

import (
	"regexp"
	"strings"
	"sync"
)

// The TOML parser reports syntax errors in English. A consultant who
// mistypes a quote gets the message in Danish, with the line it is on (the
// caller adds line and column).

// syntaxMessages are compiled when the first syntax error is reported, not
// every time the program starts.
var syntaxMessages = sync.OnceValue(func() []syntaxMessage {
	return []syntaxMessage{
		{regexp.MustCompile(`^strings cannot contain newlines`), "en tekst i \"…\" må ikke gå over flere linjer; brug \"\"\"…\"\"\" til tekst over flere linjer, eller luk anførselstegnet på samme linje"},
		{regexp.MustCompile(`^unexpected EOF; expected '(.*)'`), "filen slutter, før $1 er lukket"},
		{regexp.MustCompile(`(?i)^unexpected EOF`), "filen slutter midt i en værdi; mangler der et anførselstegn eller en ]?"},
		{regexp.MustCompile(`^expected value but found "(.*)" instead`), "her skal der stå en værdi (fx \"tekst\", 12, true eller [\"a\", \"b\"]), men der står $1; tekst skal stå i anførselstegn"},
		{regexp.MustCompile(`^expected value but found '(.*)' instead`), "her skal der stå en værdi (fx \"tekst\", 12, true eller [\"a\", \"b\"]), men der står $1; tekst skal stå i anførselstegn"},
		{regexp.MustCompile(`^expected a top-level item to end with a newline, comment, or EOF, but got '(.*)' instead`), "der står noget efter værdien på samme linje ($1); kun en kommentar med # må stå der"},
		{regexp.MustCompile(`^Key '(.*)' has already been defined`), "nøglen $1 står to gange; slet den ene"},
		{regexp.MustCompile(`^Key '(.*)' was already created as a hash table`), "tabellen $1 står to gange; slet den ene"},
		{regexp.MustCompile(`^Key '(.*)' was already created and cannot be used as an array`), "$1 er allerede en tabel og kan ikke også være en liste [[$1]]"},
		{regexp.MustCompile(`^invalid bare key character: '(.*)'`), "tegnet $1 kan ikke stå i et nøglenavn; skriv nøglen uden mellemrum og specialtegn eller i anførselstegn"},
		{regexp.MustCompile(`^bare keys cannot contain '(.*)'`), "tegnet $1 kan ikke stå i et nøglenavn; skriv nøglen uden mellemrum og specialtegn eller i anførselstegn"},
		{regexp.MustCompile(`^expected '=' after key`), "der mangler = efter nøglen"},
		{regexp.MustCompile(`^expected '\.' or '\]' to end table name`), "et tabelnavn skal sluttes på samme linje: med ] som i [controller], eller med ]] som i [[vendors]]"},
		{regexp.MustCompile(`^expected end of table array name delimiter`), "en listes navn skal sluttes med ]] på samme linje, fx [[vendors]]"},
		{regexp.MustCompile(`^expected a comma \(','\) or array terminator \(']'\), but got '(.*)'`), "i en liste skal værdierne adskilles med komma og listen sluttes med ]; her står $1"},
		{regexp.MustCompile(`^invalid escape in string '(.*)'`), "\\$1 er ikke en gyldig escape-sekvens; skriv \\\\ for en \\"},
		{regexp.MustCompile(`^Invalid (.*) date`), "datoen er ikke gyldig; skriv den som ÅÅÅÅ-MM-DD"},
	}
})

type syntaxMessage struct {
	re   *regexp.Regexp
	text string // $1 … are the parts the expression captures
}

// danishSyntax is a TOML parser message in Danish, or the message itself
// when it is not one we know.
func danishSyntax(msg string) string {
	msg = strings.TrimSpace(msg)
	for _, m := range syntaxMessages() {
		if loc := m.re.FindStringSubmatchIndex(msg); loc != nil {
			return string(m.re.ExpandString(nil, m.text, msg, loc))
		}
	}
	return "fejl i TOML-syntaksen (parserens besked på engelsk: " + msg + ")"
}
