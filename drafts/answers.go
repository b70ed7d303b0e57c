// Package drafts is the answer file: the answers a business gives about the
// personal data it handles, stored as TOML. It defines the types, loads files
// strictly (reporting every problem with its line and field), validates
// values, and saves atomically and deterministically so files diff cleanly.
package drafts

import "slices"

// SchemaVersion is the version of the answer-file format this build writes.
// It also reads schema 1, upgrading it in memory (see Upgrade).
const SchemaVersion = 2

// Answers is everything a privacy policy needs. It is the single source of
// truth: the wizard binds to it, the policy is derived from it.
type Answers struct {
	Schema         int              `toml:"schema"`
	Document       Document         `toml:"document"`
	Controller     Controller       `toml:"controller"`
	DPO            *Contact         `toml:"dpo,omitempty"`
	Representative *Representative  `toml:"representative,omitempty"`
	Processor      ProcessorRole    `toml:"processor,omitempty"`
	Subjects       []Subject        `toml:"subjects,omitempty"`
	Categories     []CustomCategory `toml:"categories,omitempty"`
	Purposes       []Purpose        `toml:"purposes,omitempty"`
	Sources        []Source         `toml:"sources,omitempty"`
	Vendors        []Vendor         `toml:"vendors,omitempty"`
	Disclosures    []Disclosure     `toml:"disclosures,omitempty"`
	Cookies        Cookies          `toml:"cookies,omitempty"`
	Security       Security         `toml:"security,omitempty"`
	Automated      Automated        `toml:"automated,omitempty"`
	Children       Children         `toml:"children,omitempty"`
	Authority      *Authority       `toml:"authority,omitempty"`
}

// Document is the policy's own metadata.
type Document struct {
	Effective Date     `toml:"effective"`
	Version   string   `toml:"version,omitempty"`
	Changes   []Change `toml:"changes,omitempty"`
	Record    string   `toml:"record,omitempty"` // also write the record of processing on save: md, html or xlsx; empty means no
	// URL is where the policy is published: the short notices for forms
	// and the consent texts link to it.
	URL string `toml:"url,omitempty"`
	// Write names the other documents the wizard writes beside the answer
	// file on save (SaveDocuments: notices, processors, retention, texts),
	// each as Markdown and HTML.
	Write []string `toml:"write,omitempty"`
	// Notices are groups of people who get a notice of their own (art. 13
	// and 14), such as employees and job applicants: the policy leaves
	// them out and says where they find theirs.
	Notices []Notice `toml:"notices,omitempty"`
}

// Notice is a notice of its own for some groups of people, instead of the
// policy.
type Notice struct {
	Groups []string `toml:"groups"`          // subject group keys
	Where  string   `toml:"where,omitempty"` // where those people find it, as a sentence to them
}

// Separate reports whether group g gets a notice of its own.
func (d Document) Separate(g string) bool {
	for _, n := range d.Notices {
		if slices.Contains(n.Groups, g) {
			return true
		}
	}
	return false
}

// Change is one entry in the policy's change log.
type Change struct {
	Date Date   `toml:"date"`
	Text string `toml:"text"`
}

// Controller is the business responsible for the processing (dataansvarlig).
type Controller struct {
	Name          string `toml:"name"`
	LegalForm     string `toml:"legal_form,omitempty"`
	CVR           string `toml:"cvr,omitempty"`
	Address       string `toml:"address"`
	Postcode      string `toml:"postcode"`
	Town          string `toml:"town"`
	Country       string `toml:"country,omitempty"` // ISO 3166 code; empty means DK
	Email         string `toml:"email"`
	Phone         string `toml:"phone,omitempty"`
	Website       string `toml:"website,omitempty"`
	ContactPerson string `toml:"contact_person,omitempty"`
	Kind          string `toml:"kind,omitempty"`  // company (default) or association; an association needs no CVR number
	Voice         string `toml:"voice,omitempty"` // "vi" (default) or "jeg" for a one-person business
}

// IsAssociation reports whether the controller is an association (forening).
func (c Controller) IsAssociation() bool { return c.Kind == "association" }

// FirstPerson reports whether the policy speaks as "jeg" rather than "vi".
func (c Controller) FirstPerson() bool { return c.Voice == "jeg" }

