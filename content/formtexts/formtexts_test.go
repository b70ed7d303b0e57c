package formtexts

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// TestGolden keeps every example's texts, in Markdown and HTML, so every
// change to them is seen.
func TestGolden(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		c := New(a)
		testkit.CheckGolden(t, name+".md", c.Markdown())
		h, err := c.HTML()
		if err != nil {
			t.Fatal(err)
		}
		testkit.CheckGolden(t, name+".html", h)
	}
}

// TestEveryConsentPurposeHasItsText: in every example and starting point,
// every purpose on consent that is not the cookies' has a consent text
// with a box to tick, naming the purpose and, for sensitive data, asking
// for explicit consent naming the data; how to withdraw; and the law's
// demands. A purpose on another ground has none.
func TestEveryConsentPurposeHasItsText(t *testing.T) {
	seenExplicit := false
	for name, a := range testkit.AllAnswers(t) {
		md := string(New(a).Markdown())
		for _, p := range a.Purposes {
			title := "## "
			heading := "Samtykke: " + content.Esc(content.Clean(p.Name)) + "\n"
			consent := content.ConsentPurpose(a, p) && !content.CookiePurpose(a, p)
			if strings.Contains(md, heading) != consent {
				t.Errorf("%s: %s: consent text %v, on consent %v", name, p.Name, !consent, consent)
				continue
			}
			if !consent {
				continue
			}
			body := md[strings.Index(md, heading):]
			if i := strings.Index(body[len(heading):], title); i >= 0 {
				body = body[:len(heading)+i]
			}
			for _, want := range []string{"> ☐ Ja", content.Quoted(p.Name), "trække dit samtykke tilbage", content.MailLink(a.Controller.Email), "lige så let at trække samtykket tilbage som at give det", "(art. 7, stk. 1)"} {
				if !strings.Contains(body, want) {
					t.Errorf("%s: the consent text for %s lacks %q", name, p.Name, want)
				}
			}
			if cats := content.ExplicitConsent(a, p); len(cats) > 0 {
				seenExplicit = true
				if !strings.Contains(body, "udtrykkeligt samtykke") || !strings.Contains(body, cats[0]) {
					t.Errorf("%s: the consent text for %s does not ask for explicit consent to %s", name, p.Name, cats[0])
				}
			}
			if strings.Contains(body, "åbner") != slices.Contains(p.Data, "newsletter") {
				t.Errorf("%s: %s tells of opens and clicks %v, holds them %v", name, p.Name, !slices.Contains(p.Data, "newsletter"), slices.Contains(p.Data, "newsletter"))
			}
		}
	}
	if !seenExplicit {
		t.Error("no answers ask for explicit consent; the test tests nothing")
	}
}

// TestBannerByCategory: a site with cookies that need consent gets a
// banner text and a text for each of those categories, with who sets the
// cookies; a site with only necessary cookies, or none, gets no banner
// text and is told why.
func TestBannerByCategory(t *testing.T) {
	for name, a := range testkit.AllAnswers(t) {
		md := string(New(a).Markdown())
		cats := content.ConsentCookieCategories(a)
		if (len(cats) > 0) != strings.Contains(md, "**Banneret:**") {
			t.Errorf("%s: categories %v, banner text %v", name, cats, !strings.Contains(md, "**Banneret:**"))
		}
		for _, c := range cats {
			title := sharedTitle(t, a, c)
			if !strings.Contains(md, "| "+title+" | ") {
				t.Errorf("%s: no banner text for %s", name, title)
			}
		}
		if len(cats) > 0 && !strings.Contains(md, "»Afvis alle« skal stå i selve banneret") {
			t.Errorf("%s: the banner's requirements leave out refusing", name)
		}
		if len(cats) == 0 && (a.Cookies.None || a.Cookies.Any()) && !strings.Contains(md, "ingen tekst til et cookiebanner") {
			t.Errorf("%s: no word on why there is no banner text", name)
		}
	}
}

func sharedTitle(t *testing.T, a *drafts.Answers, category string) string {
	t.Helper()
	return textSets[content.VoiceOf(a)]().Term("cookie-title " + category)
}

