// Package cookiescan reads what a cookie scan found, a browser's HAR export
// or a consent tool's CSV cookie list, matches the cookies to the vendor
// catalogue and adds them to the answers with the vendors and consent
// purposes they need. It writes no document: it is one more way of filling
// in an answer file, and reads only the bytes it is given.
package cookiescan

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/internal/inert"
)

// ScannedCookie is one cookie found in a scan, classified when privatliv
// or the consent tool knows it.
type ScannedCookie struct {
	Name     string // as found; a catalogue pattern ("_ga_*") once matched
	Domain   string // the domain that set or received it
	Category string // necessary, preferences, statistics, marketing; "" when not known
	Purpose  string // what it does, in Danish, or the consent tool's text
	Provider string // who sets it
	Lifetime string // "session" or a period such as "2 år"; "" when not known
	Vendor   string // catalogue id when the name is a catalogue cookie
}

// CookieImport is what a scan found: cookies that can be added to an answer
// file, and cookies the user must classify (no category, purpose or
// lifetime is known for them).
type CookieImport struct {
	Format  string          // "HAR" or "CSV"
	Known   []ScannedCookie // classified by the catalogue or the consent tool
	Unknown []ScannedCookie // name and domain only
}

// maxScanSize bounds the file read; a HAR of a few pages is well under it.
const maxScanSize = 64 << 20

// ImportCookies reads a browser HAR export or a consent tool's CSV cookie
// list and matches the cookies to the vendor catalogue. name is the file's
// name, used to pick the format and in messages. It reads only the bytes it
// is given.
func ImportCookies(scan []byte, name string) (CookieImport, error) {
	if len(scan) > maxScanSize {
		return CookieImport{}, fmt.Errorf("%s: filen er for stor til en cookiescanning (højst %d MB)", name, maxScanSize>>20)
	}
	if !utf8.Valid(scan) {
		return CookieImport{}, fmt.Errorf("%s: filen er ikke tekst i UTF-8; eksportér den igen som HAR eller CSV", name)
	}
	scan = bytes.TrimPrefix(scan, []byte("\xef\xbb\xbf"))
	var found []ScannedCookie
	var format string
	var err error
	trimmed := bytes.TrimSpace(scan)
	switch {
	case strings.EqualFold(filepath.Ext(name), ".har") || bytes.HasPrefix(trimmed, []byte("{")):
		format = "HAR"
		found, err = readHAR(scan)
	default:
		format = "CSV"
		found, err = readCookieCSV(scan)
	}
	if err != nil {
		return CookieImport{}, fmt.Errorf("%s: %w", name, err)
	}
	r := CookieImport{Format: format}
	seen := map[string]bool{}
	for _, c := range found {
		c = classify(c.scrubbed())
		if seen[c.Name] {
			continue
		}
		seen[c.Name] = true
		if c.Category != "" && c.Purpose != "" && c.Lifetime != "" {
			r.Known = append(r.Known, c)
		} else {
			r.Unknown = append(r.Unknown, c)
		}
	}
	sort.SliceStable(r.Known, func(i, j int) bool { return r.Known[i].Name < r.Known[j].Name })
	sort.SliceStable(r.Unknown, func(i, j int) bool { return r.Unknown[i].Name < r.Unknown[j].Name })
	return r, nil
}

// scrubbed is c with every control character replaced by U+FFFD: a scan
// is untrusted, and nothing it says may act on a terminal or reach an
// answer file.
func (c ScannedCookie) scrubbed() ScannedCookie {
	for _, f := range []*string{&c.Name, &c.Domain, &c.Category, &c.Purpose, &c.Provider, &c.Lifetime} {
		*f = strings.Map(func(r rune) rune {
			if inert.IsControl(r) {
				return utf8.RuneError
			}
			return r
		}, *f)
	}
	return c
}

// classify matches a cookie to the catalogue. A catalogue match wins over
// the consent tool's own classification, which fills in the rest.
func classify(c ScannedCookie) ScannedCookie {
	for _, v := range drafts.Catalogue() {
		for _, k := range v.Cookies {
			if k.Matches(c.Name) {
				c.Name = k.Name
				c.Vendor = v.ID
				c.Category = k.Category
				c.Purpose = k.Purpose
				c.Provider = v.Name
				c.Lifetime = k.Lifetime
				return c
			}
		}
	}
	if c.Provider == "" {
		c.Provider = c.Domain
	}
	return c
}