// CountryCode is the controller's country, DK when not given.
func (c Controller) CountryCode() string {
	if c.Country == "" {
		return "DK"
	}
	return c.Country
}

// Contact is a person or function that can be reached, such as a DPO.
type Contact struct {
	Name  string `toml:"name,omitempty"`
	Email string `toml:"email,omitempty"`
	Phone string `toml:"phone,omitempty"`
}

// Representative is the EU representative of a controller outside the EU (art. 27).
type Representative struct {
	Name    string `toml:"name"`
	Address string `toml:"address"`
	Email   string `toml:"email"`
}

// ProcessorRole describes processing done on behalf of the business's own
// customers, where the business is a processor (databehandler).
type ProcessorRole struct {
	Acts        bool     `toml:"acts,omitempty"`
	Description string   `toml:"description,omitempty"` // what the service does with the customers' data
	Subjects    []string `toml:"subjects,omitempty"`    // subject group ids, usually customer_employees
	Data        []string `toml:"data,omitempty"`        // data category ids
	Vendors     []string `toml:"vendors,omitempty"`     // sub-processors: catalogue ids or names of [[vendors]] that process the customers' data
	// CustomerList says where the up-to-date list of the customers (each
	// controller's name and contact details) is kept, which the record of
	// processing refers to (art. 30(2)(a)).
	CustomerList string `toml:"customer_list,omitempty"`
	// RecordDescription is Description in the record's own words (art.
	// 30(2)(b)), for when Description speaks to the policy's reader.
	RecordDescription string `toml:"record_description,omitempty"`
	// For the overview of processors only: how the customers approved the
	// sub-processors (art. 28(2)): general or specific, and where (the
	// clause of the agreement with the customers); and what happens to
	// the customers' data when an agreement ends (art. 28(3)(g)), in the
	// business's own words.
	SubprocessorApproval string `toml:"subprocessor_approval,omitempty"`
	SubprocessorTerms    string `toml:"subprocessor_terms,omitempty"`
	Deletion             string `toml:"deletion,omitempty"`
}

// Subject is a group of people the business holds data about, and what data.
// A built-in group has Group set to one of SubjectGroups; a group of the
// business's own has Group "other", its own ID (which purposes refer to) and
// a Name.
type Subject struct {
	Group string   `toml:"group"`
	ID    string   `toml:"id,omitempty"`   // own groups: the id purposes use; built-in groups: empty (the group is the id)
	Name  string   `toml:"name,omitempty"` // own wording instead of the standard label
	Data  []string `toml:"data"`
	// NotInformed is the exemption (NoticeExemptions) under which the
	// group is not told about data the business gets from others (art.
	// 14(5)(b)-(d)), such as the children a psychologist's underretning is
	// about; such a group gets no notice addressed to it.
	NotInformed string `toml:"not_informed,omitempty"`
}

// NotInformed is the art. 14(5) exemption under which the group with key
// g is not told, "" when it is told or the answers have no such group.
func (a *Answers) NotInformed(g string) string {
	for _, s := range a.Subjects {
		if s.Key() == g {
			return s.NotInformed
		}
	}
	return ""
}

// Key is the id purposes and sources use for the group: its own id, or the
// built-in group.
func (s Subject) Key() string {
	if s.ID != "" {
		return s.ID
	}
	return s.Group
}

// CustomCategory is a data category of the business's own, used where the
// standard categories do not fit.
type CustomCategory struct {
	ID   string `toml:"id"`
	Name string `toml:"name"`
	Kind string `toml:"kind,omitempty"` // ordinary (default), cpr, special, criminal
}