// TestFormTextsFromTheAnswers: every group that gives data on other
// grounds than consent has a first layer at its forms, naming its
// purposes and linking to the policy, or to its separate notice; a
// planted consent purpose gets its text, and its look-alike on contract
// does not.
func TestFormTextsFromTheAnswers(t *testing.T) {
	for name, a := range testkit.AllAnswers(t) {
		c := New(a)
		md := string(c.Markdown())
		for _, f := range c.Forms {
			for _, id := range f.Purposes {
				p := c.purpose(id)
				if !strings.Contains(md, content.Quoted(p.Name)) {
					t.Errorf("%s: the form text for %v does not name %s", name, f.Groups, p.Name)
				}
			}
		}
		for _, s := range a.Subjects {
			collected := slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool {
				return slices.Contains(p.Subjects, s.Key()) && p.Required != "not_collected" && !content.ConsentPurpose(a, p) && !content.CookiePurpose(a, p)
			})
			inForm := slices.ContainsFunc(c.Forms, func(f Form) bool { return slices.Contains(f.Groups, s.Key()) })
			if collected && s.Key() != "visitors" && !inForm {
				t.Errorf("%s: %s gives data, but has no form text", name, s.Key())
			}
		}
	}
	a := testkit.Clone(t, testkit.Examples(t)["bjerre-toemrer"])
	md := string(New(a).Markdown())
	if !strings.Contains(md, "særskilte orientering til medarbejdere og jobansøgere") || !strings.Contains(md, "privatlivspolitik: [bjerre-toemrer.dk/privatlivspolitik]") {
		t.Errorf("bjerre's form texts do not point employees to their notice and customers to the policy:\n%s", md)
	}
	planted := testkit.Clone(t, a)
	planted.Purposes = append(planted.Purposes, drafts.Purpose{ID: "kundeblad", Name: "Kundeblad", Subjects: []string{"customers"}, Data: []string{"contact"}, Basis: []string{"6.1.a"}, Required: "voluntary",
		Retention: drafts.Retention{After: "consent_withdrawn"}})
	if !strings.Contains(string(New(planted).Markdown()), "Samtykke: Kundeblad") {
		t.Error("a planted consent purpose has no consent text")
	}
	look := testkit.Clone(t, a)
	look.Purposes = append(look.Purposes, drafts.Purpose{ID: "kundeblad", Name: "Kundeblad", Subjects: []string{"customers"}, Data: []string{"contact"}, Basis: []string{"6.1.b"}, Required: "contract",
		Retention: drafts.Retention{Period: "1 år", After: "contract_end"}})
	if strings.Contains(string(New(look).Markdown()), "Samtykke: Kundeblad") {
		t.Error("a purpose on contract got a consent text")
	}
}

// TestTextsSayNothingTheAnswersDoNot: a consent text names no recipient
// that does not serve its purpose, and says the data leaves the EU/EEA
// only when a recipient of the purpose is outside it.
func TestTextsSayNothingTheAnswersDoNot(t *testing.T) {
	for name, a := range testkit.AllAnswers(t) {
		c := New(a)
		for _, k := range c.Consents {
			body := c.consent(k)
			abroad := false
			for _, v := range a.ResolvedVendors() {
				n := content.Esc(content.VendorName(v))
				serves := slices.Contains(v.Purposes, k.Purpose.ID)
				if serves && !content.InEEA(v.Country) {
					abroad = true
				}
				if !serves && strings.Contains(body, " "+n+" ") {
					t.Errorf("%s: the consent text for %s names %s", name, k.Purpose.Name, n)
				}
			}
			if strings.Contains(body, "uden for EU/EØS") != abroad {
				t.Errorf("%s: %s says the data leaves the EU/EEA %v, a recipient is outside %v", name, k.Purpose.Name, !abroad, abroad)
			}
		}
	}
}

// TestProseLivesInTemplates: the Go files that write the texts hold no
// sentences of them, and every template they name exists.
func TestProseLivesInTemplates(t *testing.T) {
	lookups := map[string]bool{"term": true, "fill": true}
	testkit.ProseLivesInTemplates(t, []string{"formtexts.go", "page.go"}, lookups, textSets[0]().Names())
}

// TestEveryIDHasItsTerm: every cookie category that needs consent has its
// word in the banner, and every requirement its sentence.
func TestEveryIDHasItsTerm(t *testing.T) {
	for _, v := range textSets {
		ts := v()
		for _, c := range drafts.CookieCategories {
			if c.ID != "necessary" && !ts.Has("use "+c.ID) {
				t.Errorf("no use %s", c.ID)
			}
		}
		for _, r := range []string{"contract", "law"} {
			if !ts.Has("required " + r) {
				t.Errorf("no required %s", r)
			}
		}
	}
}