// ApplyTo adds the known cookies to a, with the catalogue vendors behind
// them and the consent purposes they need, and returns a line in Danish for
// each thing it added. Cookies, vendors and purposes already there are left
// as they are.
func (r CookieImport) ApplyTo(a *drafts.Answers) []string {
	var added []string
	purposeFor := map[string]string{} // cookie category -> purpose id
	ensurePurpose := func(tplID string) string {
		for _, p := range a.Purposes {
			if p.ID == tplID {
				return p.ID
			}
		}
		for _, t := range drafts.PurposeTemplatesFor(a) {
			if t.Purpose.ID == tplID {
				p := drafts.ClonePurpose(t.Purpose)
				a.Purposes = append(a.Purposes, p)
				ensureVisitors(a, p)
				added = append(added, fmt.Sprintf("formål »%s« (%s, %s)", p.Name, p.ID, basisWords(p)))
				return p.ID
			}
		}
		return ""
	}
	categoryPurpose := func(cat string) string {
		if id, ok := purposeFor[cat]; ok {
			return id
		}
		var id string
		switch cat {
		case "statistics":
			id = ensurePurpose("statistik")
		case "marketing":
			id = ensurePurpose("annoncer")
		case "preferences":
			id = ensurePreferences(a, &added)
		}
		purposeFor[cat] = id
		return id
	}
	for _, c := range r.Known {
		if cookieInAnswers(a.Cookies, c.Name) {
			continue
		}
		pid := categoryPurpose(c.Category)
		a.Cookies.List = append(a.Cookies.List, drafts.Cookie{
			Name: c.Name, Provider: c.Provider, Purpose: c.Purpose, Category: c.Category,
			Lifetime: c.Lifetime, PurposeID: pid,
		})
		added = append(added, fmt.Sprintf("cookie %s (%s, %s)", c.Name, strings.ToLower(drafts.Label(drafts.CookieCategories, c.Category)), c.Provider))
		if c.Vendor == "" {
			continue
		}
		has := false
		for _, v := range a.Vendors {
			has = has || v.Catalog == c.Vendor
		}
		if has {
			continue
		}
		cv, _ := drafts.LookupVendor(c.Vendor)
		var ps []string
		if pid != "" {
			ps = []string{pid}
		} else if cv.Purpose != "" {
			if id := ensurePurpose(cv.Purpose); id != "" {
				ps = []string{id}
			}
		}
		a.Vendors = append(a.Vendors, drafts.Vendor{Catalog: c.Vendor, Purposes: ps})
		added = append(added, fmt.Sprintf("leverandør %s (catalog = %q)", cv.Name, cv.ID))
	}
	return added
}

// basisWords names a purpose's legal bases in lower case, without the
// articles: "samtykke", "legitim interesse".
func basisWords(p drafts.Purpose) string {
	var out []string
	for _, b := range p.Basis {
		l := drafts.Label(drafts.LegalBases, b)
		if i := strings.Index(l, " ("); i > 0 {
			l = l[:i]
		}
		out = append(out, strings.ToLower(l))
	}
	return strings.Join(out, " og ")
}

// cookieInAnswers reports whether a cookie is already listed by name.
func cookieInAnswers(cs drafts.Cookies, name string) bool {
	for _, l := range cs.List {
		if l.Name == name {
			return true
		}
	}
	return false
}

