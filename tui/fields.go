package tui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/huh/v2"
	"github.com/privatliv/privatliv/drafts"
)

// Options and small helpers for the forms.

// slug makes an id from a Danish name: "Fakturering og bogføring" -> "fakturering-og-bogfoering".
func slug(s string) string {
	r := strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", "Æ", "ae", "Ø", "oe", "Å", "aa")
	s = strings.ToLower(r.Replace(strings.TrimSpace(s)))
	var b strings.Builder
	dash := false
	for _, c := range s {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.Trim(b.String(), "-")
	if len(out) > 40 {
		out = strings.Trim(out[:40], "-")
	}
	return out
}

// uniqueSlug makes slug(name) unique among taken.
func uniqueSlug(name string, taken func(string) bool) string {
	base := slug(name)
	if base == "" {
		base = "formaal"
	}
	id := base
	for n := 2; taken(id); n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}

func termOptions(terms []drafts.Term) []huh.Option[string] {
	out := make([]huh.Option[string], len(terms))
	for i, t := range terms {
		out[i] = huh.NewOption(t.Label, t.ID)
	}
	return out
}

// categoryOptions lists the standard data categories and the business's own.
func categoryOptions(a *drafts.Answers) []huh.Option[string] {
	var out []huh.Option[string]
	for _, c := range drafts.Categories {
		label := c.Label
		switch c.Kind {
		case drafts.KindCPR:
			label += " ⚠ § 11"
		case drafts.KindSpecial:
			label += " ⚠ følsom, art. 9"
		case drafts.KindCriminal:
			label += " ⚠ art. 10"
		}
		out = append(out, huh.NewOption(label, c.ID))
	}
	for _, c := range a.Categories {
		if c.ID != "" {
			out = append(out, huh.NewOption(c.Name+" (egen)", c.ID))
		}
	}
	return out
}

func groupOptions(a *drafts.Answers, onlyPresent bool) []huh.Option[string] {
	var out []huh.Option[string]
	for _, g := range drafts.SubjectGroups {
		present := false
		for _, s := range a.Subjects {
			present = present || s.Group == g.ID
		}
		if onlyPresent && !present {
			continue
		}
		if g.ID == "other" {
			continue // own groups are listed by their own id below
		}
		out = append(out, huh.NewOption(g.Label, g.ID))
	}
	for _, s := range a.Subjects {
		if s.Group == "other" && s.ID != "" {
			out = append(out, huh.NewOption(orText(s.Name, s.ID)+" (egen gruppe)", s.ID))
		}
	}
	return out
}

// groupLabel is how the wizard names a subject group key.
func groupLabel(a *drafts.Answers, key string) string {
	for _, s := range a.Subjects {
		if s.Key() == key && s.Name != "" {
			return s.Name
		}
	}
	return orText(drafts.Label(drafts.SubjectGroups, key), key)
}

func purposeOptions(a *drafts.Answers) []huh.Option[string] {
	var out []huh.Option[string]
	for _, p := range a.Purposes {
		if p.ID != "" {
			out = append(out, huh.NewOption(orText(p.Name, p.ID), p.ID))
		}
	}
	return out
}

func countryOptions() []huh.Option[string] {
	out := make([]huh.Option[string], len(drafts.Countries))
	for i, c := range drafts.Countries {
		label := c.Name
		if c.EEA {
			label += " (EU/EØS)"
		}
		out[i] = huh.NewOption(label, c.Code)
	}
	return out
}

func orText(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// hasKind reports whether any of ids is a category of the given kind.
func hasKind(a *drafts.Answers, ids []string, kind string) bool {
	for _, id := range ids {
		for _, c := range drafts.Categories {
			if c.ID == id && c.Kind == kind {
				return true
			}
		}
		for _, c := range a.Categories {
			if c.ID == id && c.Kind == kind {
				return true
			}
		}
	}
	return false
}

func itoa(n int) string { return strconv.Itoa(n) }

func atoi(s string) (int, error) { return strconv.Atoi(strings.TrimSpace(s)) }

// lowerFirst is s with a lower-case first letter.
func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	r[0] = []rune(strings.ToLower(string(r[0])))[0]
	return string(r)
}
