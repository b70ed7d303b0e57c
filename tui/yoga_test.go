package tui

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/drafts"
)

// The yoga studio from the newcomer review (Studio Sol in Odense): one
// person who writes as »jeg«, class booking through a Danish booking
// system, MobilePay, a Mailchimp newsletter, Google Analytics and Meta
// Pixel behind Cookiebot, and injuries clients mention before class. From
// the first screen to a saved file whose policy check finds nothing wrong
// in, true to those facts, in fewer keystrokes than the salon's path takes.
func TestYogaStudioInFifteenMinutes(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	dir := t.TempDir()
	m := New(Options{Path: filepath.Join(dir, "studiesol.toml"), ChooseKind: true, NoColor: true, RecoveryDir: dir,
		AutosaveDelay: time.Millisecond, Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }})
	run(t, m, m.Init())
	send(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	u := &user{t: t, m: m}

	// The first page: a yoga studio.
	for range slices.Index(drafts.KindIDs(), "studie") + 1 {
		u.press("down")
	}
	u.press("enter")
	// The second: one person, »jeg«; private customers; and besides what a
	// studio has (website, booking, payments, health), a newsletter,
	// statistics and ads.
	u.press("down", "enter")
	u.press("enter")
	u.at("start.does")
	for _, b := range []string{"Nyhedsbrev", "Besøgsstatistik", "Annoncer"} {
		for !strings.Contains(focusedOption(m), b) {
			u.press("down")
		}
		u.press("x")
	}
	u.press("enter")
	// The third: the systems. The booking system is Danish, not in the
	// catalogue; MobilePay, Mailchimp, Google Analytics and Meta Pixel
	// are; the rest keep their data in the EU/EEA; the banner is
	// Cookiebot, and the ads are targeted.
	for _, step := range []struct{ field, choose string }{
		{"start.system.booking", ""}, {"start.system.payment", "MobilePay"}, {"start.system.accounting_system", ""},
		{"start.system.email", ""}, {"start.system.hosting", ""}, {"start.system.newsletter", "Mailchimp"},
		{"start.system.analytics", "Google Analytics 4"}, {"start.system.ads", "Meta Pixel"},
		{"start.eea", "Ja, alle i EU/EØS"}, {"start.banner", "Cookiebot"}, {"start.profiling", "Ja – det er profilering"},
	} {
		u.at(step.field)
		for step.choose != "" && !strings.Contains(ansiLine(m, step.field), step.choose) {
			u.press("right")
		}
		u.press("enter")
	}
	if m.mode != modeForm {
		t.Fatalf("the first screen did not end (mode %d):\n%s", m.mode, screen(m))
	}

	// Step 1: who the studio is.
	u.typeText("Studio Sol")
	u.to("controller.cvr")
	u.typeText("29412006")
	u.to("controller.address")
	u.typeText("Vestergade 5")
	u.to("controller.postcode")
	u.typeText("5000")
	u.to("controller.town")
	u.typeText("Odense C")
	u.to("controller.email")
	u.typeText("hej@studiosol.dk")
	u.to("controller.website")
	u.typeText("studiosol.dk")
	// What is left is what only the owner knows: how the data is kept
	// safe. ctrl+f lists it, and enter goes to the question in step 7.
	u.press("ctrl+f", "enter")
	u.tick("security.measures", "encryption", "mfa", "backup", "updates")
	u.press("ctrl+s")

	if fs := check.Check(m.a, m.opts.Now()); len(fs) > 0 {
		for _, f := range fs {
			t.Errorf("%s %s: %s", f.Severity, f.Path, f.Message)
		}
		t.Fatalf("the studio's policy is not clean after %d keys", u.keys)
	}
	f, err := drafts.Load(filepath.Join(dir, "studiesol.toml"))
	if err != nil || f.Answers.Controller.Name != "Studio Sol" {
		t.Fatalf("saved file: %v", err)
	}
	// True to the studio: its own voice, its systems, its health notes
	// on consent, its banner; no other business's words.
	a := f.Answers
	md := policyText(a)
	if m := regexp.MustCompile(`(?i)(^|[^\pL])(vi|os|vores)([^\pL]|$)`).FindString(md); m != "" {
		t.Errorf("the »jeg« policy says %q", m)
	}
	for _, w := range []string{"salon", "klinik", "restaurant", "patient", "gæst"} {
		if strings.Contains(strings.ToLower(md), w) {
			t.Errorf("the policy says %q", w)
		}
	}
	for _, id := range []string{"mobilepay", "mailchimp", "google-analytics", "meta-pixel", "cookiebot"} {
		if !slices.ContainsFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == id && len(v.Purposes) > 0 }) {
			t.Errorf("%s is not among the recipients with a purpose", id)
		}
	}
	if !slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool {
		return p.ID == "helbred" && slices.Contains(p.Basis, "6.1.a") && p.SensitiveBasisFor("health").Basis == "9.2.a"
	}) {
		t.Error("the injuries clients mention are not on explicit consent")
	}
	if !a.Cookies.Banner || a.Cookies.BannerTool != "Cookiebot" || a.Cookies.EasyReject || strings.Contains(md, "lige så nemt") {
		t.Errorf("the banner is not the owner's answer: %+v", a.Cookies)
	}
	if !slices.Equal(a.Security.Measures, []string{"encryption", "mfa", "backup", "updates"}) {
		t.Errorf("the security measures are not the ones ticked: %v", a.Security.Measures)
	}
	if a.Automated.Profiling != "marketing" {
		t.Errorf("profiling: %q", a.Automated.Profiling)
	}
	t.Logf("a clean policy in %d keystrokes (the salon's path takes %d)", u.keys, salonKeys)
	if u.keys >= salonKeys {
		t.Errorf("%d keystrokes; fewer than the salon's %d", u.keys, salonKeys)
	}
}

// at fails unless the field with key k has the focus.
func (u *user) at(k string) {
	u.t.Helper()
	at(u.t, u.m, k)
}

// ansiLine is the focused field as it shows, its answer included.
func ansiLine(m *Model, _ string) string {
	var out []string
	for _, l := range strings.Split(ansi.Strip(m.form.View()), "\n") {
		if l = strings.TrimLeft(l, " "); strings.HasPrefix(l, "┃") {
			out = append(out, l)
		}
	}
	return strings.Join(out, " ")
}
