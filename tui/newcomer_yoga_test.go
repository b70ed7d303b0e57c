package tui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/drafts"
)

// Tests for the friction points a new owner met (the yoga studio in
// ../shared/reference/reviews/newcomer-yoga.md), one per item.

// Item 10: the delete prompt shows the row as it is, never "land??".
func TestDeletePromptHasNoDoubleQuestionMark(t *testing.T) {
	a := example(t, "helle-falsberg")
	a.Vendors = append(a.Vendors, drafts.Vendor{Name: "Ny leverandør", Service: "hosting"})
	m := newTestModel(t, a, "", 120, 40)
	goToStep(t, m, 4)
	for r, row := range m.rows() {
		if row.coll == vendorsColl && row.item == len(a.Vendors)-1 {
			m.cursor = r
		}
	}
	send(t, m, keyPress("d"))
	if m.mode != modeConfirmDel {
		t.Fatalf("d did not ask (mode %d)", m.mode)
	}
	scr := ansi.Strip(screen(m))
	if strings.Contains(scr, "??") || !strings.Contains(scr, "Ny leverandør") {
		t.Errorf("the delete prompt:\n%s", scr)
	}
	send(t, m, keyPress("n"))
}

// Item 10: y (or j, or n) answers a yes/no question and stays on it, so
// the enter that follows moves on by one question, not two.
func TestYesAnswersWithoutMovingOn(t *testing.T) {
	m := newTestModel(t, example(t, "helle-falsberg"), "", 120, 40)
	goToStep(t, m, 7)
	at(t, m, "children.targeted")
	for _, k := range []string{"y", "n", "j"} {
		send(t, m, keyPress(k))
		at(t, m, "children.targeted")
		if want := k != "n"; m.a.Children.Targeted != want {
			t.Fatalf("%s: children.targeted is %v", k, m.a.Children.Targeted)
		}
	}
	send(t, m, press("enter"))
	if f := m.form.GetFocusedField().GetKey(); f != "automated.used" && f != "children.age_limit" {
		t.Errorf("enter after y went to %s, not the next question", f)
	}
}

// Item 10: the preview shows an e-mail address once, not "a@b.dk
// mailto:a@b.dk", and a web address once.
func TestPreviewShowsAddressesOnce(t *testing.T) {
	a := example(t, "helle-falsberg")
	m := newTestModel(t, a, "", 120, 40)
	flush(m)
	text := strings.Join(strings.Fields(ansi.Strip(strings.Join(m.pv.lines, "\n"))), " ")
	if strings.Contains(text, "mailto:") {
		t.Errorf("the preview shows mailto: links")
	}
	if !strings.Contains(text, a.Controller.Email) {
		t.Errorf("the preview does not show %s", a.Controller.Email)
	}
	if strings.Contains(text, a.Controller.Email+" "+a.Controller.Email) {
		t.Errorf("the preview shows %s twice in a row", a.Controller.Email)
	}
	if strings.Contains(text, "https://www.datatilsynet.dk") && strings.Contains(text, "datatilsynet.dk https://") {
		t.Errorf("the preview shows a web address twice")
	}
}

// Item 10: what an import found is listed a cookie a line, so no line
// breaks inside a bracket, at 80 columns as at 120.
func TestImportSummaryKeepsBracketsWhole(t *testing.T) {
	for _, w := range []int{80, 120} {
		for _, file := range []string{"butik.har", "cookiebot.csv"} {
			m := newTestModel(t, nil, "", w, 40)
			openImport(t, m)
			typeText(t, m, fixture(t, file))
			send(t, m, press("enter"))
			at(t, m, "cookies.import.apply")
			scr := ansi.Strip(screen(m))
			if !strings.Contains(scr, "Genkendt") {
				t.Fatalf("%s at %d columns: the summary is not on screen:\n%s", file, w, scr)
			}
			for _, l := range strings.Split(scr, "\n") {
				if j := strings.Index(l, "│"); j >= 0 {
					l = l[:j]
				}
				if strings.Count(l, "(") != strings.Count(l, ")") {
					t.Errorf("%s at %d columns: a line breaks inside a bracket: %q", file, w, strings.TrimSpace(l))
				}
			}
			// And what was added, in the status line.
			send(t, m, press("enter"))
			scr = ansi.Strip(screen(m))
			if !strings.Contains(strings.Join(strings.Fields(scr), " "), "Tilføjet fra") {
				t.Fatalf("%s at %d columns: no status:\n%s", file, w, scr)
			}
			for _, l := range strings.Split(scr, "\n") {
				if strings.Count(l, "(") != strings.Count(l, ")") {
					t.Errorf("%s at %d columns: the status breaks inside a bracket: %q", file, w, strings.TrimSpace(l))
				}
			}
		}
	}
}

