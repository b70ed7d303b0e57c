package drafts

import (
	"fmt"
	"strconv"
	"strings"
)

// Period is a length of time as people write it: "5 år", "6 måneder".
type Period struct {
	N    int
	Unit string // one of the keys of periodUnits: år, måneder, uger, dage, timer, minutter
}

// periodUnits maps every accepted spelling to the unit's plural form, and
// the plural form to its singular.
var periodUnits = map[string]string{
	"år": "år", "måned": "måneder", "måneder": "måneder", "mdr": "måneder", "mdr.": "måneder",
	"uge": "uger", "uger": "uger", "dag": "dage", "dage": "dage", "døgn": "dage",
	"time": "timer", "timer": "timer", "minut": "minutter", "minutter": "minutter",
}

var singular = map[string]string{"år": "år", "måneder": "måned", "uger": "uge", "dage": "dag", "timer": "time", "minutter": "minut"}

// ParsePeriod reads "5 år", "1 måned", "30 dage" and the like.
func ParsePeriod(s string) (Period, error) {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(s)))
	if len(f) != 2 {
		return Period{}, fmt.Errorf("%q er ikke en periode; skriv et tal og en enhed, fx \"5 år\", \"6 måneder\" eller \"30 dage\"", s)
	}
	n, err := strconv.Atoi(f[0])
	if err != nil || n <= 0 || n > 1000 {
		return Period{}, fmt.Errorf("%q: antallet skal være et helt tal større end 0, fx \"5 år\"", s)
	}
	u, ok := periodUnits[f[1]]
	if !ok {
		return Period{}, fmt.Errorf("%q: ukendt enhed %q; brug år, måneder, uger, dage, timer eller minutter", s, f[1])
	}
	return Period{n, u}, nil
}

// String writes the period in correct Danish: "1 måned", "6 måneder".
func (p Period) String() string {
	if p.N == 1 {
		return "1 " + singular[p.Unit]
	}
	return fmt.Sprintf("%d %s", p.N, p.Unit)
}

// Days is the period's approximate length in days, for comparisons.
func (p Period) Days() float64 {
	switch p.Unit {
	case "år":
		return float64(p.N) * 365
	case "måneder":
		return float64(p.N) * 30.4
	case "uger":
		return float64(p.N) * 7
	case "dage":
		return float64(p.N)
	case "timer":
		return float64(p.N) / 24
	default:
		return float64(p.N) / 1440
	}
}

// IsSessionLifetime reports whether a cookie lifetime means "until the
// browser is closed".
func IsSessionLifetime(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "session", "sessionen", "browsersession":
		return true
	}
	return false
}