// TestHintsStandApart: the texts and the notes on them speak of the
// business and the law, never of »svarene« or a field of the answer file;
// what to answer in privatliv stands apart, in its own line (adviser P7).
// The planted »Svarene siger …« is caught; the hint line is not.
func TestHintsStandApart(t *testing.T) {
	bad := func(md string) []string {
		var out []string
		for _, l := range strings.Split(md, "\n") {
			if strings.HasPrefix(l, "*I privatliv:") {
				continue
			}
			if answersWord.MatchString(l) || strings.Contains(l, "`") {
				out = append(out, l)
			}
		}
		return out
	}
	for name, a := range testkit.AllAnswers(t) {
		for _, l := range bad(string(New(a).Markdown())) {
			t.Errorf("%s: a line speaks of the answers: %s", name, l)
		}
	}
	if len(bad("Svarene siger, at hjemmesiden ikke sætter cookies.")) != 1 {
		t.Error("the planted »Svarene siger« is not caught")
	}
	if len(bad("*I privatliv: trin 6 Cookies (`cookies.settings_url`).*\n> Vi svarer dig hurtigst muligt med et svar.")) != 0 {
		t.Error("the hint line or the verb »svarer« is taken for talk of the answers")
	}
}

var answersWord = regexp.MustCompile(`(?i)\b(svarene|svarfil(en|ens)?|de samme svar)\b`)

// TestConsequencesSaidOnce: what must be given is said once per form
// (adviser O3, L5): two consequences with the same »Uden X kan vi ikke«
// become one; a consequence with its own clause, or about other data,
// stays as it is. In every example and starting point no form says the
// same »Uden X« twice.
func TestConsequencesSaidOnce(t *testing.T) {
	got := mergeNeeds([]string{
		"Uden navn og adresse kan vi ikke registrere dig som medlem.",
		"Uden navn og adresse kan vi ikke opkræve kontingent.",
		"Uden navn og adresse kan vi ikke sende medlemsbladet.",
	})
	if want := "Uden navn og adresse kan vi ikke registrere dig som medlem, opkræve kontingent eller sende medlemsbladet."; len(got) != 1 || got[0] != want {
		t.Errorf("the planted repeat: %q", got)
	}
	alike := []string{
		"Uden navn og adresse kan vi ikke opkræve kontingent.",
		"Uden betalingsoplysninger kan vi ikke tage imod betalingen, og så kan du ikke købe abonnement.",
		"Uden betalingsoplysninger kan vi ikke bogføre betalingen.",
		"Uden en e-mail kan vi ikke svare.",
	}
	if got := mergeNeeds(alike); !slices.Equal(got, alike) {
		t.Errorf("the look-alikes were merged: %q", got)
	}
	head := regexp.MustCompile(`Uden [^.]+? kan (?:vi|jeg) ikke`)
	for name, a := range testkit.AllAnswers(t) {
		for _, f := range New(a).Forms {
			seen := map[string]bool{}
			for _, h := range head.FindAllString(f.body, -1) {
				if seen[h] {
					t.Errorf("%s: the form for %v says »%s« twice: %s", name, f.Groups, h, f.body)
				}
				seen[h] = true
			}
		}
	}
}

// TestConsentBoxInThePersonsWords: a box for explicit consent says what
// the person agrees to in their own words (purposes.consent_box) and then
// names the data (adviser O2, L3); without those words the box names the
// purpose, and »Det mangler« asks for them. A newsletter's box says what
// it is without them and is not asked about.
func TestConsentBoxInThePersonsWords(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["hjertevenner-fyn"])
	p := testkit.PurposeOf(a, "netvaerk")
	c := New(a)
	md := string(c.Markdown())
	if !strings.Contains(md, "☐ Ja, registrér, hvilken hjertesygdom jeg har") || !strings.Contains(md, "Jeg giver udtrykkeligt samtykke til, at Hjertevenner Fyn til det formål behandler helbredsoplysninger om mig.") {
		t.Errorf("the box does not use consent_box:\n%s", md)
	}
	if strings.Contains(c.missing(), "konkret siger ja til") {
		t.Errorf("consent_box is answered, yet asked for: %s", c.missing())
	}
	p.ConsentBox = ""
	c = New(a)
	if md := string(c.Markdown()); !strings.Contains(md, "☐ Ja, jeg giver udtrykkeligt samtykke til, at Hjertevenner Fyn behandler helbredsoplysninger om mig til formålet »Netværksgrupper«") {
		t.Errorf("without consent_box the box does not name the purpose:\n%s", md)
	}
	if m := c.missing(); !strings.Contains(m, "konkret siger ja til ved »Netværksgrupper«") || !strings.Contains(m, "`purposes.consent_box`") {
		t.Errorf("the missing words are not asked for: %s", m)
	}
	for name, a := range testkit.AllAnswers(t) {
		c := New(a)
		for _, k := range c.Consents {
			newsletter := slices.Contains(k.Purpose.Data, "newsletter") || slices.Contains(k.Purpose.Subjects, "subscribers")
			if newsletter && strings.Contains(c.missing(), "konkret siger ja til ved "+content.Quoted(k.Purpose.Name)) {
				t.Errorf("%s: the newsletter %s is asked for its box", name, k.Purpose.Name)
			}
		}
	}
}