// Purpose is one reason for processing, with its legal basis and retention.
type Purpose struct {
	ID            string    `toml:"id"`
	Name          string    `toml:"name"`
	Description   string    `toml:"description,omitempty"`
	Subjects      []string  `toml:"subjects,omitempty"`
	Data          []string  `toml:"data"`
	Basis         []string  `toml:"basis"`                    // art. 6(1) letters: "6.1.a" ... "6.1.f"
	Interest      string    `toml:"interest,omitempty"`       // the legitimate interest, for 6.1.f
	Law           string    `toml:"law,omitempty"`            // the law behind a legal obligation, for 6.1.c
	SpecialBasis  string    `toml:"special_basis,omitempty"`  // art. 9(2) for every sensitive category without its own entry in Sensitive
	CPRBasis      string    `toml:"cpr_basis,omitempty"`      // databeskyttelsesloven § 11, stk. 2: "11.2.1" ... "11.2.4"
	CriminalBasis string    `toml:"criminal_basis,omitempty"` // databeskyttelsesloven § 8: "8.3.1", "8.3.2", "8.5"
	Required      string    `toml:"required,omitempty"`       // voluntary, contract, law or not_collected; must be answered
	Consequence   string    `toml:"consequence,omitempty"`    // what happens if the data is not given
	Retention     Retention `toml:"retention"`

	// Groups gives another art. 6 basis for some of the purpose's groups,
	// e.g. legitimate interest for contact persons at business customers.
	ByGroup []GroupBasis `toml:"by_group,omitempty"`
	// Sensitive gives the exception for each sensitive data category; a
	// category without an entry uses SpecialBasis.
	Sensitive []SensitiveBasis `toml:"sensitive,omitempty"`

	// The record of processing's own words, where the policy's speak to
	// its reader (»vi«, »du«): the activity's name, what it is for, and
	// the legitimate interest, in the register's third person.
	RecordName     string `toml:"record_name,omitempty"`
	RecordPurpose  string `toml:"record_purpose,omitempty"`
	RecordInterest string `toml:"record_interest,omitempty"`

	// Withdraw is how a consent is withdrawn besides writing to the
	// business: "link" (a link in every message, as a newsletter has) or
	// "account" (in the person's own account). The texts for forms name it.
	Withdraw string `toml:"withdraw,omitempty"`
	// ConsentBox is what the person says yes to at the box, in their own
	// words after »Ja,«: »træk mit fagforeningskontingent i lønnen og
	// betal det til min fagforening«. The texts for forms put it in the
	// box; without it the box names the purpose.
	ConsentBox string `toml:"consent_box,omitempty"`
	// GroupTexts are the purpose's description and consequence in words
	// for one group of people, where the purpose's own speak to another
	// (a parent who pays for a child's treatment, not the patient): the
	// texts for forms use them for that group, and so does the separate
	// notice to that group alone, unless the group is children, whose
	// forms the parents fill in while the notice speaks to the child.
	GroupTexts []GroupText `toml:"group_texts,omitempty"`
}

// GroupText is a purpose's description and consequence as one group of
// people reads them.
type GroupText struct {
	Group       string `toml:"group"`                 // subject group key
	Description string `toml:"description,omitempty"` // instead of the purpose's description
	Consequence string `toml:"consequence,omitempty"` // instead of the purpose's consequence
}

// TextFor is p's description and consequence as group g reads them.
func (p Purpose) TextFor(g string) (description, consequence string) {
	description, consequence = p.Description, p.Consequence
	for _, t := range p.GroupTexts {
		if t.Group == g {
			if t.Description != "" {
				description = t.Description
			}
			if t.Consequence != "" {
				consequence = t.Consequence
			}
		}
	}
	return description, consequence
}

// GroupBasis is the art. 6 basis a purpose has for one group of people.
type GroupBasis struct {
	Group    string   `toml:"group"`              // subject group key
	Basis    []string `toml:"basis"`              // art. 6(1) letters
	Interest string   `toml:"interest,omitempty"` // for 6.1.f, when it differs from the purpose's
	// RecordInterest is Interest in the record's own words.
	RecordInterest string `toml:"record_interest,omitempty"`
}

// SensitiveBasis is the exception that allows one sensitive data category
// (art. 9) within a purpose, with the Danish rule that goes with it.
type SensitiveBasis struct {
	Data  string `toml:"data"`           // category id of kind special
	Basis string `toml:"basis"`          // "9.2.a" ... "9.2.j"
	Law   string `toml:"law,omitempty"`  // databeskyttelsesloven: "7.3" (health professionals), "12" (employment)
	Note  string `toml:"note,omitempty"` // the concrete law or situation, e.g. "serviceloven § 153"
	// RecordNote is Note in the record's own words.
	RecordNote string `toml:"record_note,omitempty"`
}

