package tui

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

// Tests for the questions about recipients: entity, transfer recipient,
// remote access, split roles, recipients by category.

// addRecipient opens step 5's picker and chooses option choice.
func addRecipient(t *testing.T, m *Model, choice int) {
	t.Helper()
	send(t, m, press("ctrl+g"), keyPress("5"), keyPress("a"))
	pickCatalogue(t, m, choice)
	if m.mode != modeItem {
		t.Fatalf("no vendor form after picking %d (mode %d)", choice, m.mode)
	}
}

func vendorProblems(t *testing.T, a *drafts.Answers, i int) {
	t.Helper()
	p := "vendors[" + itoa(i+1) + "]"
	for _, pr := range drafts.Validate(a) {
		if strings.HasPrefix(pr.Path, p) {
			t.Errorf("problem after answering: %s", pr)
		}
	}
}

// A vendor typed by hand starts with no facts, and every new question
// (entity, its country, own purposes, transfer recipient) lands in the
// answers, the policy and the preview.
func TestVendorQuestionsTypedByHand(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	m := newTestModel(t, example(t, "helle-falsberg"), "", 160, 50)
	n := len(m.a.Vendors)
	addRecipient(t, m, len(drafts.Catalogue()))
	v := &m.a.Vendors[n]
	if !reflect.DeepEqual(*v, drafts.Vendor{}) {
		t.Fatalf("a vendor typed by hand starts with facts nobody gave: %+v", *v)
	}
	fill(t, m, "vendors.name", "Fjordbook")
	fill(t, m, "vendors.service", "onlinebooking af møder")
	choose(t, m, "vendors.role", "processor")
	tick(t, m, "vendors.purposes", m.a.Purposes[0].ID)
	fill(t, m, "vendors.entity", "Fjordbook Holding Inc")
	choose(t, m, "vendors.entity_country", "US")
	fill(t, m, "vendors.controller_for", "sin egen forebyggelse af misbrug")
	fill(t, m, "vendors.joint_for", "")
	choose(t, m, "vendors.country", "US")
	fill(t, m, "vendors.privacy_url", "")
	choose(t, m, "vendors.transfer", "dpf")
	fill(t, m, "vendors.transfer_to", "Fjordbook Inc")
	fill(t, m, "vendors.transfer_note", "")
	// A processor's agreement, for the overview of processors; the Data
	// Privacy Framework needs no assessment of the transfer.
	fill(t, m, "vendors.agreement_signed", "2025-03-01")
	fill(t, m, "vendors.agreement_kept", "i mappen Aftaler")
	if m.mode != modeList {
		t.Fatalf("the form is not done after its last question (mode %d, focus %v)", m.mode, m.form.GetFocusedField().GetKey())
	}
	v = &m.a.Vendors[n]
	want := drafts.Vendor{Name: "Fjordbook", Service: "onlinebooking af møder", Role: "processor", Purposes: []string{m.a.Purposes[0].ID},
		Entity: "Fjordbook Holding Inc", EntityCountry: "US", ControllerFor: "sin egen forebyggelse af misbrug",
		Country: "US", Transfer: "dpf", TransferTo: "Fjordbook Inc",
		AgreementSigned: drafts.Date{Year: 2025, Month: 3, Day: 1}, AgreementKept: "i mappen Aftaler"}
	if !reflect.DeepEqual(*v, want) {
		t.Fatalf("answers:\n got %+v\nwant %+v", *v, want)
	}
	vendorProblems(t, m.a, n)
	md := policyText(m.a)
	for _, s := range []string{
		"**Fjordbook** (Fjordbook Holding Inc; oplysningerne behandles i USA)",
		"Fjordbook Holding Inc er selvstændigt dataansvarlig for sin egen forebyggelse af misbrug.",
		"Fjordbook Inc er certificeret under EU-US Data Privacy Framework",
	} {
		if !strings.Contains(md, s) {
			t.Errorf("policy lacks %q", s)
		}
	}
	flush(m)
	if !strings.Contains(screen(m), "Fjordbook") {
		t.Errorf("the preview does not show the new vendor:\n%s", screen(m))
	}
}

// Inside the EU/EEA the wizard asks about access from outside (support),
// and the countries only once that is answered.
func TestVendorRemoteAccessQuestions(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	m := newTestModel(t, example(t, "helle-falsberg"), "", 160, 50)
	n := len(m.a.Vendors)
	addRecipient(t, m, len(drafts.Catalogue()))
	fill(t, m, "vendors.name", "Kontorsky")
	fill(t, m, "vendors.service", "e-mail og dokumenter")
	choose(t, m, "vendors.role", "controller")
	tick(t, m, "vendors.purposes", m.a.Purposes[0].ID)
	fill(t, m, "vendors.entity", "") // no entity: no question about its country
	// A controller is asked about joint control, not about own purposes.
	fill(t, m, "vendors.joint_for", "den fælles kundeliste")
	choose(t, m, "vendors.country", "DK")
	fill(t, m, "vendors.privacy_url", "")
	choose(t, m, "vendors.remote_access", "scc")
	tick(t, m, "vendors.remote_countries", "IN")
	// Joint control needs an arrangement (art. 26), and access from India
	// on standard contractual clauses an assessment of the transfer.
	fill(t, m, "vendors.agreement_signed", "")
	fill(t, m, "vendors.agreement_kept", "")
	fill(t, m, "vendors.transfer_assessed", "2025-04-02")
	if m.mode != modeList {
		t.Fatalf("the form is not done (mode %d)", m.mode)
	}
	v := m.a.Vendors[n]
	if v.Country != "DK" || v.Transfer != "none" || v.RemoteAccess != "scc" || !reflect.DeepEqual(v.RemoteCountries, []string{"IN"}) || v.JointFor != "den fælles kundeliste" ||
		v.TransferAssessed != (drafts.Date{Year: 2025, Month: 4, Day: 2}) || !v.AgreementSigned.IsZero() {
		t.Fatalf("answers: %+v", v)
	}
	vendorProblems(t, m.a, n)
	md := policyText(m.a)
	for _, s := range []string{
		"**Kontorsky** (adgang fra Indien): Oplysningerne ligger i EU/EØS, men kan tilgås derfra, fx ved support",
		"Vi er fælles dataansvarlige med Kontorsky (art. 26) for den fælles kundeliste",
	} {
		if !strings.Contains(md, s) {
			t.Errorf("policy lacks %q", s)
		}
	}
}