// Item 10 (and the path: »/yoga« showed an empty list): a search that finds
// nothing in the kind picker, the vendor picker or a form's list says what
// to do.
func TestSearchThatFindsNothingSaysWhatToDo(t *testing.T) {
	m := New(Options{ChooseKind: true, NoColor: true, RecoveryDir: t.TempDir(), Width: 80, Height: 24})
	run(t, m, m.Init())
	if m.mode != modeKind {
		t.Fatalf("no kind picker (mode %d)", m.mode)
	}
	// »/yoga« finds the studio now; a business no kind names finds
	// nothing, and is told what to do.
	send(t, m, keyPress("/"))
	typeText(t, m, "yoga")
	if scr := ansi.Strip(screen(m)); !strings.Contains(scr, "> Yoga, dans og fitness") || strings.Contains(scr, "passer til søgningen") {
		t.Errorf("»/yoga« does not find the studio:\n%s", scr)
	}
	m = New(Options{ChooseKind: true, NoColor: true, RecoveryDir: t.TempDir(), Width: 80, Height: 24})
	run(t, m, m.Init())
	send(t, m, keyPress("/"))
	typeText(t, m, "bryggeri")
	scr := strings.Join(strings.Fields(ansi.Strip(screen(m))), " ")
	if !strings.Contains(scr, "Intet udgangspunkt passer til søgningen") || !strings.Contains(scr, "»"+blankStartLabel+"«") {
		t.Errorf("an empty search in the kind picker says nothing:\n%s", ansi.Strip(screen(m)))
	}
	send(t, m, press("esc"), press("esc"))

	m = newTestModel(t, example(t, "helle-falsberg"), "", 120, 40)
	goToStep(t, m, 4)
	send(t, m, keyPress("a"), keyPress("/"))
	typeText(t, m, "zzqx")
	if scr := strings.Join(strings.Fields(ansi.Strip(screen(m))), " "); !strings.Contains(scr, "»"+ownVendorLabel+"«") {
		t.Errorf("an empty search in the vendor picker says nothing:\n%s", ansi.Strip(screen(m)))
	}
	send(t, m, press("esc"))
	typeText(t, m, "/simply")
	if scr := ansi.Strip(screen(m)); strings.Contains(scr, "passer til søgningen") {
		t.Errorf("a search that finds something says it found nothing:\n%s", scr)
	}
}

// Item 6: a group's own-basis question says why for that group: visitors
// on the website are nobody's employees, contact persons at a business
// customer are.
func TestOwnBasisQuestionFitsTheGroup(t *testing.T) {
	for g := range drafts.NotParty {
		a := example(t, "helle-falsberg")
		if !slices.ContainsFunc(a.Subjects, func(s drafts.Subject) bool { return s.Group == g }) {
			a.Subjects = append(a.Subjects, drafts.Subject{Group: g, Data: []string{"contact"}})
		}
		a.Purposes[0].Subjects = []string{g}
		a.Purposes[0].Basis = []string{"6.1.b"}
		m := newTestModel(t, a, "", 120, 40)
		q := purposeForm(m, 0)
		f := q.fields["purposes.by_group."+g+".basis"]
		if f == nil {
			t.Fatalf("%s: no own-basis question", g)
		}
		employer := strings.Contains(f.desc, "arbejdsgiver") || strings.Contains(f.desc, "jeres kunde")
		if (g == "visitors") == employer {
			t.Errorf("%s: the own-basis question says %q", g, f.desc)
		}
		// Shown on a contract, where the group needs a basis of its own.
		if !groupShown(q, "purposes.by_group."+g+".basis") {
			t.Errorf("%s: the own-basis question is not asked on a contract", g)
		}
	}
	// A consent purpose for visitors alone asks no second basis for them.
	a := example(t, "helle-falsberg")
	m := newTestModel(t, a, "", 120, 40)
	for i, p := range a.Purposes {
		if slices.Equal(p.Subjects, []string{"visitors"}) && !slices.Contains(p.Basis, "6.1.b") {
			if groupShown(purposeForm(m, i), "purposes.by_group.visitors.basis") {
				t.Errorf("»%s« asks for another basis for its only group, the visitors", p.Name)
			}
		}
	}
}