// TestHealthWarningAtAClinicsContactForm: at a clinic whose own security
// measures say how health data is sent, the contact form warns people off
// writing of their health in it and names those ways, even though an
// enquiry to a clinic is itself health data (adviser M6). Without such a
// measure, a form whose purpose collects health data gives no warning; a
// business that treats no patients gives none either.
func TestHealthWarningAtAClinicsContactForm(t *testing.T) {
	form := func(a *drafts.Answers) string {
		for _, f := range New(a).Forms {
			if slices.Contains(f.Groups, "enquiries") {
				return f.body
			}
		}
		return ""
	}
	a := testkit.Clone(t, testkit.Examples(t)["klinik-vesterbro"])
	if b := form(a); !strings.Contains(b, "Skriv ikke om dit helbred i formularen. Helbredsoplysninger sendes kun med sikker e-mail") {
		t.Errorf("the clinic's contact form has no warning: %s", b)
	}
	a.Security.Other = nil
	if b := form(a); strings.Contains(b, "helbred") {
		t.Errorf("with no measure for health data, the contact form that collects it warns: %s", b)
	}
	for name, a := range testkit.AllAnswers(t) {
		if New(a).healthPractice() {
			continue
		}
		if b := form(a); strings.Contains(b, "Skriv ikke om dit helbred") {
			t.Errorf("%s treats no patients, yet its contact form warns: %s", name, b)
		}
	}
}

// TestConsentRetentionKeepsItsReason: a consent kept at the latest until
// an event keeps the note's reason (adviser M4, E3) without saying the
// event twice: »regnet fra …« and »og senest …« are what the event says.
func TestConsentRetentionKeepsItsReason(t *testing.T) {
	for _, c := range []struct{ note, want string }{
		{"regnet fra den sidste behandling, så regionen kan nå at betale; derefter kun i regnskabet", "så regionen kan nå at betale; derefter kun i regnskabet"},
		{"og senest når du stopper hos os; de træk, vi har lavet, står i lønregnskabet", "de træk, vi har lavet, står i lønregnskabet"},
		{"og senest når dit medlemskab ophører", ""},
		{"Google Analytics sletter derefter data automatisk", "Google Analytics sletter derefter data automatisk"}, // the look-alike: kept whole
	} {
		if got := New(testkit.Examples(t)["klinik-vesterbro"]).latestNote(c.note); got != c.want {
			t.Errorf("latestNote(%q) = %q, want %q", c.note, got, c.want)
		}
	}
	a := testkit.Examples(t)["klinik-vesterbro"]
	md := string(New(a).Markdown())
	if !strings.Contains(md, "Opbevaring: Indtil du trækker samtykket tilbage, dog højst 3 måneder efter den sidste behandling, så Sygeforsikringen danmark kan nå at betale") {
		t.Errorf("the clinic's consent text lost its reason:\n%s", md)
	}
	for name, a := range testkit.AllAnswers(t) {
		for _, k := range New(a).Consents {
			r := k.Purpose.Retention
			if r.Latest == "" || r.After != "consent_withdrawn" {
				continue
			}
			got := New(a).retention(k.Purpose)
			if until := New(a).term("until", r.Latest); strings.Count(got, until) > 1 {
				t.Errorf("%s: %s says its end twice: %s", name, k.Purpose.Name, got)
			}
		}
	}
}

// TestBannerNamesTheReceiverAbroadOnlyFromTheAnswers: a cookie category
// names who receives the data abroad only when the answers name it
// (transfer_to); the contracting entity, often inside the EU, is not
// moved abroad (Shopify International Ltd is Irish). The named receiver,
// Google LLC, stays.
func TestBannerNamesTheReceiverAbroadOnlyFromTheAnswers(t *testing.T) {
	md := string(New(testkit.Examples(t)["nordlys-keramik"]).Markdown())
	if strings.Contains(md, "Shopify International Ltd i Canada") || !strings.Contains(md, "overført til Canada på grundlag af") {
		t.Error("the banner moves Shopify's Irish entity to Canada")
	}
	if !strings.Contains(md, "overført til Google LLC i USA") {
		t.Error("the banner lost the receiver the answers name")
	}
}
