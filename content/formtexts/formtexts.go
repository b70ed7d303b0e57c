// Package formtexts writes the short texts a business puts where it
// collects personal data, from an answer file, as Markdown or HTML: the
// first layer of information at a contact, booking, order or application
// form, linking to the policy (art. 13 in layers); the consent text for
// each purpose that rests on consent (a newsletter, explicit consent to
// sensitive data such as allergy notes under art. 9(2)(a)); and the cookie
// banner's texts by category, ready for a banner tool's fields. Each text
// comes with what the law requires of it and of how it is used: specific,
// informed, freely given, as easy to withdraw as to give.
//
// The texts speak to the person in the business's voice (vi or jeg), as
// the policy does, and say only what follows from the answers; the notes
// on the law speak to the business.
package formtexts

import (
	"embed"
	"fmt"
	"slices"
	"sync"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

//go:embed templates
var templateFS embed.FS

// FileSuffix ends the name of the texts's file, before the format's
// extension: "firma.toml" -> "firma-tekster.md".
const FileSuffix = "-tekster"

var textSets = [2]func() *content.Texts{
	content.We: sync.OnceValue(func() *content.Texts { return content.NewTexts(templateFS, content.Lang, content.We) }),
	content.I:  sync.OnceValue(func() *content.Texts { return content.NewTexts(templateFS, content.Lang, content.I) }),
}

// Collection is the texts of one answer file.
type Collection struct {
	Name     string    // the business, plain text
	Forms    []Form    // the first layer at forms, one per group of people
	Consents []Consent // one per purpose that rests on consent, cookies apart
	// Cookies are the cookie categories that need consent, for the
	// banner; empty when the website sets none.
	Cookies []string
	a       *drafts.Answers
	texts   *content.Texts
}

// Form is the first layer of information at the forms where a group of
// people gives the business data. It names every purpose the group's data
// is used for, except those on consent (each of those has its own text)
// and the cookies' (the banner asks): also the purposes the data is not
// collected for at the form (required = "not_collected"), since those are
// the uses people would not expect – keeping records after the job, a
// credit check, a report to the authorities, publishing names – and each
// of them is told with its description. A purpose is described, not just
// named, also when its data goes to another controller, comes from
// others, leaves the EU/EEA or rests on a legitimate interest.
type Form struct {
	Groups   []string // subject group keys: the groups whose forms read the same text
	Purposes []string // ids of the purposes the groups' data is used for
	// Separate is true when the group has a notice of its own
	// (document.notices): the text points there instead of to the policy.
	Separate bool
	body     string // the text to copy, for merging groups that read the same
}

// Consent is the consent text of one purpose.
type Consent struct {
	Purpose drafts.Purpose
	// Explicit are the categories that need explicit consent (art. 9(2)(a),
	// databeskyttelsesloven § 8 and § 11), as Markdown; empty for consent
	// under art. 6(1)(a) alone.
	Explicit []string
}

// groupsWithoutForm are the groups whose data no form collects: visitors
// give theirs through the browser, and the cookie banner asks them.
var groupsWithoutForm = map[string]bool{"visitors": true}

// New builds the texts for a. It is deterministic.
func New(a *drafts.Answers) *Collection {
	c := &Collection{
		Name:    content.Clean(a.Controller.Name),
		Cookies: content.ConsentCookieCategories(a),
		a:       a,
		texts:   textSets[content.VoiceOf(a)](),
	}
	for _, s := range a.Subjects {
		g := s.Key()
		if groupsWithoutForm[g] {
			continue
		}
		f := Form{Groups: []string{g}, Separate: a.Document.Separate(g)}
		// A purpose on consent has its own text at its own box, and a
		// group only asked for consent (newsletter subscribers) has only
		// that; a group no form collects anything from has none.
		collected := false
		for _, p := range a.Purposes {
			if !slices.Contains(p.Subjects, g) || content.CookiePurpose(a, p) || content.ConsentPurpose(a, p) {
				continue
			}
			f.Purposes = append(f.Purposes, p.ID)
			collected = collected || p.Required != "not_collected"
		}
		if !collected {
			continue
		}
		f.body = c.formBody(f)
		// Groups told the same read the same text once.
		if i := slices.IndexFunc(c.Forms, func(o Form) bool { return o.body == f.body }); i >= 0 {
			c.Forms[i].Groups = append(c.Forms[i].Groups, g)
			continue
		}
		c.Forms = append(c.Forms, f)
	}
	for _, p := range a.Purposes {
		if content.CookiePurpose(a, p) || !content.ConsentPurpose(a, p) {
			continue
		}
		c.Consents = append(c.Consents, Consent{Purpose: p, Explicit: content.ExplicitConsent(a, p)})
	}
	return c
}

// Render writes the texts in format md or html.
func (c *Collection) Render(format string) ([]byte, error) {
	switch format {
	case "md":
		return c.Markdown(), nil
	case "html":
		return c.HTML()
	}
	return nil, fmt.Errorf("ukendt format %q; brug md eller html", format)
}

// Render writes the texts of a in format md or html.
func Render(a *drafts.Answers, format string) ([]byte, error) {
	return New(a).Render(format)
}