// groupShown reports whether the group that holds the field key is shown.
func groupShown(q *questions, key string) bool {
	for _, g := range q.specs {
		for _, f := range g.fields {
			if f.key == key {
				return g.show == nil || g.show()
			}
		}
	}
	return false
}

// salon is the salon's starting point, dated.
func salon(t *testing.T) *drafts.Answers {
	t.Helper()
	a, err := drafts.KindAnswers("salon")
	if err != nil {
		t.Fatal(err)
	}
	a.Document.Effective = drafts.DateOf(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC))
	return a
}

// Item 8: the cookie step follows what happened. After Cookiebot is added
// as a vendor, or found by an import, the banner line names it (it said
// »eget · husker valget i ?«), and Cookiebot's named cookie replaces the
// salon's description of the same cookie, so the policy lists it once.
// (The salon composed from blocks names no banner; this one described its
// banner's cookie before it knew the tool's name.)
func TestCookieStepFollowsVendorAndImport(t *testing.T) {
	for _, how := range []string{"leverandør", "import"} {
		t.Run(how, func(t *testing.T) {
			a := salon(t)
			a.Cookies.None, a.Cookies.Banner = false, true
			a.Cookies.Categories = append(a.Cookies.Categories, drafts.CookieGroup{Category: "necessary", Purpose: "Husker dit valg i cookiebanneret"})
			m := newTestModel(t, a, "", 120, 40)
			if how == "leverandør" {
				addRecipient(t, m, catalogueIndex(t, "cookiebot"))
				send(t, m, press("esc"))
			} else {
				openImport(t, m)
				typeText(t, m, fixture(t, "butik.har"))
				send(t, m, press("enter"), press("enter"))
			}
			if !strings.Contains(m.status, "Cookiebot står nu som jeres cookiebanner") || !strings.Contains(m.status, "CookieConsent erstatter »Husker dit valg i cookiebanneret«") {
				t.Errorf("the status does not say what followed: %q", m.status)
			}
			goToStep(t, m, 5)
			scr := ansi.Strip(screen(m))
			if !strings.Contains(scr, "Cookiebanner: Cookiebot") || strings.Contains(scr, "eget") || strings.Contains(scr, "?") && strings.Contains(scr, "husker valget i ?") {
				t.Errorf("the banner line does not follow:\n%s", scr)
			}
			if n := strings.Count(policyText(m.a), "Husker dit valg i cookiebanneret"); n != 1 {
				t.Errorf("the policy describes the consent cookie %d times", n)
			}
			for _, f := range check.Check(m.a, time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)) {
				// A cookie the vendor normally sets that the scan did not see
				// (Meta's _fbc) is for the owner to check.
				if strings.HasPrefix(f.Path, "cookies") && !strings.Contains(f.Message, "sætter normalt cookien") {
					t.Errorf("a cookie finding after %s: %s", how, f)
				}
			}
		})
	}
}

