package tui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"charm.land/huh/v2"
	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/drafts/cookiescan"
	"github.com/privatliv/privatliv/internal/inert"
)

// The cookie step's import: the cookies a website really sets, read from a
// file (a browser's HAR export or a consent tool's CSV list) and matched to
// the catalogue by cookiescan.ImportCookies. It reads only the file named; the
// answers change only when the user says yes to what was found.

var importColl = &collection{
	title: "Importér cookies", noun: "import", section: "cookies", prefix: "cookies.import", singleton: true,
	count: func(*drafts.Answers) int { return 1 },
	label: func(*drafts.Answers, int) string { return "Importér cookies fra en fil (HAR eller CSV)" },
	form:  importForm,
}

// maxScanFile is the largest file the import reads, as content does.
const maxScanFile = 64 << 20

// cookieScan is one import dialog's state. None of it is an answer.
type cookieScan struct {
	path   string // as typed
	apply  bool   // yes to adding what was found
	key    string // the file, size and time last read: the check runs on every key
	err    error
	result *cookiescan.CookieImport
	name   string // the file's base name, for messages
	seen   bool   // a result was there at the previous sync
	done   bool
}

func importForm(m *Model, _ int) *questions {
	s := &cookieScan{apply: true}
	q := newQuestions()
	var ask *huh.Confirm
	check := func(p string) error {
		err := s.load(p)
		if s.result != nil && ask != nil {
			// The scan's cookie names and domains are untrusted.
			title, desc := s.describe(m.a)
			title, desc = inert.Line(title), inert.Text(desc)
			ask.Title(title).Description(desc)
			q.fields["cookies.import.apply"].title = title
			q.fields["cookies.import.apply"].desc = desc
		}
		return err
	}
	path := q.input("cookies.import.path", "Hvilken fil vil du importere?",
		"Stien til en HAR-fil (browserens udviklerværktøjer → Netværk → »Save all as HAR«) eller en CSV-fil med cookies fra jeres cookieværktøj, fx ~/Overførsler/cookies.csv.",
		&s.path, check)
	q.refuse(path)
	ask = q.confirm("cookies.import.apply", "Tilføj de genkendte cookies?", "", &s.apply)
	q.group("Importér cookies", path)
	q.groupIf("Det fandt vi", func() bool { return s.result != nil }, ask)
	q.sync = func() {
		if s.done || s.result == nil {
			s.seen = false
			return
		}
		// In the full-screen wizard the answer counts when the form is
		// completed with enter (esc cancels). Accessible mode asks the
		// fields one by one, so it is the sync after the question about
		// the result: the one after the path found a result.
		var ready bool
		if m.mode == modeItem {
			ready = m.form != nil && m.form.State == huh.StateCompleted
		} else {
			ready = s.seen
		}
		s.seen = true
		if !ready {
			return
		}
		s.done = true
		if !s.apply {
			m.setStatus("Intet importeret fra "+s.name+".", false)
			return
		}
		m.setStatus(s.applyTo(m.a), false)
	}
	return q
}

// load reads and parses the file at p, unless it is the one read last.
func (s *cookieScan) load(p string) error {
	p = cleanPath(p)
	if p == "" {
		s.result, s.key = nil, ""
		return fmt.Errorf("skriv stien til filen, fx ~/Overførsler/cookies.har")
	}
	fi, err := os.Stat(p) // never blocks, even on a FIFO
	switch {
	case errors.Is(err, fs.ErrNotExist):
		err = fmt.Errorf("filen %s findes ikke", p)
	case err != nil:
		err = fmt.Errorf("kan ikke åbne %s: %s", p, drafts.DanishIOError(err))
	case fi.IsDir():
		err = fmt.Errorf("%s er en mappe; skriv stien til selve filen", p)
	case !fi.Mode().IsRegular():
		err = fmt.Errorf("%s: %v", p, drafts.NotRegular(fi))
	case fi.Size() > maxScanFile:
		err = fmt.Errorf("%s er for stor til en cookiescanning (højst %d MB)", p, maxScanFile>>20)
	}
	if err != nil {
		s.result, s.key = nil, ""
		return err
	}
	key := fmt.Sprint(p, fi.Size(), fi.ModTime().UnixNano())
	if key == s.key {
		return s.err
	}
	s.key, s.name, s.result = key, filepath.Base(p), nil
	// Only a regular file, and no more than the limit even if it grows.
	data, err := drafts.ReadFile(p, maxScanFile)
	if err != nil {
		s.err = err
		return s.err
	}
	r, err := cookiescan.ImportCookies(data, s.name)
	if s.err = err; err == nil {
		s.result = &r
	}
	return s.err
}

// cleanPath undoes what a terminal adds to a path dropped into it (quotes,
// escaped spaces) and expands ~.
func cleanPath(p string) string {
	p = strings.TrimSpace(p)
	if len(p) >= 2 && (p[0] == '\'' || p[0] == '"') && p[len(p)-1] == p[0] {
		p = p[1 : len(p)-1]
	} else {
		p = strings.ReplaceAll(p, `\ `, " ")
	}
	if p == "~" || strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			p = filepath.Join(home, p[1:])
		}
	}
	return p
}