// BasisFor is the art. 6 basis of p for the subject group key g.
func (p Purpose) BasisFor(g string) []string {
	for _, gb := range p.ByGroup {
		if gb.Group == g {
			return gb.Basis
		}
	}
	return p.Basis
}

// NeedsOwnBasis reports whether the purpose's own Basis is used: it has a
// group without a basis of its own in ByGroup (or no groups at all).
func (p Purpose) NeedsOwnBasis() bool {
	if len(p.ByGroup) == 0 || len(p.Subjects) == 0 {
		return true
	}
	for _, g := range p.Subjects {
		own := false
		for _, gb := range p.ByGroup {
			own = own || gb.Group == g
		}
		if !own {
			return true
		}
	}
	return false
}

// AllBases lists every art. 6 basis p uses, for any group.
func (p Purpose) AllBases() []string {
	out := append([]string(nil), p.Basis...)
	for _, gb := range p.ByGroup {
		for _, b := range gb.Basis {
			if !slices.Contains(out, b) {
				out = append(out, b)
			}
		}
	}
	return out
}

// SensitiveBasisFor is the art. 9(2) exception for category id in p, with
// the Danish rule ("" when none).
func (p Purpose) SensitiveBasisFor(id string) SensitiveBasis {
	for _, s := range p.Sensitive {
		if s.Data == id {
			return s
		}
	}
	return SensitiveBasis{Data: id, Basis: p.SpecialBasis}
}

// Retention says how long data for a purpose is kept: a period, counted from
// an event ("5 år" from "fiscal_year_end").
type Retention struct {
	Period string `toml:"period,omitempty"` // "5 år", "6 måneder", "30 dage"
	After  string `toml:"after,omitempty"`  // event id; empty means from collection
	Note   string `toml:"note,omitempty"`
	// ByLaw says the law requires the data kept this long (bookkeeping,
	// patient records), so it is not deleted on request and errors are
	// corrected by adding a note.
	ByLaw bool `toml:"by_law,omitempty"`
	// Law is the law that requires the data kept, when ByLaw. It is not
	// always the purpose's Law: barnets lov requires a report, the rules
	// on psychologists' records require it kept.
	Law string `toml:"law,omitempty"`
	// Who deletes the data, and how, for the business's own deletion
	// schedule; the policy says neither.
	Responsible string `toml:"responsible,omitempty"`
	Method      string `toml:"method,omitempty"`
	// RecordNote is Note in the record's own words.
	RecordNote string `toml:"record_note,omitempty"`

	// For the deletion schedule and the texts for forms; the policy says
	// none of them yet.
	//
	// Latest is, for data kept until consent is withdrawn, the event that
	// ends the keeping at the latest (employment_end, membership_end …);
	// with Period, the period counts from it ("højst 3 måneder efter den
	// sidste behandling").
	Latest string `toml:"latest,omitempty"`
	// Hold is what keeps the data past the period: a complaint,
	// supervision or compensation case a patient record matters for
	// (health_case), or a legal claim raised or expected (legal_claim).
	Hold string `toml:"hold,omitempty"`
	// Proof is, for data on consent, how long the proof of the consent and
	// of its withdrawal (who, when, to which text) is kept after the
	// withdrawal (art. 7(1)).
	Proof string `toml:"proof,omitempty"`
	// ByData are shorter time limits for some of the purpose's data (a
	// user's log-in and logs after the account closes, while the contract
	// is kept for 3 years).
	ByData []DataRetention `toml:"by_data,omitempty"`
}

// DataRetention is a time limit for some of a purpose's data categories,
// shorter than the purpose's own.
type DataRetention struct {
	Data   []string `toml:"data"`
	Period string   `toml:"period,omitempty"` // empty: at the event itself
	After  string   `toml:"after"`
}

// Source is where data comes from when not from the person.
type Source struct {
	Name     string   `toml:"name"`
	Kind     string   `toml:"kind"` // public_register, credit_agency, partner, employer, social_media, other
	Subjects []string `toml:"subjects,omitempty"`
	Data     []string `toml:"data"`
	Note     string   `toml:"note,omitempty"`
}

