package drafts

import (
	"regexp"
	"strings"
	"sync"

	"github.com/privatliv/privatliv/internal/inert"
)

// The TOML parser reports syntax errors in English. A consultant who
// mistypes a quote gets the message in Danish, with the line it is on (the
// caller adds line and column). TestEveryParserMessageInDanish makes each
// of the parser's messages happen.

// syntaxMessages are compiled when the first syntax error is reported, not
// every time the program starts.
var syntaxMessages = sync.OnceValue(func() []syntaxMessage {
	return []syntaxMessage{
		{regexp.MustCompile(`^strings cannot contain newlines`), `en tekst i "…" må ikke gå over flere linjer; brug """…""" til tekst over flere linjer, eller luk anførselstegnet på samme linje`},
		{regexp.MustCompile(`^unexpected EOF; expected '"""'`), `filen slutter, før en tekst i """…""" er lukket; mangler der """?`},
		{regexp.MustCompile(`^unexpected EOF; expected '"'`), `filen slutter, før en tekst i anførselstegn er lukket; mangler der et "?`},
		{regexp.MustCompile(`^unexpected EOF; expected "'''"`), `filen slutter, før en tekst i '''…''' er lukket; mangler der '''?`},
		{regexp.MustCompile(`^unexpected EOF; expected "'"`), `filen slutter, før en tekst i '…' er lukket; mangler der et '?`},
		{regexp.MustCompile(`^unexpected EOF; expected key separator '='`), "filen slutter efter en nøgle uden = og en værdi"},
		{regexp.MustCompile(`^unexpected EOF; expected value`), "filen slutter efter =, før værdien"},
		{regexp.MustCompile(`^unexpected EOF; expected '(.*)'`), "filen slutter, før $1 er lukket"},
		{regexp.MustCompile(`(?i)^unexpected EOF`), "filen slutter midt i en værdi; mangler der et anførselstegn eller en ]?"},
		{regexp.MustCompile(`^expected value but found "(.*)" instead`), `her skal der stå en værdi (fx "tekst", 12, true eller ["a", "b"]), men der står $1; tekst skal stå i anførselstegn`},
		{regexp.MustCompile(`^expected value but found '(.*)' instead`), `her skal der stå en værdi (fx "tekst", 12, true eller ["a", "b"]), men der står $1; tekst skal stå i anførselstegn`},
		{regexp.MustCompile(`^expected a top-level item to end with a newline, comment, or EOF, but got '(.*)' instead`), "der står noget efter værdien på samme linje ($1); kun en kommentar med # må stå der"},
		{regexp.MustCompile(`^expected end of table array name delimiter '\]', but got '(.*)' instead`), "navnet på en liste af tabeller skal sluttes med ]], men her står $1"},
		{regexp.MustCompile(`^unexpected (end of table name|table separator) \(table names cannot be empty\)`), "et tabelnavn i [ ] må ikke være tomt"},
		{regexp.MustCompile(`^expected '\.' or '\]' to end table name, but got '(.*)' instead`), "et tabelnavn skal sluttes med ] på samme linje, men her står $1; skriv navnet uden mellemrum og specialtegn eller i anførselstegn"},
		{regexp.MustCompile(`^unexpected '=': key name appears blank`), "der mangler en nøgle før ="},
		{regexp.MustCompile(`^unexpected '\.': keys cannot start with a '\.'`), "en nøgle kan ikke begynde med et punktum"},
		{regexp.MustCompile(`^unexpected '='`), "et = står, hvor det ikke kan stå"},
		{regexp.MustCompile(`^unexpected '\.'`), "et punktum står, hvor det ikke kan stå i nøglen"},
		{regexp.MustCompile(`^expected '\.' or '=', but got '(.*)' instead`), "efter en nøgle skal der stå =, men her står $1; står der mellemrum eller specialtegn i nøglen, så skriv den i anførselstegn"},
		{regexp.MustCompile(`^floats must start with a digit, not '\.'`), "et decimaltal skal begynde med et ciffer, fx 0.5"},
		{regexp.MustCompile(`^unexpected comma`), "et komma står forkert: to i træk, eller før den første værdi"},
		{regexp.MustCompile(`^Key '(.*)' has already been defined`), "nøglen $1 står to gange; slet den ene"},
		{regexp.MustCompile(`^Key '(.*)' was already created as a hash`), "tabellen $1 står to gange; slet den ene"},
		{regexp.MustCompile(`^Key '(.*)' was already created and cannot be used as an array`), "$1 er allerede en tabel og kan ikke også være en liste [[$1]]"},
		{regexp.MustCompile(`^"(.*)" is not a table`), "$1 er ikke en tabel"},
		{regexp.MustCompile(`^invalid bare key character: '(.*)'`), "tegnet $1 kan ikke stå i et nøglenavn; skriv nøglen uden mellemrum og specialtegn eller i anførselstegn"},
		{regexp.MustCompile(`^bare keys cannot contain '(.*)'`), "tegnet $1 kan ikke stå i et nøglenavn; skriv nøglen uden mellemrum og specialtegn eller i anførselstegn"},
		{regexp.MustCompile(`^expected '=' after key`), "der mangler = efter nøglen"},
		{regexp.MustCompile(`^expected a comma \(','\) or array terminator \(']'\), but got (.*)`), "i en liste skal værdierne adskilles med komma og listen sluttes med ]; her står $1"},
		{regexp.MustCompile(`^expected a comma or an inline table terminator '\}', but got (.*?)( instead)?$`), "i en tabel i { } skal værdierne adskilles med komma og tabellen sluttes med } på samme linje; her står $1"},
		{regexp.MustCompile(`^newlines not allowed within inline tables`), "en tabel i { } skal stå på én linje"},
		{regexp.MustCompile(`^invalid escape in string '(.*)'`), `$1 er ikke en gyldig escape-sekvens; skriv \\ for en \`},
		{regexp.MustCompile(`^invalid escape: '(.*)'`), `$1 er ikke en gyldig escape-sekvens; skriv \\ for en \`},
		{regexp.MustCompile(`^expected (two|four|eight) hexadecimal digits after '\\(.)', but got (.*) instead`), `efter \$2 skal der stå hexadecimale cifre (0-9 og a-f), fx \u00e6 for æ; her står $3`},
		{regexp.MustCompile(`^Escaped character '\\u(.*)' is not valid UTF-8`), `\u$1 er ikke et gyldigt tegn`},
		{regexp.MustCompile(`^Invalid (.*) date`), "datoen er ikke gyldig; skriv den som ÅÅÅÅ-MM-DD"},
		{regexp.MustCompile(`^invalid datetime: "(.*)"`), `"$1" er ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, fx 2026-03-01`},
		{regexp.MustCompile(`^invalid duration`), "værdien er ikke gyldig"},
		{regexp.MustCompile(`^Invalid (integer|float) "(.*)": underscores must be surrounded by digits`), "tallet $2 er ikke gyldigt: _ skal stå mellem to cifre"},
		{regexp.MustCompile(`^Invalid (integer|float) "(.*)": cannot have leading zeroes`), "tallet $2 må ikke begynde med 0"},
		{regexp.MustCompile(`^Invalid float "(.*)": '\.' must be followed by one or more digits`), "tallet $1 er ikke gyldigt: efter punktummet skal der stå cifre"},
		{regexp.MustCompile(`^(?i)invalid float(?: value)?: ['"]?(.*?)['"]?$`), "$1 er ikke et gyldigt tal"},
		{regexp.MustCompile(`^cannot use sign with non-decimal numbers: '(.*)'`), "$1: + og - kan kun stå foran almindelige tal"},
		{regexp.MustCompile(`^expected a digit but got '(.*)'`), "her skal der stå et ciffer, men der står $1"},
		{regexp.MustCompile(`^not an? (binary|octal|hexadecimal) number: '(.*)'`), "$2 er ikke et gyldigt tal"},
		{regexp.MustCompile(`^(.*) is out of (the safe )?range for (.*)`), "tallet $1 er for stort"},
		{regexp.MustCompile(`^TOML files cannot contain control characters: '0x(.*)'`), "tegnet U+00$1 er et styretegn og må ikke stå i en svarfil; slet det"},
		{regexp.MustCompile(`^invalid UTF-8 byte: 0x(.*)`), "byten 0x$1 er ikke gyldig UTF-8; gem filen som UTF-8"},
		{regexp.MustCompile(`^files cannot contain NULL bytes`), "filen indeholder et NUL-tegn og er ikke tekst; er den gemt som UTF-16? Gem den som UTF-8"},
		{regexp.MustCompile(`^toml: line (\d+)(?: \(last key "(.*)"\))?: incompatible types`), "linje $1: værdien har en anden type end forventet ($2)"},
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
	// The parser quotes the end of a line as '\n'.
	msg = strings.NewReplacer(`'\n'`, "'linjens slutning'", `"\n"`, `"linjens slutning"`).Replace(msg)
	for _, m := range syntaxMessages() {
		if loc := m.re.FindStringSubmatchIndex(msg); loc != nil {
			return inert.Line(string(m.re.ExpandString(nil, m.text, msg, loc)))
		}
	}
	// Not one we know: said as the parser said it, and made inert, since
	// it may quote the file.
	return "fejl i TOML-syntaksen (parserens besked på engelsk: " + inert.Line(msg) + ")"
}