// ensureVisitors makes sure website visitors are a subject group with the
// data a purpose for them uses.
func ensureVisitors(a *drafts.Answers, p drafts.Purpose) {
	for _, g := range p.Subjects {
		i := -1
		for j, s := range a.Subjects {
			if s.Group == g {
				i = j
			}
		}
		if i < 0 {
			a.Subjects = append(a.Subjects, drafts.Subject{Group: g})
			i = len(a.Subjects) - 1
		}
		for _, d := range p.Data {
			if !containsString(a.Subjects[i].Data, d) {
				a.Subjects[i].Data = append(a.Subjects[i].Data, d)
			}
		}
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ensurePreferences adds a consent purpose for preference cookies; there is
// no starter template for it.
func ensurePreferences(a *drafts.Answers, added *[]string) string {
	for _, p := range a.Purposes {
		if p.ID == "praeferencer" {
			return p.ID
		}
	}
	p := drafts.Purpose{
		ID: "praeferencer", Name: "Huske dine valg på hjemmesiden", Subjects: []string{"visitors"},
		Data: []string{"device"}, Basis: []string{"6.1.a"}, Required: "voluntary",
		Retention: drafts.Retention{After: "consent_withdrawn"},
	}
	a.Purposes = append(a.Purposes, p)
	ensureVisitors(a, p)
	*added = append(*added, fmt.Sprintf("formål »%s« (%s, %s)", p.Name, p.ID, basisWords(p)))
	return p.ID
}

// --- HAR ---

type harFile struct {
	Log struct {
		Entries []struct {
			Started string `json:"startedDateTime"`
			Request struct {
				URL     string      `json:"url"`
				Headers []harHeader `json:"headers"`
				Cookies []harCookie `json:"cookies"`
			} `json:"request"`
			Response struct {
				Headers []harHeader `json:"headers"`
				Cookies []harCookie `json:"cookies"`
			} `json:"response"`
		} `json:"entries"`
	} `json:"log"`
}

type harHeader struct{ Name, Value string }

type harCookie struct {
	Name    string `json:"name"`
	Domain  string `json:"domain"`
	Expires string `json:"expires"`
}

// readHAR finds cookies in a browser's HAR export: those the server sets
// (Set-Cookie) and those the browser sends (Cookie), with their domains.
func readHAR(data []byte) ([]ScannedCookie, error) {
	var h harFile
	if err := json.Unmarshal(data, &h); err != nil {
		return nil, fmt.Errorf("ikke en gyldig HAR-fil (%v); gem den fra browserens udviklerværktøjer med »Save all as HAR«", err)
	}
	if len(h.Log.Entries) == 0 {
		return nil, fmt.Errorf("HAR-filen har ingen forespørgsler; genindlæs siden med udviklerværktøjerne åbne, og gem igen")
	}
	var out []ScannedCookie
	for _, e := range h.Log.Entries {
		host := ""
		if u, err := url.Parse(e.Request.URL); err == nil {
			host = u.Hostname()
		}
		started, _ := time.Parse(time.RFC3339, e.Started)
		for _, hd := range e.Response.Headers {
			if !strings.EqualFold(hd.Name, "set-cookie") {
				continue
			}
			// Some browsers join several Set-Cookie headers with newlines.
			for _, line := range strings.Split(hd.Value, "\n") {
				resp := http.Response{Header: http.Header{"Set-Cookie": {line}}}
				for _, c := range resp.Cookies() {
					domain := strings.TrimPrefix(c.Domain, ".")
					if domain == "" {
						domain = host
					}
					out = append(out, ScannedCookie{Name: c.Name, Domain: domain, Lifetime: lifetimeOf(c.MaxAge, c.Expires, started)})
				}
			}
		}
		for _, c := range e.Response.Cookies {
			domain := strings.TrimPrefix(c.Domain, ".")
			if domain == "" {
				domain = host
			}
			exp, _ := time.Parse(time.RFC3339, c.Expires)
			out = append(out, ScannedCookie{Name: c.Name, Domain: domain, Lifetime: lifetimeOf(0, exp, started)})
		}
		for _, hd := range e.Request.Headers {
			if !strings.EqualFold(hd.Name, "cookie") {
				continue
			}
			req := http.Request{Header: http.Header{"Cookie": {hd.Value}}}
			for _, c := range req.Cookies() {
				out = append(out, ScannedCookie{Name: c.Name, Domain: host})
			}
		}
		for _, c := range e.Request.Cookies {
			out = append(out, ScannedCookie{Name: c.Name, Domain: host})
		}
	}
	// A cookie seen with a lifetime is more useful than the same cookie
	// seen only in a request; keep the first one with the most facts.
	sort.SliceStable(out, func(i, j int) bool { return out[i].Lifetime != "" && out[j].Lifetime == "" })
	return out, nil
}

// lifetimeOf turns Max-Age or Expires into a period in Danish.
func lifetimeOf(maxAge int, expires, started time.Time) string {
	var secs float64
	switch {
	case maxAge > 0:
		secs = float64(maxAge)
	case !expires.IsZero() && expires.Year() > 1970:
		if started.IsZero() {
			started = time.Now()
		}
		secs = expires.Sub(started).Seconds()
		if secs <= 0 {
			return ""
		}
	default:
		return "session"
	}
	return periodFromSeconds(secs)
}

func periodFromSeconds(secs float64) string {
	unit := func(n float64, one, many string) string {
		k := int(math.Round(n))
		if k < 1 {
			k = 1
		}
		if k == 1 {
			return "1 " + one
		}
		return strconv.Itoa(k) + " " + many
	}
	switch d := secs / 86400; {
	case secs < 3600:
		return unit(secs/60, "minut", "minutter")
	case secs < 86400:
		return unit(secs/3600, "time", "timer")
	case d < 60:
		return unit(d, "dag", "dage")
	case d < 700:
		return unit(d/30.4, "måned", "måneder")
	default:
		return unit(d/365, "år", "år")
	}
}

// --- CSV ---

// csvColumns are the header names a consent tool's cookie list may use for
// each field, in English and Danish, compared in lower case.
var csvColumns = map[string][]string{
	"name":     {"name", "navn", "cookie", "cookie name", "cookienavn", "cookie-navn"},
	"domain":   {"domain", "domæne", "host", "hostname"},
	"provider": {"provider", "udbyder", "leverandør", "vendor", "service", "tjeneste"},
	"category": {"category", "kategori", "type", "consent category", "samtykkekategori", "purpose category"},
	"lifetime": {"expiry", "expiration", "expires", "lifetime", "duration", "udløb", "udløber", "varighed", "levetid"},
	"purpose":  {"purpose", "description", "formål", "beskrivelse"},
}

// readCookieCSV reads a cookie list with a header row: Name, Domain or
// Provider, Category, Expiry and Purpose in any order, separated by comma,
// semicolon or tab.
func readCookieCSV(data []byte) ([]ScannedCookie, error) {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	sep := ','
	best := bytes.Count(first, []byte(","))
	for _, c := range []rune{';', '\t'} {
		if n := bytes.Count(first, []byte(string(c))); n > best {
			sep, best = c, n
		}
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = sep
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("kan ikke læses som CSV: %v", err)
	}
	if len(rows) < 2 {
		return nil, fmt.Errorf("ingen cookies i filen; den skal have en overskriftslinje og en linje pr. cookie")
	}
	// Names earlier in a field's list win: Cookiebot has both "Type" (HTTP
	// or HTML) and "Category".
	col := map[string]int{}
	for field, names := range csvColumns {
	names:
		for _, n := range names {
			for i, h := range rows[0] {
				if strings.ToLower(strings.TrimSpace(h)) == n {
					col[field] = i
					break names
				}
			}
		}
	}
	if _, ok := col["name"]; !ok {
		return nil, fmt.Errorf("ingen kolonne med cookiens navn; overskriftslinjen skal have en kolonne »Name« eller »Navn« (fandt: %s)", strings.Join(rows[0], ", "))
	}
	get := func(row []string, field string) string {
		if i, ok := col[field]; ok && i < len(row) {
			return strings.TrimSpace(row[i])
		}
		return ""
	}
	var out []ScannedCookie
	for _, row := range rows[1:] {
		name := get(row, "name")
		if name == "" {
			continue
		}
		c := ScannedCookie{
			Name:     name,
			Domain:   strings.TrimPrefix(get(row, "domain"), "."),
			Provider: get(row, "provider"),
			Category: cookieCategoryOf(get(row, "category")),
			Purpose:  get(row, "purpose"),
			Lifetime: lifetimeText(get(row, "lifetime")),
		}
		if c.Domain == "" && strings.Contains(c.Provider, ".") {
			c.Domain = c.Provider
		}
		out = append(out, c)
	}
	return out, nil
}

// cookieCategoryOf maps a consent tool's category name to ours.
func cookieCategoryOf(s string) string {
	s = strings.ToLower(s)
	switch {
	case s == "":
		return ""
	case strings.Contains(s, "necess") || strings.Contains(s, "nødvendig") || strings.Contains(s, "essential") || strings.Contains(s, "strictly"):
		return "necessary"
	case strings.Contains(s, "prefer") || strings.Contains(s, "præferen") || strings.Contains(s, "functional") || strings.Contains(s, "funktion"):
		return "preferences"
	case strings.Contains(s, "statist") || strings.Contains(s, "analyt") || strings.Contains(s, "analys") || strings.Contains(s, "performance"):
		return "statistics"
	case strings.Contains(s, "market") || strings.Contains(s, "advertis") || strings.Contains(s, "annonc") || strings.Contains(s, "targeting") || strings.Contains(s, "markedsføring"):
		return "marketing"
	}
	return "" // "unclassified" and the like: the user decides
}

// lifetimeText turns "1 year", "Session", "400 days" or "13 måneder" into
// the answer file's form, or "" when it cannot be read.
func lifetimeText(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return ""
	}
	if drafts.IsSessionLifetime(s) || strings.Contains(s, "session") {
		return "session"
	}
	if p, err := drafts.ParsePeriod(s); err == nil {
		return p.String()
	}
	f := strings.Fields(s)
	if len(f) != 2 {
		return ""
	}
	n, err := strconv.Atoi(f[0])
	if err != nil || n <= 0 {
		return ""
	}
	secs := map[string]float64{"year": 365 * 86400, "years": 365 * 86400, "month": 30.4 * 86400, "months": 30.4 * 86400,
		"week": 7 * 86400, "weeks": 7 * 86400, "day": 86400, "days": 86400, "hour": 3600, "hours": 3600, "minute": 60, "minutes": 60}[f[1]]
	if secs == 0 {
		return ""
	}
	switch f[1] {
	case "year", "years":
		return drafts.Period{N: n, Unit: "år"}.String()
	case "month", "months":
		return drafts.Period{N: n, Unit: "måneder"}.String()
	case "week", "weeks":
		return drafts.Period{N: n, Unit: "uger"}.String()
	}
	return periodFromSeconds(float64(n) * secs)
}