// Vendor is a recipient of data: a processor, an independent controller or a
// joint controller. It is a named company, or a kind of recipient
// (Category: "accountant", "bank" …) when the policy names only the kind.
type Vendor struct {
	Catalog         string            `toml:"catalog,omitempty"`  // id in the built-in catalogue; empty fields come from there
	Name            string            `toml:"name,omitempty"`     // required unless it comes from the catalogue or Category
	Category        string            `toml:"category,omitempty"` // a recipient category instead of a name (art. 13(1)(e))
	Entity          string            `toml:"entity,omitempty"`   // the legal entity the business contracts with
	EntityCountry   string            `toml:"entity_country,omitempty"`
	Role            string            `toml:"role,omitempty"`           // processor, controller, joint
	PurposeRoles    map[string]string `toml:"purpose_roles,omitempty"`  // purpose id -> role, where it differs from Role
	ControllerFor   string            `toml:"controller_for,omitempty"` // what the vendor also does as independent controller
	JointFor        string            `toml:"joint_for,omitempty"`      // what the vendor does as joint controller with us
	Service         string            `toml:"service,omitempty"`        // what it does for the business, in Danish
	Purposes        []string          `toml:"purposes"`                 // purpose ids
	Country         string            `toml:"country,omitempty"`        // ISO 3166 code (or EEA) where data is processed
	Transfer        string            `toml:"transfer,omitempty"`       // none, adequacy, dpf, scc, bcr
	TransferTo      string            `toml:"transfer_to,omitempty"`    // the entity outside the EU/EEA that receives the data
	TransferNote    string            `toml:"transfer_note,omitempty"`
	RemoteAccess    string            `toml:"remote_access,omitempty"`    // basis when staff outside the EU/EEA can access the data: adequacy, dpf, scc, bcr
	RemoteCountries []string          `toml:"remote_countries,omitempty"` // where that access happens from, when known
	PrivacyURL      string            `toml:"privacy_url,omitempty"`
	// The data processing agreement (art. 28(3)) and the transfer impact
	// assessment, for the business's own overview of its processors.
	AgreementSigned  Date   `toml:"agreement_signed,omitempty"`  // when the agreement was signed or accepted
	AgreementKept    string `toml:"agreement_kept,omitempty"`    // where the signed agreement is kept
	TransferAssessed Date   `toml:"transfer_assessed,omitempty"` // when the transfer impact assessment was made
	// Data are the categories the vendor actually gets, when it gets less
	// than the purposes it serves use (an e-mail service gets names and
	// addresses, not passwords): a subset of its purposes' data and, for a
	// sub-processor, of processor.data. Empty means it may get all of them.
	Data []string `toml:"data,omitempty"`
	// SubProcessors are the vendor's own processors, for the overview.
	SubProcessors SubProcessors `toml:"subprocessors,omitempty"`
	// Service and JointFor in the record's own words. An own Service or
	// JointFor drops the catalogue's record words for it.
	RecordService  string `toml:"record_service,omitempty"`
	RecordJointFor string `toml:"record_joint_for,omitempty"`
}

// SubProcessors says what the business knows of a processor's own
// processors (art. 28(2) and (4)): where their list is, how they are
// approved, and whether any is outside the EU/EEA.
type SubProcessors struct {
	// List is where the list of sub-processors is: a link, or a place such
	// as "i bilag B til databehandleraftalen".
	List string `toml:"list,omitempty"`
	// Approval is general (the vendor gives notice of changes, and the
	// business may object) or specific (each one approved in writing).
	Approval string `toml:"approval,omitempty"`
	// Abroad is "none" when none is outside the EU/EEA, else the ground
	// for those outside: adequacy, dpf, scc or bcr.
	Abroad    string   `toml:"abroad,omitempty"`
	Countries []string `toml:"countries,omitempty"` // where those outside are, when known
}

// IsZero reports whether nothing is said about the sub-processors.
func (s SubProcessors) IsZero() bool {
	return s.List == "" && s.Approval == "" && s.Abroad == "" && len(s.Countries) == 0
}

// RoleFor is the vendor's role for one purpose.
func (v Vendor) RoleFor(purpose string) string {
	if r, ok := v.PurposeRoles[purpose]; ok && r != "" {
		return r
	}
	return v.Role
}

// Disclosure is a recipient that is an authority or other body that gets
// data because the law requires it.
type Disclosure struct {
	Recipient string   `toml:"recipient"`
	Reason    string   `toml:"reason"`
	Purposes  []string `toml:"purposes,omitempty"`
	// RecordReason is Reason in the record's own words.
	RecordReason string `toml:"record_reason,omitempty"`
}