// describe says what the scan found, for the question whether to add it:
// a cookie a line, so a line never breaks inside its brackets.
func (s *cookieScan) describe(a *drafts.Answers) (title, desc string) {
	r := s.result
	var found []string
	n := 0
	for _, c := range r.Known {
		t := fmt.Sprintf("%s (%s, %s)", c.Name, strings.ToLower(drafts.Label(drafts.CookieCategories, c.Category)), c.Provider)
		if hasCookie(a, c.Name) {
			t += " – står der allerede"
		} else {
			n++
		}
		found = append(found, t)
	}
	var unknown []string
	for _, c := range r.Unknown {
		unknown = append(unknown, fmt.Sprintf("%s (%s)", c.Name, orText(c.Domain, "ukendt domæne")))
	}
	lines := []string{fmt.Sprintf("%s (%s): %s.", s.name, r.Format, plural(len(r.Known)+len(r.Unknown), "cookie", "cookies"))}
	if len(found) > 0 {
		lines = append(lines, "Genkendt:")
		lines = append(lines, bullets(found, 8)...)
	}
	if len(unknown) > 0 {
		lines = append(lines, "Ukendt, så dem skal I selv beskrive, fx pr. kategori:")
		lines = append(lines, bullets(unknown, 8)...)
	}
	switch {
	case n == 0 && len(r.Known) == 0:
		title = "Ingen af cookierne er genkendt, så der er intet at tilføje"
	case n == 0:
		title = "De genkendte cookies står der allerede, så der er intet at tilføje"
	case n == 1:
		title = "Tilføj den genkendte cookie?"
	default:
		title = fmt.Sprintf("Tilføj de %d genkendte cookies?", n)
	}
	if n > 0 {
		lines = append(lines, "Svarer du ja, tilføjes de sammen med leverandørerne bag dem og de formål med samtykke, de kræver.")
	}
	return title, strings.Join(lines, "\n")
}

// bullets lists up to n items a line each, and says how many more there
// are.
func bullets(items []string, n int) []string {
	var out []string
	for i, it := range items {
		if i == n {
			out = append(out, fmt.Sprintf("  • og %d mere", len(items)-n))
			break
		}
		out = append(out, "  • "+it)
	}
	return out
}

// applyTo adds what the scan found and says what was added.
func (s *cookieScan) applyTo(a *drafts.Answers) string {
	nc, nv, np := len(a.Cookies.List), len(a.Vendors), len(a.Purposes)
	s.result.ApplyTo(a)
	// The cookie step follows: a consent tool found is the banner, and a
	// cookie found by name replaces its description by category.
	var follow []string
	if gone := dropCovered(a, a.Cookies.List[nc:]); gone != "" {
		follow = append(follow, gone)
	}
	for _, v := range a.Vendors[nv:] {
		if cv, ok := drafts.LookupVendor(v.Catalog); ok {
			if s := adoptBanner(a, cv); s != "" {
				follow = append(follow, s)
			}
		}
	}
	var parts []string
	tracking := false
	if n := len(a.Cookies.List) - nc; n > 0 {
		var names []string
		for _, c := range a.Cookies.List[nc:] {
			names = append(names, c.Name)
			tracking = tracking || c.Category == "statistics" || c.Category == "marketing"
		}
		parts = append(parts, plural(n, "cookie", "cookies")+" "+bracketed(shortList(names, 4)))
		// The site has cookies after all.
		a.Cookies.None = false
	}
	var unsure []string // vendors whose catalogue entry misses facts the policy needs
	if n := len(a.Vendors) - nv; n > 0 {
		var names []string
		for _, v := range a.Vendors[nv:] {
			r := drafts.ResolveVendor(v)
			names = append(names, drafts.VendorLabel(r))
			if r.Role == drafts.Unknown || r.Country == drafts.Unknown || r.Transfer == drafts.Unknown {
				unsure = append(unsure, drafts.VendorLabel(r))
			}
		}
		parts = append(parts, plural(n, "leverandør", "leverandører")+" "+bracketed(shortList(names, 3)))
	}
	if n := len(a.Purposes) - np; n > 0 {
		var names []string
		for _, p := range a.Purposes[np:] {
			names = append(names, "»"+p.Name+"«")
		}
		parts = append(parts, plural(n, "formål", "formål")+" "+bracketed(shortList(names, 3)))
	}
	var msg string
	if len(parts) == 0 {
		msg = "Intet nyt at tilføje fra " + s.name + "."
	} else {
		msg = "Tilføjet fra " + s.name + ": " + joinDanish(parts) + "."
	}
	if len(unsure) > 0 {
		msg += " Kataloget kender ikke alt om " + joinDanish(unsure) + " – udfyld det, der mangler, ud fra jeres aftale (trin 5)."
	}
	if u := len(s.result.Unknown); u > 0 {
		msg += fmt.Sprintf(" %s skal I selv beskrive.", plural(u, "ukendt cookie", "ukendte cookies"))
	}
	for _, f := range follow {
		msg += " " + f
	}
	if tracking && !a.Cookies.Banner {
		msg += " Cookies til statistik og marketing kræver et cookiebanner."
	}
	return msg
}

// bracketed puts s in brackets that a wrapped status line does not break
// inside: its spaces do not break.
func bracketed(s string) string { return "(" + strings.ReplaceAll(s, " ", "\u00a0") + ")" }

// shortList joins up to n items and says how many more there are.
func shortList(items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return strings.Join(items[:n], ", ") + fmt.Sprintf(" og %d mere", len(items)-n)
}

// joinDanish joins items as "a, b og c".
func joinDanish(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " og " + items[len(items)-1]
}