// Item 5: an unanswered required question is marked as soon as it is
// left, without keeping the user from going on, and the step's dot shows
// it; a select left on »Ikke besvaret« is shown as unanswered, not as if
// it were an answer.
func TestUnansweredIsMarkedWhereItHappens(t *testing.T) {
	m := newTestModel(t, salon(t), "", 120, 40)
	at(t, m, "controller.name")
	send(t, m, press("enter"))
	at(t, m, "controller.legal_form") // not kept on the empty name
	scr := ansi.Strip(screen(m))
	if !strings.Contains(scr, "Virksomhedens navn  ⚠ mangler svar") {
		t.Errorf("the empty name is not marked when left:\n%s", scr)
	}
	if dots := strings.Fields(strings.Split(scr, "\n")[0]); !strings.HasPrefix(dots[len(dots)-5], "○") {
		t.Errorf("step 1's dot does not show the missing answer: %q", strings.Split(scr, "\n")[0])
	}
	typeText(t, m, "ApS")
	send(t, m, press("shift+tab"))
	at(t, m, "controller.name")
	typeText(t, m, "Studio Sol")
	send(t, m, press("enter"))
	if scr := ansi.Strip(screen(m)); strings.Contains(scr, "mangler svar") && strings.Contains(scr, "Virksomhedens navn  ⚠") {
		t.Errorf("the name is still marked after it was answered:\n%s", scr)
	}

	// A purpose whose »must the data be given« is not answered.
	a := salon(t)
	a.Purposes[0].Required = ""
	m = newTestModel(t, a, "", 120, 40)
	openPurpose(t, m, 0)
	m.focusField("purposes.required")
	at(t, m, "purposes.required")
	send(t, m, press("tab"))
	// The next group is on screen; the line under it says what was left.
	scr = ansi.Strip(screen(m))
	if !strings.Contains(strings.Join(strings.Fields(scr), " "), "⚠ »Skal personen selv give jer oplysningerne?«: mangler svar") {
		t.Errorf("the unanswered select is not marked when left:\n%s", scr)
	}
	// Without the focus the select shows its title, the mark and that it
	// is not answered; not a list with the cursor on »Ikke besvaret«.
	blurred := ansi.Strip(m.q.fields["purposes.required"].choice.View())
	if !strings.Contains(blurred, "⚠ mangler svar") || !strings.Contains(blurred, "Ikke besvaret") || strings.Contains(blurred, ">") || strings.Contains(blurred, "Frivilligt") {
		t.Errorf("the unanswered select, left, reads:\n%s", blurred)
	}
}

// Item 9: a questionnaire started from a kind keeps the starting point's
// comments when it is saved, also after the terminal was killed and the
// answers restored (the restored file kept 3 comment lines of 22).
func TestKindCommentsSurviveARestore(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "studio.toml")
	opts := Options{ChooseKind: true, NoColor: true, RecoveryDir: dir, AutosaveDelay: time.Millisecond,
		Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }}
	m := New(opts)
	run(t, m, m.Init())
	send(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	// The first kind, with the first screen's answers as they stand; then
	// the business's name in the first step.
	chooseKind(t, m, drafts.Kinds()[0].ID)
	acceptPages(t, m)
	src := m.opts.Source
	if m.mode != modeForm || m.cur != 0 || len(src) == 0 {
		t.Fatalf("not started from the kind with its comments (mode %d, step %d, %d bytes)", m.mode, m.cur, len(src))
	}
	at(t, m, "controller.name")
	typeText(t, m, "Studio Sol")
	m.writeRecovery() // the terminal is killed

	m = New(opts)
	run(t, m, m.Init())
	send(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	if m.mode != modeRestore {
		t.Fatalf("no offer to restore (mode %d)", m.mode)
	}
	send(t, m, keyPress("j"), press("ctrl+s"), press("ctrl+u"))
	typeText(t, m, path)
	send(t, m, press("enter"))
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("not saved: %v (%s)", err, m.status)
	}
	comments := func(b []byte) int {
		n := 0
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), "#") {
				n++
			}
		}
		return n
	}
	if comments(src) < 10 {
		t.Fatalf("the starting point has only %d comment lines:\n%s", comments(src), src)
	}
	if comments(got) < comments(src) || !strings.Contains(string(got), "Studio Sol") {
		t.Errorf("the saved file has %d comment lines, the starting point %d:\n%s", comments(got), comments(src), got)
	}
}

