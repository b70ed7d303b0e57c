// Package processors writes the business's overview of its processors
// (databehandlere, GDPR art. 28) from an answer file, as Markdown or HTML:
// every vendor that processes personal data on its behalf, and every
// sub-processor it uses for its own customers, with the legal entity and
// its country, the role, the purposes and data, where the data goes
// outside the EU/EEA and on what ground, whether the transfer needs an
// assessment of the receiving country's law (standard contractual clauses
// to a country without an adequacy decision), the data processing
// agreement, and a list of what the answers do not yet document. The
// other recipients (independent and joint controllers) follow.
//
// The overview is for the business's own use, in its own voice (vi or
// jeg), and says only what follows from the answers: what they do not give
// is listed as missing, never guessed, and never an error for the policy.
package processors

import (
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

//go:embed templates
var templateFS embed.FS

// FileSuffix ends the name of the overview's file, before the format's
// extension: "firma.toml" -> "firma-databehandlere.md".
const FileSuffix = "-databehandlere"

var textSets = [2]func() *content.Texts{
	content.We: sync.OnceValue(func() *content.Texts { return content.NewTexts(templateFS, content.Lang, content.We) }),
	content.I:  sync.OnceValue(func() *content.Texts { return content.NewTexts(templateFS, content.Lang, content.I) }),
}

// Overview is the overview of a business's processors and other
// recipients.
type Overview struct {
	Name    string      // the business, plain text
	Made    drafts.Date // the day the overview was made
	Version string      // the answer file's document.version
	// Processors are the vendors that process data on the business's
	// behalf for at least one purpose, and the sub-processors it uses for
	// its customers, in the answers' order.
	Processors []Entry
	// Others are the recipients that are only independent or joint
	// controllers.
	Others []Entry
	// Gaps are what the answers do not document beyond the vendors, as
	// keys: "customer_approval" and "customer_deletion" (the business as a
	// processor), "bookkeeping" (a bookkeeping purpose without a place).
	Gaps []string
	// Books are the purposes the law requires kept as bookkeeping that no
	// vendor serves and no answer says where they are kept.
	Books []string
	a     *drafts.Answers
	texts *content.Texts
}

// Entry is one vendor as the overview sees it.
type Entry struct {
	Index  int           // in the answers' [[vendors]], from 0
	Vendor drafts.Vendor // with the catalogue's facts filled in
	// The purposes (ids) it has each role for.
	Processor, Controller, Joint []string
	// Sub is true when it is a sub-processor for the business's own
	// customers (processor.vendors).
	Sub bool
	// Customers are the groups it gets data about that the business also
	// processes for its customers (processor.subjects) while it is no
	// sub-processor: it may get only what the business controls itself.
	Customers []string
	Transfers []Transfer
	// Missing are what the answers do not document about it, as keys:
	// "entity", "agreement_signed", "agreement_kept", "transfer_assessed",
	// "transfer", "remote_countries", "subprocessors_list",
	// "subprocessors_approval", "subprocessors_abroad".
	Missing []string
}

// Transfer is one way the data leaves the EU/EEA: processing in a third
// country, or access from one (support, say).
type Transfer struct {
	Remote    bool     // access from outside rather than processing there
	Sub       bool     // to the vendor's own sub-processors
	Countries []string // ISO codes; empty for access from countries the answers do not name
	To        string   // the receiving entity, when known
	Basis     string   // dpf, adequacy, scc, bcr, or "" when the answers give none
	// Assessment is needed for standard contractual clauses or binding
	// corporate rules to a country without an adequacy decision, or to
	// countries the answers do not name.
	Assessment bool
}

// NeedsAgreement reports whether the business must have an agreement with
// the vendor: a data processing agreement (art. 28(3)) with a processor or
// sub-processor, an arrangement (art. 26) with a joint controller.
func (e Entry) NeedsAgreement() bool {
	return len(e.Processor) > 0 || e.Sub || len(e.Joint) > 0 || strings.TrimSpace(e.Vendor.JointFor) != ""
}

// Processes reports whether the vendor processes data on the business's
// behalf: for a purpose, as its main role, or for the business's
// customers.
func (e Entry) Processes() bool {
	return len(e.Processor) > 0 || e.Sub || (e.Vendor.Role == "processor" && len(e.Vendor.Purposes) == 0)
}

// NeedsAssessment reports whether any of the vendor's transfers needs a
// transfer impact assessment.
func (e Entry) NeedsAssessment() bool {
	return slices.ContainsFunc(e.Transfers, func(t Transfer) bool { return t.Assessment })
}

// New builds the overview for a, dated made. It is deterministic.
func New(a *drafts.Answers, made drafts.Date) *Overview {
	o := &Overview{
		Name:    content.Clean(a.Controller.Name),
		Made:    made,
		Version: content.Clean(a.Document.Version),
		a:       a,
		texts:   textSets[content.VoiceOf(a)](),
	}
	for i, v := range a.ResolvedVendors() {
		e := entry(a, i, v)
		if e.Processes() {
			o.Processors = append(o.Processors, e)
		} else {
			o.Others = append(o.Others, e)
		}
	}
	if a.Processor.Acts {
		if len(a.SubProcessors()) > 0 && (a.Processor.SubprocessorApproval == "" || strings.TrimSpace(a.Processor.SubprocessorTerms) == "") {
			o.Gaps = append(o.Gaps, "customer_approval")
		}
		if strings.TrimSpace(a.Processor.Deletion) == "" {
			o.Gaps = append(o.Gaps, "customer_deletion")
		}
	}
	vendors := a.ResolvedVendors()
	for _, p := range a.Purposes {
		served := slices.ContainsFunc(vendors, func(v drafts.Vendor) bool { return slices.Contains(v.Purposes, p.ID) })
		if content.Bookkeeping(p) && !served && strings.TrimSpace(p.Retention.Method) == "" {
			o.Books = append(o.Books, p.ID)
		}
	}
	if len(o.Books) > 0 {
		o.Gaps = append(o.Gaps, "bookkeeping")
	}
	return o
}

func entry(a *drafts.Answers, i int, v drafts.Vendor) Entry {
	e := Entry{Index: i, Vendor: v}
	for _, id := range v.Purposes {
		switch v.RoleFor(id) {
		case "processor":
			e.Processor = append(e.Processor, id)
		case "controller":
			e.Controller = append(e.Controller, id)
		case "joint":
			e.Joint = append(e.Joint, id)
		}
	}
	if a.Processor.Acts {
		for _, id := range a.Processor.Vendors {
			e.Sub = e.Sub || (id != "" && (id == v.Catalog || id == v.Name))
		}
	}
	if !drafts.InEEA(v.Country) {
		c, _ := drafts.CountryByCode(v.Country)
		t := Transfer{Countries: []string{v.Country}, Basis: known(v.Transfer)}
		t.To = transferTo(v)
		t.Assessment = needsAssessment(t.Basis, []drafts.Country{c})
		e.Transfers = append(e.Transfers, t)
	}
	if e.Processes() && !e.Sub && a.Processor.Acts {
		for _, id := range e.Processor {
			for _, p := range a.Purposes {
				if p.ID != id {
					continue
				}
				for _, g := range p.Subjects {
					if slices.Contains(a.Processor.Subjects, g) && !slices.Contains(e.Customers, g) {
						e.Customers = append(e.Customers, g)
					}
				}
			}
		}
	}
	if s := v.SubProcessors; s.Abroad != "" && s.Abroad != "none" {
		t := Transfer{Sub: true, Countries: s.Countries, Basis: known(s.Abroad)}
		var cs []drafts.Country
		for _, code := range s.Countries {
			if c, ok := drafts.CountryByCode(code); ok {
				cs = append(cs, c)
			}
		}
		t.Assessment = needsAssessment(t.Basis, cs)
		e.Transfers = append(e.Transfers, t)
	}
	if content.Known(v.RemoteAccess) {
		t := Transfer{Remote: true, Countries: v.RemoteCountries, Basis: known(v.RemoteAccess)}
		if content.Known(v.TransferTo) {
			t.To = content.Clean(v.TransferTo)
		}
		var cs []drafts.Country
		for _, code := range v.RemoteCountries {
			if c, ok := drafts.CountryByCode(code); ok {
				cs = append(cs, c)
			}
		}
		t.Assessment = needsAssessment(t.Basis, cs)
		e.Transfers = append(e.Transfers, t)
	}
	miss := func(key string, when bool) {
		if when {
			e.Missing = append(e.Missing, key)
		}
	}
	miss("entity", v.Entity == drafts.Unknown || v.EntityCountry == drafts.Unknown || e.NeedsAgreement() && !content.Known(v.Entity))
	miss("transfer", v.Transfer == drafts.Unknown && drafts.InEEA(v.Country) || v.RemoteAccess == drafts.Unknown)
	miss("remote_countries", content.Known(v.RemoteAccess) && len(v.RemoteCountries) == 0)
	if e.NeedsAgreement() {
		miss("agreement_signed", v.AgreementSigned.IsZero())
		miss("agreement_kept", strings.TrimSpace(v.AgreementKept) == "")
	}
	if e.Processes() {
		miss("subprocessors_list", strings.TrimSpace(v.SubProcessors.List) == "")
		miss("subprocessors_approval", v.SubProcessors.Approval == "")
		miss("subprocessors_abroad", v.SubProcessors.Abroad == "")
	}
	miss("transfer_assessed", e.NeedsAssessment() && v.TransferAssessed.IsZero())
	return e
}

// known is a transfer ground the answers give, or "".
func known(basis string) string {
	if content.Known(basis) && basis != "none" {
		return basis
	}
	return ""
}

// transferTo is the entity outside the EU/EEA that receives the data: as
// the answers name it, or the contracting entity when it is established
// where the data goes.
func transferTo(v drafts.Vendor) string {
	switch {
	case content.Known(v.TransferTo):
		return content.Clean(v.TransferTo)
	case content.Known(v.Entity) && v.EntityCountry == v.Country:
		return content.Clean(v.Entity)
	}
	return ""
}

// needsAssessment reports whether a transfer on basis to the countries
// needs an assessment of whether the countries' law and practice let the
// recipient keep the safeguards (SCC 2021/914, clause 14; C-311/18 Schrems
// II): standard contractual clauses or binding corporate rules (art. 46)
// to a country without an adequacy decision (art. 45), or to countries
// the answers do not name. A transfer on an adequacy decision, the Data
// Privacy Framework among them, needs none; one without a ground is
// already an error check reports.
func needsAssessment(basis string, countries []drafts.Country) bool {
	if basis != "scc" && basis != "bcr" {
		return false
	}
	if len(countries) == 0 {
		return true
	}
	return slices.ContainsFunc(countries, func(c drafts.Country) bool { return !c.Adequate && !c.EEA })
}

// Missing lists everything the overview finds undocumented, vendor by
// vendor, as the keys of Entry.Missing.
func (o *Overview) Missing() map[int][]string {
	out := map[int][]string{}
	for _, e := range append(append([]Entry(nil), o.Processors...), o.Others...) {
		if len(e.Missing) > 0 {
			out[e.Index] = e.Missing
		}
	}
	return out
}

// Render writes the overview in format md or html.
func (o *Overview) Render(format string) ([]byte, error) {
	switch format {
	case "md":
		return o.Markdown(), nil
	case "html":
		return o.HTML()
	}
	return nil, fmt.Errorf("ukendt format %q; brug md eller html", format)
}

// Render writes the overview of a, dated day, in format md or html.
func Render(a *drafts.Answers, day drafts.Date, format string) ([]byte, error) {
	return New(a, day).Render(format)
}