// Cookies describes the website's cookies and consent banner. Cookies are
// listed by name (List) or, when the names are not known, by category
// (Categories).
type Cookies struct {
	None       bool   `toml:"none,omitempty"` // the website sets no cookies at all
	Banner     bool   `toml:"banner,omitempty"`
	BannerTool string `toml:"banner_tool,omitempty"`
	// EasyReject is the business's answer that its banner lets people
	// choose per category and makes saying no as easy as saying yes; the
	// policy says so only then.
	EasyReject      bool          `toml:"easy_reject,omitempty"`
	ConsentLifetime string        `toml:"consent_lifetime,omitempty"` // "12 måneder"
	SettingsURL     string        `toml:"settings_url,omitempty"`     // where consent can be changed
	Categories      []CookieGroup `toml:"categories,omitempty"`
	List            []Cookie      `toml:"list,omitempty"`
}

// Any reports whether any cookie is described, by name or by category.
func (c Cookies) Any() bool { return len(c.List) > 0 || len(c.Categories) > 0 }

// Cookie is one cookie or similar technology on the website.
type Cookie struct {
	Name      string `toml:"name"`
	Provider  string `toml:"provider"`
	Purpose   string `toml:"purpose"`
	Category  string `toml:"category"`             // necessary, preferences, statistics, marketing
	Lifetime  string `toml:"lifetime"`             // "session" or a period such as "2 år"
	PurposeID string `toml:"purpose_id,omitempty"` // the purpose in [[purposes]] the cookie serves
}

// CookieGroup is a category of cookies described without their names.
type CookieGroup struct {
	Category  string `toml:"category"`             // necessary, preferences, statistics, marketing
	Purpose   string `toml:"purpose"`              // what the cookies do, in Danish
	Provider  string `toml:"provider,omitempty"`   // who sets them; empty means the business itself
	Lifetime  string `toml:"lifetime,omitempty"`   // typical lifetime: "session" or "op til 2 år"
	PurposeID string `toml:"purpose_id,omitempty"` // the purpose in [[purposes]] the cookies serve
}

// Security lists the measures that protect the data.
type Security struct {
	Measures []string `toml:"measures,omitempty"` // measure ids
	Other    []string `toml:"other,omitempty"`    // own measures, in Danish
}

// Automated says whether decisions are made by automated means alone, and
// whether the business uses profiling.
type Automated struct {
	Used         bool   `toml:"used,omitempty"`
	Exception    string `toml:"exception,omitempty"` // art. 22(2): contract, law, consent
	Description  string `toml:"description,omitempty"`
	Logic        string `toml:"logic,omitempty"`
	Consequences string `toml:"consequences,omitempty"`
	// Profiling is "" until answered, then no, marketing or other. Nothing
	// is said about profiling until it is answered.
	Profiling            string `toml:"profiling,omitempty"`
	ProfilingDescription string `toml:"profiling_description,omitempty"` // what the profiling does, in Danish
}

// Children says whether the services are aimed at children.
type Children struct {
	Targeted bool `toml:"targeted,omitempty"`
	AgeLimit int  `toml:"age_limit,omitempty"` // the controller's country's age when empty
}

// Age is the age limit for a child's own consent, 15 unless set. Use
// Answers.ChildAge, which knows the controller's country.
func (c Children) Age() int {
	if c.AgeLimit == 0 {
		return 15
	}
	return c.AgeLimit
}

// ChildAge is the age from which a child can consent to online services
// itself: the answer when given, else the controller's country's rule.
func (a *Answers) ChildAge() int {
	if a.Children.AgeLimit != 0 {
		return a.Children.AgeLimit
	}
	if p, ok := ProfileFor(a.Controller.CountryCode()); ok {
		return p.ChildAge
	}
	return 16 // art. 8(1) where no member state rule is known
}

// Authority is the supervisory authority, for a business established outside
// Denmark. Nil means Datatilsynet.
type Authority struct {
	Name    string `toml:"name"`
	Address string `toml:"address"`
	Website string `toml:"website"`
	Email   string `toml:"email"`
	Phone   string `toml:"phone,omitempty"`
}
