package diff

import (
	"slices"
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// The details of what changed inside things that are in both versions: a
// purpose's description and consequence, a source's groups and data, a
// vendor's service and own control, the cookie banner, profiling, the
// processor work. Each says what the policy now says, so the change log is
// complete: diff is silent only when the policy is the same
// (TestDiffNamesEveryChangeToThePolicy).

// sentence is user text as a change-log line ends it: cleaned, without
// its own full stop, in lower case where it is a phrase.
func sentence(s string) string {
	return strings.TrimSuffix(strings.TrimSpace(content.Clean(s)), ".")
}

// lower is user text that continues a sentence.
func lower(s string) string { return content.LowerFirst(content.Clean(s)) }

// textChange reports a changed free text: what it is now, or that it is
// gone.
func (d *differ) textChange(kind ChangeKind, o, n, now, gone string, args ...any) {
	if same(o, n) {
		return
	}
	if sentence(n) == "" {
		d.add(kind, gone, args...)
		return
	}
	d.add(kind, now, append(args, sentence(n))...)
}

// purposeDetails: what a purpose's description, consequence and notes on
// sensitive data now say.
func (d *differ) purposeDetails(o, n drafts.Purpose) {
	name := q(n.Name)
	d.textChange(ChangePurpose, o.Description, n.Description, "Om %s står der nu: %s.", "Beskrivelsen af %s er fjernet.", name)
	d.textChange(ChangePurpose, o.Consequence, n.Consequence, "Giver du ikke oplysningerne til %s, gælder nu: %s.", "Politikken siger ikke længere, hvad der sker, hvis du ikke giver oplysningerne til %s.", name)
	if !same(o.Interest, n.Interest) && sentence(n.Interest) == "" && slices.Contains(o.AllBases(), "6.1.f") {
		d.add(ChangeBasis, "Den legitime interesse bag %s er ikke længere beskrevet.", name)
	}
	if !same(o.Law, n.Law) && sentence(n.Law) == "" && slices.Contains(o.AllBases(), "6.1.c") {
		d.add(ChangeBasis, "Politikken nævner ikke længere loven bag %s.", name)
	}
	for _, id := range n.Data {
		if content.CategoryKind(d.new, id) != drafts.KindSpecial || !slices.Contains(o.Data, id) {
			continue
		}
		on, nn := o.SensitiveBasisFor(id).Note, n.SensitiveBasisFor(id).Note
		d.textChange(ChangeBasis, on, nn, "Om %s i %s står der nu: %s.", "Bemærkningen om %s i %s er fjernet.", content.CategoryText(d.new, id), name)
	}
}

// categories: the business's own data categories, by id, renamed or of
// another kind, where the answers use them.
func (d *differ) categories() {
	used := func(a *drafts.Answers, id string) bool {
		for _, s := range a.Subjects {
			if slices.Contains(s.Data, id) {
				return true
			}
		}
		for _, p := range a.Purposes {
			if slices.Contains(p.Data, id) {
				return true
			}
		}
		for _, s := range a.Sources {
			if slices.Contains(s.Data, id) {
				return true
			}
		}
		return slices.Contains(a.Processor.Data, id)
	}
	for _, n := range d.new.Categories {
		for _, o := range d.old.Categories {
			if o.ID != n.ID || !used(d.new, n.ID) {
				continue
			}
			if !same(o.Name, n.Name) {
				d.add(ChangeData, "Oplysningerne %s hedder nu %s.", q(content.LowerFirst(content.Clean(o.Name))), q(content.LowerFirst(content.Clean(n.Name))))
			}
			if ok, nk := kindOf(o.Kind), kindOf(n.Kind); ok != nk {
				d.add(ChangeData, "Oplysningerne %s regnes nu som %s (før %s).", q(content.LowerFirst(content.Clean(n.Name))), kindText(nk), kindText(ok))
			}
		}
	}
}

func kindOf(k string) string {
	if k == "" {
		return drafts.KindOrdinary
	}
	return k
}

func kindText(k string) string { return content.LowerFirst(drafts.Label(drafts.CategoryKinds, k)) }

// sourceDetails: what a source gives, about whom, of what kind, and its
// note.
func (d *differ) sourceDetails(o, n drafts.Source) {
	name := content.Clean(n.Name)
	if o.Kind != n.Kind {
		d.add(ChangeSource, "Kilden %s er nu: %s (før: %s).", name, content.LowerFirst(drafts.Label(drafts.SourceKinds, n.Kind)), content.LowerFirst(drafts.Label(drafts.SourceKinds, o.Kind)))
	}
	added, removed := setDiff(o.Subjects, n.Subjects)
	if len(added) > 0 {
		d.add(ChangeSource, "Fra %s får {{vi}} nu også oplysninger om %s.", name, groupList(d.new, added))
	}
	if len(removed) > 0 {
		d.add(ChangeSource, "Fra %s får {{vi}} ikke længere oplysninger om %s.", name, groupList(d.old, removed))
	}
	added, removed = setDiff(o.Data, n.Data)
	if len(added) > 0 {
		d.add(ChangeSource, "Fra %s får {{vi}} nu også %s.", name, categoryList(d.new, added))
	}
	if len(removed) > 0 {
		d.add(ChangeSource, "Fra %s får {{vi}} ikke længere %s.", name, categoryList(d.old, removed))
	}
	d.textChange(ChangeSource, o.Note, n.Note, "Om kilden %s står der nu: %s.", "Bemærkningen om kilden %s er fjernet.", name)
}

// vendorDetails: what a vendor does, who it is, its own or joint control,
// the purposes it serves, its note and privacy policy.
func (d *differ) vendorDetails(o, n drafts.Vendor) {
	name := content.VendorName(n)
	if on := content.VendorName(o); on != name {
		d.add(ChangeVendor, "%s hedder nu %s.", on, name)
	}
	d.textChange(ChangeVendor, o.Service, n.Service, "%s står nu for: %s.", "Politikken siger ikke længere, hvad %s gør.", name)
	if !same(o.Entity, n.Entity) && content.Known(n.Entity) {
		d.add(ChangeVendor, "Aftalen om %s er nu med %s.", name, sentence(n.Entity))
	}
	if o.EntityCountry != n.EntityCountry {
		if _, ok := drafts.CountryByCode(n.EntityCountry); ok {
			d.add(ChangeVendor, "%s er nu etableret i %s.", name, content.CountryText(n.EntityCountry))
		}
	}
	// What a vendor does as controller continues the sentence: »for sin
	// egen forebyggelse af svindel«.
	d.textChange(ChangeVendor, lower(o.ControllerFor), lower(n.ControllerFor), "%s er nu selvstændigt dataansvarlig for %s.", "%s er ikke længere selvstændigt dataansvarlig for noget.", name)
	d.textChange(ChangeVendor, lower(o.JointFor), lower(n.JointFor), "{{Vi}} er nu fælles dataansvarlige med %s for %s.", "{{Vi}} er ikke længere fælles dataansvarlige med %s for en del af behandlingen.", name)
	d.textChange(ChangeTransfer, o.TransferNote, n.TransferNote, "Om %s står der nu: %s.", "Bemærkningen om %s er fjernet.", name)
	if !same(o.TransferTo, n.TransferTo) && content.Known(n.TransferTo) && !content.InEEA(n.Country) {
		d.add(ChangeTransfer, "Hos %s går oplysningerne nu til %s.", name, sentence(n.TransferTo))
	}
	// The purposes a vendor serves, by name, leaving out those that are
	// new or gone altogether: their own lines say so.
	added, removed := setDiff(d.keptPurposes(d.old, o.Purposes), d.keptPurposes(d.new, n.Purposes))
	if len(added) > 0 {
		d.add(ChangeVendor, "%s får nu også oplysninger til %s.", name, content.JoinAnd(added))
	}
	if len(removed) > 0 {
		d.add(ChangeVendor, "%s får ikke længere oplysninger til %s.", name, content.JoinAnd(removed))
	}
	for _, id := range n.Purposes {
		if slices.Contains(o.Purposes, id) && o.RoleFor(id) != n.RoleFor(id) && o.Role == n.Role {
			d.add(ChangeVendor, "For %s er %s nu %s (før %s).", purposeList(d.new, []string{id}), name, roleText(n.RoleFor(id)), roleText(o.RoleFor(id)))
		}
	}
	if o.PrivacyURL != n.PrivacyURL {
		if n.PrivacyURL == "" {
			d.add(ChangeVendor, "Politikken henviser ikke længere til %ss privatlivspolitik.", name)
		} else {
			d.add(ChangeVendor, "%ss privatlivspolitik står nu på %s.", name, content.Clean(n.PrivacyURL))
		}
	}
}

// keptPurposes are the quoted names of the purposes with ids in a, among
// those that are in both versions (a purpose's name in the new version).
func (d *differ) keptPurposes(a *drafts.Answers, ids []string) []string {
	pairs := matchPurposes(d.old.Purposes, d.new.Purposes)
	var out []string
	for i, np := range d.new.Purposes {
		j, ok := pairs[i]
		if !ok {
			continue
		}
		id := np.ID
		if a == d.old {
			id = d.old.Purposes[j].ID
		}
		if slices.Contains(ids, id) {
			out = append(out, q(np.Name))
		}
	}
	return out
}

// purposeList names purposes by id, quoted.
func purposeList(a *drafts.Answers, ids []string) string {
	var out []string
	for _, id := range ids {
		name := id
		for _, p := range a.Purposes {
			if p.ID == id {
				name = p.Name
			}
		}
		out = append(out, q(name))
	}
	return content.JoinAnd(out)
}

// disclosureDetails: why a recipient gets data, and for what.
func (d *differ) disclosureDetails(o, n drafts.Disclosure) {
	name := content.Clean(n.Recipient)
	d.textChange(ChangeVendor, o.Reason, n.Reason, "%s får nu oplysninger: %s.", "Politikken siger ikke længere, hvorfor %s får oplysninger.", name)
	added, removed := setDiff(d.keptPurposes(d.old, o.Purposes), d.keptPurposes(d.new, n.Purposes))
	if len(added) > 0 {
		d.add(ChangeVendor, "%s får nu også oplysninger fra %s.", name, content.JoinAnd(added))
	}
	if len(removed) > 0 {
		d.add(ChangeVendor, "%s får ikke længere oplysninger fra %s.", name, content.JoinAnd(removed))
	}
}

// cookieTitles name a category of cookies inside a sentence.
var cookieTitles = map[string]string{
	"necessary": "nødvendige cookies", "preferences": "præferencecookies",
	"statistics": "statistikcookies", "marketing": "marketingcookies",
}

func cookieTitle(id string) string {
	if t, ok := cookieTitles[id]; ok {
		return t
	}
	return id
}

// cookieGroups: the categories of cookies described without names, by
// category and who sets them.
func (d *differ) cookieGroups() {
	key := func(g drafts.CookieGroup) string {
		return g.Category + "\x00" + strings.ToLower(content.Clean(g.Provider))
	}
	who := func(g drafts.CookieGroup) string {
		if p := content.Clean(g.Provider); p != "" {
			return cookieTitle(g.Category) + " fra " + p
		}
		return cookieTitle(g.Category)
	}
	old := map[string]drafts.CookieGroup{}
	for _, g := range d.old.Cookies.Categories {
		old[key(g)] = g
	}
	seen := map[string]bool{}
	for _, g := range d.new.Cookies.Categories {
		k := key(g)
		if seen[k] {
			continue
		}
		seen[k] = true
		o, ok := old[k]
		w := who(g)
		switch {
		case !ok:
			d.add(ChangeCookie, "Nye %s: %s.", w, sentence(g.Purpose))
			continue
		}
		d.textChange(ChangeCookie, o.Purpose, g.Purpose, "%s bruges nu til: %s.", "Politikken siger ikke længere, hvad %s gør.", content.UpperFirst(w))
		if !same(lifetime(o.Lifetime), lifetime(g.Lifetime)) {
			d.add(ChangeCookie, "%s gemmes nu %s (før %s).", content.UpperFirst(w), lifetimeOr(g.Lifetime), lifetimeOr(o.Lifetime))
		}
		if o.PurposeID != g.PurposeID {
			d.add(ChangeCookie, "%s hører nu til %s.", content.UpperFirst(w), purposeList(d.new, []string{g.PurposeID}))
		}
	}
	for _, g := range d.old.Cookies.Categories {
		if k := key(g); !seen[k] {
			seen[k] = true
			d.add(ChangeCookie, "%s er fjernet fra cookieoversigten.", content.UpperFirst(who(g)))
		}
	}
}

func lifetimeOr(s string) string {
	if strings.TrimSpace(s) == "" {
		return "uden angivet levetid"
	}
	return lifetime(s)
}

// cookieDetails: what a named cookie does and which purpose it serves.
func (d *differ) cookieDetails(o, n drafts.Cookie) {
	name := content.Clean(n.Name)
	d.textChange(ChangeCookie, o.Purpose, n.Purpose, "Cookien %s bruges nu til: %s.", "Politikken siger ikke længere, hvad cookien %s gør.", name)
	if o.PurposeID != n.PurposeID && n.PurposeID != "" {
		d.add(ChangeCookie, "Cookien %s hører nu til %s.", name, purposeList(d.new, []string{n.PurposeID}))
	}
}

// banner: whether the site has cookies at all, the banner and where
// consent is changed.
func (d *differ) banner() {
	o, n := d.old.Cookies, d.new.Cookies
	switch {
	case n.None && !o.None:
		d.add(ChangeCookie, "Hjemmesiden bruger nu ingen cookies.")
	case o.None && !n.None:
		d.add(ChangeCookie, "Hjemmesiden bruger nu cookies.")
	}
	switch {
	case n.Banner && !o.Banner:
		d.add(ChangeCookie, "Hjemmesiden har nu et cookiebanner, hvor du siger ja eller nej til cookies.")
	case o.Banner && !n.Banner:
		d.add(ChangeCookie, "Hjemmesiden har ikke længere et cookiebanner.")
	}
	d.textChange(ChangeCookie, o.BannerTool, n.BannerTool, "Cookiebanneret er nu %s.", "Politikken nævner ikke længere, hvilket cookiebanner hjemmesiden bruger.")
	d.textChange(ChangeCookie, o.SettingsURL, n.SettingsURL, "Dine cookieindstillinger ændrer du nu på %s.", "Politikken henviser ikke længere til en side med cookieindstillinger.")
	if !same(lifetime(o.ConsentLifetime), lifetime(n.ConsentLifetime)) {
		if strings.TrimSpace(n.ConsentLifetime) == "" {
			d.add(ChangeCookie, "Politikken siger ikke længere, hvor længe dit cookievalg huskes.")
		} else {
			d.add(ChangeCookie, "Dit cookievalg huskes nu %s.", lifetime(n.ConsentLifetime))
		}
	}
}

// automatedDetails: the exception and the description of automated
// decisions, and profiling.
func (d *differ) automatedDetails() {
	o, n := d.old.Automated, d.new.Automated
	if n.Used {
		if o.Exception != n.Exception && n.Exception != "" {
			d.add(ChangeOther, "De automatiske afgørelser bygger nu på: %s.", content.LowerFirst(drafts.Label(drafts.AutomatedExceptions, n.Exception)))
		}
		d.textChange(ChangeOther, o.Description, n.Description, "De automatiske afgørelser beskrives nu sådan: %s.", "Beskrivelsen af de automatiske afgørelser er fjernet.")
		d.textChange(ChangeOther, o.Logic, n.Logic, "Logikken bag de automatiske afgørelser er nu: %s.", "Forklaringen af logikken bag de automatiske afgørelser er fjernet.")
		d.textChange(ChangeOther, o.Consequences, n.Consequences, "Betydningen af de automatiske afgørelser for dig er nu: %s.", "Forklaringen af, hvad de automatiske afgørelser betyder for dig, er fjernet.")
	}
	if o.Profiling != n.Profiling {
		switch n.Profiling {
		case "":
			d.add(ChangeOther, "Politikken siger ikke længere, om {{vi}} bruger profilering.")
		case "no":
			d.add(ChangeOther, "{{Vi}} bruger ikke længere profilering.")
		case "marketing":
			d.add(ChangeOther, "{{Vi}} bruger nu profilering til markedsføring, fx målrettede annoncer.")
		default:
			d.add(ChangeOther, "{{Vi}} bruger nu profilering til andet end markedsføring.")
		}
	}
	if n.Profiling == "marketing" || n.Profiling == "other" {
		d.textChange(ChangeOther, o.ProfilingDescription, n.ProfilingDescription, "Profileringen beskrives nu sådan: %s.", "Beskrivelsen af profileringen er fjernet.")
	}
}

// processorDetails: the work done for customers as their processor.
func (d *differ) processorDetails() {
	o, n := d.old.Processor, d.new.Processor
	if !n.Acts || !o.Acts {
		return // the role itself is reported in others
	}
	d.textChange(ChangeOther, o.Description, n.Description, "Som databehandler for {{mine}} kunder gør {{vi}} nu dette: %s.", "Beskrivelsen af {{min}} behandling som databehandler er fjernet.")
	added, removed := setDiff(o.Subjects, n.Subjects)
	if len(added) > 0 {
		d.add(ChangeOther, "Som databehandler behandler {{vi}} nu også oplysninger om %s.", groupList(d.new, added))
	}
	if len(removed) > 0 {
		d.add(ChangeOther, "Som databehandler behandler {{vi}} ikke længere oplysninger om %s.", groupList(d.old, removed))
	}
	added, removed = setDiff(o.Data, n.Data)
	if len(added) > 0 {
		d.add(ChangeOther, "Som databehandler behandler {{vi}} nu også %s.", categoryList(d.new, added))
	}
	if len(removed) > 0 {
		d.add(ChangeOther, "Som databehandler behandler {{vi}} ikke længere %s.", categoryList(d.old, removed))
	}
	names := func(a *drafts.Answers) []string {
		var out []string
		for _, v := range a.SubProcessors() {
			out = append(out, content.VendorName(v))
		}
		return out
	}
	added, removed = setDiff(names(d.old), names(d.new))
	for _, v := range added {
		d.add(ChangeVendor, "%s er nu underdatabehandler for {{mine}} kunder.", v)
	}
	for _, v := range removed {
		d.add(ChangeVendor, "%s er ikke længere underdatabehandler for {{mine}} kunder.", v)
	}
}

// controllerForm: the legal form, association or company, and whether the
// policy speaks as »jeg« or »vi«.
func (d *differ) controllerForm() {
	o, n := d.old.Controller, d.new.Controller
	d.value("virksomhedsformen", o.LegalForm, n.LegalForm)
	switch {
	case n.IsAssociation() && !o.IsAssociation():
		d.add(ChangeContact, "Den dataansvarlige er nu en forening.")
	case o.IsAssociation() && !n.IsAssociation():
		d.add(ChangeContact, "Den dataansvarlige er ikke længere en forening, men en virksomhed.")
	}
	switch {
	case n.FirstPerson() && !o.FirstPerson():
		d.add(ChangeContact, "Politikken er nu skrevet i jeg-form.")
	case o.FirstPerson() && !n.FirstPerson():
		d.add(ChangeContact, "Politikken er nu skrevet i vi-form.")
	}
}