// A recipient named by its kind is one choice in the picker per category;
// it is asked for no name or entity, and may be "somewhere in the EU/EEA".
func TestRecipientByCategory(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	m := newTestModel(t, example(t, "helle-falsberg"), "", 160, 50)
	n := len(m.a.Vendors)
	k := slices.IndexFunc(drafts.RecipientCategories, func(t drafts.Term) bool { return t.ID == "it_support" })
	addRecipient(t, m, len(drafts.Catalogue())+1+k)
	if v := m.a.Vendors[n]; !reflect.DeepEqual(v, drafts.Vendor{Category: "it_support"}) {
		t.Fatalf("a category recipient starts as %+v", v)
	}
	choose(t, m, "vendors.category", "it_support")
	fill(t, m, "vendors.service", "")
	choose(t, m, "vendors.role", "processor")
	tick(t, m, "vendors.purposes", m.a.Purposes[0].ID)
	fill(t, m, "vendors.controller_for", "")
	fill(t, m, "vendors.joint_for", "")
	choose(t, m, "vendors.country", "EEA")
	choose(t, m, "vendors.remote_access", noTransfer)
	fill(t, m, "vendors.agreement_signed", "")
	fill(t, m, "vendors.agreement_kept", "")
	if m.mode != modeList {
		t.Fatalf("the form is not done (mode %d)", m.mode)
	}
	v := m.a.Vendors[n]
	want := drafts.Vendor{Category: "it_support", Role: "processor", Purposes: []string{m.a.Purposes[0].ID}, Country: "EEA", Transfer: "none"}
	if !reflect.DeepEqual(v, want) {
		t.Fatalf("answers:\n got %+v\nwant %+v", v, want)
	}
	vendorProblems(t, m.a, n)
	if md := policyText(m.a); !strings.Contains(md, "IT-support") {
		t.Errorf("the policy does not name the category")
	}
	send(t, m, press("ctrl+g"), keyPress("5"))
	found := false
	for _, r := range m.rows() {
		found = found || r.coll == vendorsColl && r.item == n && strings.HasPrefix(vendorsColl.label(m.a, n), "IT-support (uden navn)")
	}
	if !found {
		t.Errorf("the list does not show the category recipient")
	}
}

// A vendor with several purposes can have another role for some of them;
// saying no again takes the roles away.
func TestVendorPurposeRoles(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	m := newTestModel(t, example(t, "helle-falsberg"), "", 160, 50)
	n := len(m.a.Vendors)
	p1, p2 := m.a.Purposes[0].ID, m.a.Purposes[1].ID
	addRecipient(t, m, len(drafts.Catalogue()))
	fill(t, m, "vendors.name", "Fjordbook")
	fill(t, m, "vendors.service", "booking")
	choose(t, m, "vendors.role", "processor")
	tick(t, m, "vendors.purposes", p1, p2)
	fill(t, m, "vendors.entity", "")
	fill(t, m, "vendors.controller_for", "")
	fill(t, m, "vendors.joint_for", "")
	at(t, m, "vendors.purpose_roles")
	send(t, m, keyPress("j"), press("enter"))
	choose(t, m, "vendors.purpose_roles."+p1, "")
	choose(t, m, "vendors.purpose_roles."+p2, "joint")
	choose(t, m, "vendors.country", "DK")
	fill(t, m, "vendors.privacy_url", "")
	choose(t, m, "vendors.remote_access", noTransfer)
	fill(t, m, "vendors.agreement_signed", "")
	fill(t, m, "vendors.agreement_kept", "")
	if m.mode != modeList {
		t.Fatalf("the form is not done (mode %d)", m.mode)
	}
	v := m.a.Vendors[n]
	if !reflect.DeepEqual(v.PurposeRoles, map[string]string{p2: "joint"}) {
		t.Fatalf("purpose_roles = %v", v.PurposeRoles)
	}
	vendorProblems(t, m.a, n)
	if md := policyText(m.a); !strings.Contains(md, "Fjordbook") || strings.Count(md, "**Fjordbook**") != 2 {
		t.Errorf("the vendor is not listed once per role")
	}
	// Open it again and say no.
	for i, r := range m.rows() {
		if r.coll == vendorsColl && r.item == n {
			m.cursor = i
		}
	}
	send(t, m, press("enter"))
	m.focusField("vendors.purpose_roles")
	at(t, m, "vendors.purpose_roles")
	send(t, m, keyPress("n"), press("esc"))
	if v := m.a.Vendors[n]; v.PurposeRoles != nil {
		t.Errorf("saying no left purpose_roles = %v", v.PurposeRoles)
	}
}
