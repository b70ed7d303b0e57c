package drafts

// Profile is what the controller's country decides about its policy: the
// supervisory authority, the age from which a child consents itself, and
// the laws cited for children and for bookkeeping. Every section takes
// these from the profile, so a Swedish controller never gets Danish law.
type Profile struct {
	Code      string
	Authority Authority // the supervisory authority
	// AuthorityShort names the authority inside a sentence: "Datatilsynet".
	AuthorityShort string
	// ChildAge is the age from which a child can consent to online services
	// itself (art. 8(1) as set by national law), and ChildLaw the rule.
	ChildAge int
	ChildLaw string
	ChildRef string // the rule as a short reference, for check findings
	// Bookkeeping is the bookkeeping law, BookkeepingPeriod how long it
	// requires records kept and BookkeepingAfter the retention event the
	// law counts from: the end of the financial year (Denmark) or of the
	// calendar year in which it ended (Sweden).
	Bookkeeping       string
	BookkeepingPeriod string
	BookkeepingAfter  string
	// MarketingLaw is the rule that e-mail marketing to a person needs
	// consent given beforehand, which can be withdrawn easily and free of
	// charge.
	MarketingLaw string
	// Danish reports whether databeskyttelsesloven (§ 7, 8, 11, 12) applies.
	Danish bool
}

// Profiles are the countries privatliv knows the national rules of.
var Profiles = []Profile{
	{
		Code: "DK",
		Authority: Authority{
			Name:    "Datatilsynet",
			Address: "Carl Jacobsens Vej 35, 2500 Valby",
			Phone:   "33 19 32 00",
			Email:   "dt@datatilsynet.dk",
			Website: "https://www.datatilsynet.dk",
		},
		AuthorityShort:    "Datatilsynet",
		ChildAge:          15,
		ChildLaw:          "databeskyttelseslovens § 6, stk. 2",
		ChildRef:          "databeskyttelsesloven § 6, stk. 2",
		Bookkeeping:       "bogføringsloven",
		BookkeepingPeriod: "5 år",
		BookkeepingAfter:  "fiscal_year_end",
		MarketingLaw:      "markedsføringsloven § 10, stk. 1",
		Danish:            true,
	},
	{
		Code: "SE",
		Authority: Authority{
			Name:    "Integritetsskyddsmyndigheten (IMY)",
			Address: "Box 8114, 104 20 Stockholm, Sverige",
			Phone:   "+46 8 657 61 00",
			Email:   "imy@imy.se",
			Website: "https://www.imy.se",
		},
		AuthorityShort:    "Integritetsskyddsmyndigheten (IMY)",
		ChildAge:          13,
		ChildLaw:          "den svenske lov om supplerende bestemmelser til databeskyttelsesforordningen (lag (2018:218), 2 kap. 4 §)",
		ChildRef:          "lag (2018:218) 2 kap. 4 §",
		Bookkeeping:       "den svenske bogføringslov (bokföringslagen, SFS 1999:1078, 7 kap. 2 §)",
		BookkeepingPeriod: "7 år",
		BookkeepingAfter:  "fiscal_calendar_year_end",
		MarketingLaw:      "den svenske markedsføringslov (marknadsföringslagen, SFS 2008:486, 19 §)",
	},
}

// ProfileFor finds the profile of a country code.
func ProfileFor(code string) (Profile, bool) {
	for _, p := range Profiles {
		if p.Code == code {
			return p, true
		}
	}
	return Profile{}, false
}

// Profile is the controller's country profile. For a country privatliv
// has no profile for, only the authority is known, from [authority].
func (a *Answers) Profile() Profile {
	p, ok := ProfileFor(a.Controller.CountryCode())
	if !ok {
		p = Profile{Code: a.Controller.CountryCode(), ChildAge: 16}
	}
	if a.Authority != nil {
		p.Authority = *a.Authority
		p.AuthorityShort = a.Authority.Name
	}
	return p
}
