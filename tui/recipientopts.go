package tui

import (
	"charm.land/huh/v2"
	"github.com/privatliv/privatliv/drafts"
)

// Options for the questions about recipients and cookies.

// known reports whether a catalogue or answer value states a fact: it is
// neither empty nor "unknown".
func known(s string) bool { return s != "" && s != drafts.Unknown }

// vendorCountryOptions are the countries a recipient can process data in,
// with the EU/EEA as a whole for a recipient known only to be inside it.
func vendorCountryOptions() []huh.Option[string] {
	out := make([]huh.Option[string], 0, len(drafts.Countries))
	for _, c := range drafts.Countries {
		label := c.Name
		switch {
		case c.Code == "EEA":
			label = "Et land i EU/EØS (uden at nævne hvilket)"
		case c.EEA:
			label += " (EU/EØS)"
		}
		out = append(out, huh.NewOption(label, c.Code))
	}
	return out
}

// entityCountryOptions are the countries a company can be registered in:
// every country, but not the EU/EEA as a whole.
func entityCountryOptions() []huh.Option[string] {
	var out []huh.Option[string]
	for _, o := range countryOptions() {
		if o.Value != "EEA" {
			out = append(out, o)
		}
	}
	return out
}

// outsideCountryOptions are the countries outside the EU/EEA, where access
// to data stored inside it can come from.
func outsideCountryOptions() []huh.Option[string] {
	var out []huh.Option[string]
	for _, c := range drafts.Countries {
		if !c.EEA {
			out = append(out, huh.NewOption(c.Name, c.Code))
		}
	}
	return out
}

// cookiePurposeOptions lists the answers' purposes for a cookie to serve:
// those on consent first, since every cookie that is not necessary needs
// one of them.
func cookiePurposeOptions(a *drafts.Answers) []huh.Option[string] {
	var consent, other []huh.Option[string]
	for _, p := range a.Purposes {
		if p.ID == "" {
			continue
		}
		if contains(p.Basis, "6.1.a") {
			consent = append(consent, huh.NewOption(orText(p.Name, p.ID)+" (samtykke)", p.ID))
		} else {
			other = append(other, huh.NewOption(orText(p.Name, p.ID), p.ID))
		}
	}
	return append(consent, other...)
}
