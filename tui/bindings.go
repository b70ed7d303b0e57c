package tui

import (
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// bindings are the few answers that are not plain strings in the answer file
// (optional parts, dates, numbers, lines of text). The forms bind to these;
// store writes them back into the answers after every update, so the
// answers stay the single source of truth for the preview and saving.
type bindings struct {
	hasDPO, hasRep, hasAuthority bool
	dpo                          drafts.Contact
	rep                          drafts.Representative
	authority                    drafts.Authority
	effective                    string
	country                      string
	age                          string
	otherSecurity                string
	// processor is the answer to whether the business processes data for
	// its customers: "ja", "nej" or "" (not answered). The file has
	// acts = true for yes, and for no a short note in description, which
	// check takes as the answer.
	processor string
	// orig is how the bindings were last stored (at first, loaded): only
	// what differs from it is written back, so opening a form writes
	// nothing.
	orig *bindings
}

func loadBindings(a *drafts.Answers) *bindings {
	b := &bindings{effective: a.Document.Effective.String(), country: a.Controller.CountryCode()}
	if a.DPO != nil {
		b.hasDPO, b.dpo = true, *a.DPO
	}
	if a.Representative != nil {
		b.hasRep, b.rep = true, *a.Representative
	}
	if a.Authority != nil {
		b.hasAuthority, b.authority = true, *a.Authority
	}
	if a.Children.AgeLimit != 0 {
		b.age = itoa(a.Children.AgeLimit)
	}
	b.otherSecurity = strings.Join(a.Security.Other, "\n")
	switch {
	case a.Processor.Acts:
		b.processor = "ja"
	case strings.TrimSpace(a.Processor.Description) != "":
		b.processor = "nej"
	}
	orig := *b
	b.orig = &orig
	return b
}

// store writes the bindings the user changed into a. Values that do not
// parse yet (a date half typed) leave the answer as it was.
func (b *bindings) store(a *drafts.Answers) {
	o := b.orig
	// What is written now is the state to compare with next time: an
	// answer changed back (a representative added and taken away again)
	// is a change too.
	defer func() {
		next := *b
		next.orig = nil
		*b.orig = next
	}()
	if b.hasDPO != o.hasDPO || b.dpo != o.dpo {
		a.DPO = nil
		if b.hasDPO {
			d := b.dpo
			a.DPO = &d
		}
	}
	if b.hasRep != o.hasRep || b.rep != o.rep {
		a.Representative = nil
		if b.hasRep {
			r := b.rep
			a.Representative = &r
		}
	}
	if b.hasAuthority != o.hasAuthority || b.authority != o.authority {
		a.Authority = nil
		if b.hasAuthority {
			au := b.authority
			a.Authority = &au
		}
	}
	if b.effective != o.effective {
		if d, err := drafts.ParseDate(strings.TrimSpace(b.effective)); err == nil {
			a.Document.Effective = d
		}
	}
	if b.country != o.country {
		// Denmark is the default, so it is not written to the file.
		code := strings.ToUpper(strings.TrimSpace(b.country))
		if code == "DK" || code == "" {
			a.Controller.Country = ""
		} else if _, ok := drafts.CountryByCode(code); ok {
			a.Controller.Country = code
		}
	}
	if b.age != o.age {
		a.Children.AgeLimit = 0
		if n, err := atoi(b.age); err == nil {
			a.Children.AgeLimit = n
		}
	}
	if b.processor != o.processor {
		pr := &a.Processor
		note := noProcessorNote(a)
		pr.Acts = b.processor == "ja"
		switch {
		case b.processor == "nej" && strings.TrimSpace(pr.Description) == "":
			pr.Description = note
		case b.processor != "nej" && pr.Description == note:
			// The note is the no; it describes no work.
			pr.Description = ""
		}
	}
	if b.otherSecurity != o.otherSecurity {
		a.Security.Other = nil
		for _, l := range strings.Split(b.otherSecurity, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				a.Security.Other = append(a.Security.Other, l)
			}
		}
	}
}

// noProcessorNote is what the answer file says when the business does not
// process data for its customers, in its own voice.
func noProcessorNote(a *drafts.Answers) string {
	if a.Controller.Voice == "jeg" {
		return "Jeg behandler ikke oplysninger for mine kunder."
	}
	return "Vi behandler ikke oplysninger for vores kunder."
}