// Item 3, as the owner met it: Planway from the catalogue, where the
// catalogue knows neither the country nor whether anything leaves the
// EU/EEA. Each finding's question is on screen where ctrl+f and enter
// land, and the answers »Danmark« and »Nej – alt bliver i EU/EØS« clear
// what the catalogue did not know about where the data goes; the findings
// speak of the questions, not of »country« or »transfer = "none"«.
func TestPlanwayIsAnsweredInTheWizard(t *testing.T) {
	m := newTestModel(t, salon(t), "", 120, 40)
	addRecipient(t, m, catalogueIndex(t, "planway"))
	send(t, m, press("esc"))
	n := len(m.a.Vendors) - 1
	vendor := func(f check.Finding) bool { return strings.HasPrefix(f.Path, "vendors["+itoa(n+1)+"]") }
	m.refreshFindings()
	for _, f := range m.findings {
		if vendor(f) {
			if codes := codesIn(strings.Join(m.findingLines(f), "\n")); len(codes) > 0 {
				t.Errorf("%s shows %q", f.Path, codes)
			}
		}
	}
	jumpTo := func(path string) {
		t.Helper()
		send(t, m, press("ctrl+f"))
		m.findPick = slices.IndexFunc(m.findings, func(f check.Finding) bool { return f.Path == path })
		if m.findPick < 0 {
			t.Fatalf("no finding at %s", path)
		}
		send(t, m, press("enter"))
	}
	p := "vendors[" + itoa(n+1) + "]"
	jumpTo(p + ".country")
	at(t, m, "vendors.country")
	choose(t, m, "vendors.country", "DK")
	send(t, m, press("esc"))
	m.refreshFindings()
	// Now the catalogue does not know whether anything leaves the EU/EEA.
	jumpTo(p + ".transfer")
	at(t, m, "vendors.remote_access")
	if scr := ansi.Strip(screen(m)); !strings.Contains(scr, "Nej – alt bliver i EU/EØS") || !strings.Contains(scr, "Ikke oplyst") {
		t.Errorf("»Nej« is not a choice of its own:\n%s", scr)
	}
	choose(t, m, "vendors.remote_access", noTransfer)
	m.refreshFindings()
	for _, f := range m.findings {
		if f.Path == p+".transfer" || f.Path == p+".country" {
			t.Errorf("still: %s", f)
		}
	}
	if v := m.a.Vendors[n]; v.Country != "DK" || v.Transfer != "none" {
		t.Errorf("Planway: %+v", v)
	}
}

// Review item 2's aftermath in the wizard: deleting a purpose, a group, a
// category or a vendor takes it out of the answers that name it, so no
// finding is left about an id the wizard never shows (»ukendt formål
// "nyhedsbrev"«), and the status line says so.
func TestDeletingLeavesNothingPointingAtIt(t *testing.T) {
	a := example(t, "helle-falsberg")
	a.Categories = append(a.Categories, drafts.CustomCategory{ID: "noter", Name: "noter", Kind: drafts.KindOrdinary})
	a.Subjects[0].Data = append(a.Subjects[0].Data, "noter")
	a.Purposes[0].Data = append(a.Purposes[0].Data, "noter")
	for _, del := range []struct {
		step int
		coll *collection
		item int
	}{
		{2, purposesColl, slices.IndexFunc(a.Purposes, func(p drafts.Purpose) bool { return p.ID == "nyhedsbrev" })},
		{1, categoriesColl, len(a.Categories) - 1},
		{1, subjectsColl, slices.IndexFunc(a.Subjects, func(s drafts.Subject) bool { return s.Group == "visitors" })},
		{4, vendorsColl, 0},
	} {
		m := newTestModel(t, clone(t, a), "", 120, 40)
		goToStep(t, m, del.step)
		for r, row := range m.rows() {
			if row.coll == del.coll && row.item == del.item {
				m.cursor = r
			}
		}
		// A purpose whose group and vendor only it uses offers to delete
		// them too; deleting only the purpose takes it out of what
		// names it.
		answer := "j"
		if del.coll == purposesColl {
			answer = "k"
		}
		send(t, m, keyPress("d"), keyPress(answer))
		for _, p := range drafts.Validate(m.a) {
			t.Errorf("after deleting from %s: %s", del.coll.title, p)
		}
		if del.coll != vendorsColl && !strings.Contains(m.status, "henvisning") {
			t.Errorf("after deleting from %s the status says %q", del.coll.title, m.status)
		}
	}
}

// The footer names the keys the question has: on a form's first question
// enter goes on and there is nothing to go back to; on its last, enter
// finishes.
func TestFooterKeysFitTheQuestion(t *testing.T) {
	m := newTestModel(t, salon(t), "", 120, 40)
	at(t, m, "controller.name")
	scr := ansi.Strip(screen(m))
	if !strings.Contains(scr, "enter næste") || strings.Contains(scr, "enter færdig") || strings.Contains(scr, "shift+tab tilbage") {
		t.Errorf("the first question's keys:\n%s", scr)
	}
	send(t, m, press("enter"))
	if scr := ansi.Strip(screen(m)); !strings.Contains(scr, "shift+tab tilbage") || strings.Contains(scr, "enter færdig") {
		t.Errorf("the second question's keys:\n%s", scr)
	}
}
