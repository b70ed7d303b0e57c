package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/huh/v2"
	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/internal/inert"
)

// questions are one form's groups of fields, bound to the answers. The
// full-screen wizard shows them as one huh form; accessible mode asks them
// group by group. Each form keeps its own hide rules, because huh's
// accessible runner does not look at hidden groups.
//
// The fields are built so that showing them writes nothing: a select whose
// answer is not given yet starts on "Ikke besvaret", a value the options do
// not know is kept as an option of its own, and a multi-select only writes
// when its set of choices really changed. So opening a form and leaving it
// (esc, or enter through every field) leaves the answers as they were.
type questions struct {
	groups []*huh.Group
	specs  []groupSpec
	hidden map[*huh.Group]func() bool
	checks map[string]validator // by field key, run on every key
	sync   func()               // after every update: derived answers (ids)
	fields map[string]*fieldSpec
	kept   []*keptView // every field, as the groups hold it
}

// groupSpec and fieldSpec describe the questions for accessible mode,
// which asks them as plain prompts in Danish instead of through huh.
type groupSpec struct {
	title  string
	fields []*fieldSpec
	show   func() bool   // nil: always
	lists  []choiceField // its selects and multi-selects
}

type fieldKind int

const (
	kindInput fieldKind = iota
	kindText
	kindConfirm
	kindPick
	kindMulti
)

type fieldSpec struct {
	key, title, desc string
	kind             fieldKind
	str              *string
	strs             *[]string
	flag             *bool
	opts             []huh.Option[string]
	check            validator
	placeholder      string // shown when the answer is empty (a catalogue value)
	need             func([]string) error
	// mark is what is wrong with the answer, shown after the title.
	mark    string
	retitle func(string) // sets a text field's title
	choice  choiceField  // a list: marked through the choice
}

// setMark shows mark after the field's title; it reports whether it
// changed.
func (f *fieldSpec) setMark(mark string) bool {
	if mark == f.mark {
		return false
	}
	f.mark = mark
	switch {
	case f.choice != nil:
		f.choice.setMark(mark)
	case f.retitle != nil:
		f.retitle(withMark(f.title, mark))
	}
	return true
}

type validator func(string) error

// buildTheme is the theme fields are built with, before a form takes them.
var buildTheme = cachedTheme(true)

// themed gives a new field the build theme before anything renders it.
func themed[F huh.Field](f F) F {
	f.WithTheme(buildTheme)
	return f
}

func newQuestions() *questions {
	return &questions{hidden: map[*huh.Group]func() bool{}, checks: map[string]validator{}, fields: map[string]*fieldSpec{}}
}

// group adds a group of fields to the form.
func (q *questions) group(title string, fields ...huh.Field) *questions {
	return q.groupIf(title, nil, fields...)
}

// groupIf adds a group of fields shown only while show returns true.
func (q *questions) groupIf(title string, show func() bool, fields ...huh.Field) *questions {
	// huh renders a group as soon as it is made, with its fields' theme or,
	// without one, a Charm theme built afresh for every field and option:
	// most of the cost of opening a form. The form sets the real theme.
	kept := make([]huh.Field, len(fields))
	for i, f := range fields {
		f.WithTheme(buildTheme)
		k := &keptView{Field: f}
		q.kept = append(q.kept, k)
		kept[i] = k
	}
	g := huh.NewGroup(kept...).Title(title)
	spec := groupSpec{title: title, show: show}
	for _, f := range fields {
		if fs := q.fields[f.GetKey()]; fs != nil {
			spec.fields = append(spec.fields, fs)
		}
		if c, ok := f.(choiceField); ok {
			spec.lists = append(spec.lists, c)
		}
	}
	if show != nil {
		hide := func() bool { return !show() }
		q.hidden[g] = hide
		g = g.WithHideFunc(hide)
	}
	q.groups = append(q.groups, g)
	q.specs = append(q.specs, spec)
	return q
}

// redraw makes every field draw itself again: its title or height changed
// from outside (a mark, the room), which the kept views cannot see.
func (q *questions) redraw() {
	for _, k := range q.kept {
		k.ok = false
	}
}

func (q *questions) isHidden(g *huh.Group) bool {
	if f := q.hidden[g]; f != nil {
		return f()
	}
	return false
}

// spec records a field. Its title and description may quote answers (a
// group's own name): they are made inert here, for both modes.
func (q *questions) spec(key, title, desc string, kind fieldKind) *fieldSpec {
	fs := &fieldSpec{key: key, title: inert.Text(title), desc: inert.Text(desc), kind: kind}
	q.fields[key] = fs
	return fs
}

// input is a text field bound to v. Its check runs on every key and marks
// the field when it is left with a wrong or missing answer; it never keeps
// the user from moving on (huh's own validation would: a form with a
// required question unanswered could not be left or jumped through).
func (q *questions) input(key, title, desc string, v *string, check validator) *huh.Input {
	fs := q.spec(key, title, desc, kindInput)
	fs.str, fs.check = v, check
	in := themed(huh.NewInput()).Key(key).Title(fs.title).Description(fs.desc).Value(v)
	fs.retitle = func(t string) { in.Title(t) }
	if check != nil {
		q.checks[key] = check
	}
	return in
}

// refuse makes the field's check keep the user from going on. It is for
// the fields of an action (the file to import, the name to save as),
// where nothing can follow a wrong answer; answers are never refused.
func (q *questions) refuse(in *huh.Input) *huh.Input {
	if check := q.checks[in.GetKey()]; check != nil {
		in.Validate(check)
	}
	return in
}

// placeholder shows text in an empty field: what an empty answer means.
func (q *questions) placeholder(in *huh.Input, text string) {
	text = inert.Line(text)
	q.fields[in.GetKey()].placeholder = text
	in.Placeholder(text)
}

// noCheck drops the field's check: the answer may stay empty.
func (q *questions) noCheck(in *huh.Input) {
	delete(q.checks, in.GetKey())
	q.fields[in.GetKey()].check = nil
}

func (q *questions) text(key, title, desc string, v *string) *huh.Text {
	fs := q.spec(key, title, desc, kindText)
	fs.str = v
	t := themed(huh.NewText()).Key(key).Title(fs.title).Description(fs.desc).Value(v).Lines(3)
	fs.retitle = func(s string) { t.Title(s) }
	return t
}

func (q *questions) confirm(key, title, desc string, v *bool) *huh.Confirm {
	fs := q.spec(key, title, desc, kindConfirm)
	fs.flag = v
	c := themed(huh.NewConfirm()).Key(key).Title(fs.title).Description(fs.desc).Affirmative("Ja").Negative("Nej").Value(v)
	fs.retitle = func(s string) { c.Title(s) }
	return c
}

// unanswered is the first choice of a select nobody has answered yet.
const unanswered = "Ikke besvaret – vælg"

// unknownInCatalogue is the first choice of a vendor's select when the
// catalogue does not know the answer: no answer either.
const unknownInCatalogue = "Ukendt i kataloget – vælg selv"

// pick is a select bound to v. huh writes the option under its cursor to
// the answer as soon as the field is built, and again on enter, so the
// current answer is always one of the options: "" as "Ikke besvaret" (or
// the label given), and a value the options do not know as itself.
func (q *questions) pick(key, title, desc string, opts []huh.Option[string], v *string, empty string) *choice[string] {
	known := false
	for _, o := range opts {
		known = known || o.Value == *v
	}
	// An empty answer with a name of its own ("Nej", "Ingen af dem") is
	// always a choice; without one, "Ikke besvaret" is offered only while
	// nothing is chosen.
	none := false
	switch {
	case empty != "" && !hasValue(opts, ""):
		opts = append([]huh.Option[string]{huh.NewOption(empty, "")}, opts...)
		if !known && *v != "" {
			opts = append([]huh.Option[string]{huh.NewOption(*v+" (ukendt værdi – behold eller vælg)", *v)}, opts...)
		}
	case *v == "" && !known:
		empty, none = unanswered, true
		opts = append([]huh.Option[string]{huh.NewOption(empty, "")}, opts...)
	case !known:
		opts = append([]huh.Option[string]{huh.NewOption(*v+" (ukendt værdi – behold eller vælg)", *v)}, opts...)
	}
	for _, o := range opts {
		// The catalogue's "unknown" is no answer either.
		none = none || o.Value == "" && o.Key == unknownInCatalogue
	}
	opts = inertOptions(opts)
	fs := q.spec(key, title, desc, kindPick)
	fs.str, fs.opts = v, opts
	desc = withKeys(fs.desc, len(opts))
	sel := themed(huh.NewSelect[string]()).Key(key).Title(fs.title).Description(desc).Options(opts...).Accessor(answer[string]{v})
	c := newChoice[string](sel, fs.title, desc, opts, false)
	c.hasNone = none
	fs.choice = c
	return c
}

func hasValue(opts []huh.Option[string], v string) bool {
	return slices.ContainsFunc(opts, func(o huh.Option[string]) bool { return o.Value == v })
}

// pickInt is pick for a choice among numbered options; it always has one.
func (q *questions) pickInt(key, title, desc string, opts []huh.Option[int], v *int) *choice[int] {
	title, desc, opts = inert.Text(title), inert.Text(desc), inertOptions(opts)
	sel := themed(huh.NewSelect[int]()).Key(key).Title(title).Description(desc).Options(opts...).Value(v)
	return newChoice[int](sel, title, desc, opts, false)
}

// multi is a multi-select bound to v that keeps v's order and values the
// options do not know, and writes only when the choices change. A long
// list can be searched.
func (q *questions) multi(key, title, desc string, opts []huh.Option[string], v *[]string) *choice[string] {
	for _, x := range *v {
		if !slices.ContainsFunc(opts, func(o huh.Option[string]) bool { return o.Value == x }) {
			opts = append(opts, huh.NewOption(x+" (ukendt)", x))
		}
	}
	opts = inertOptions(opts)
	fs := q.spec(key, title, desc, kindMulti)
	fs.strs, fs.opts = v, opts
	desc = withKeys(fs.desc, len(opts))
	ms := themed(huh.NewMultiSelect[string]()).Key(key).Title(fs.title).Description(desc).Options(opts...).Accessor(choices{v}).
		Filterable(len(opts) > searchable)
	c := newChoice[string](ms, fs.title, desc, opts, true)
	fs.choice = c
	return c
}

// searchable is the number of options from which a multi-select can be
// searched with /.
const searchable = 8

// withKeys adds to a long list's description that it can be searched. The
// full-screen wizard says so; accessible mode, which has its own keys,
// reads the description without it.
func withKeys(desc string, options int) string {
	if options <= searchable {
		return desc
	}
	return strings.TrimSpace(desc + " Skriv / for at søge.")
}

// inertOptions makes the options' labels inert: they name purposes,
// groups and vendors as the answer file does.
func inertOptions[T comparable](opts []huh.Option[T]) []huh.Option[T] {
	out := opts
	for i, o := range opts {
		if k := inert.Line(o.Key); k != o.Key {
			if &out[0] == &opts[0] {
				out = append([]huh.Option[T](nil), opts...)
			}
			o.Key = k
			out[i] = o
		}
	}
	return out
}

// answer is a plain pointer accessor that writes only real changes.
type answer[T comparable] struct{ p *T }

func (a answer[T]) Get() T { return *a.p }
func (a answer[T]) Set(v T) {
	if *a.p != v {
		*a.p = v
	}
}

// choices binds a multi-select. huh writes the chosen options in option
// order on every focus and blur; that is no change as long as the set is
// the same. A real change keeps the old order and adds new choices last.
type choices struct{ p *[]string }

func (c choices) Get() []string { return *c.p }
func (c choices) Set(v []string) {
	old := *c.p
	same := len(v) == len(old)
	for _, x := range v {
		same = same && slices.Contains(old, x)
	}
	if same {
		return
	}
	var out []string
	for _, x := range old {
		if slices.Contains(v, x) {
			out = append(out, x)
		}
	}
	for _, x := range v {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	*c.p = out
}

func optional(check func(string) error) validator {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		return check(s)
	}
}

func required(what string, check func(string) error) validator {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("mangler %s", what)
		}
		if check != nil {
			return check(s)
		}
		return nil
	}
}

func checkPeriod(s string) error {
	_, err := drafts.ParsePeriod(s)
	return err
}

func checkDate(s string) error {
	_, err := drafts.ParseDate(strings.TrimSpace(s))
	return err
}

func checkAge(s string) error {
	n, err := atoi(s)
	if err != nil || n < 13 || n > 16 {
		return fmt.Errorf("alderen skal være et tal mellem 13 og 16 (i Danmark 15)")
	}
	return nil
}

func checkLifetime(s string) error {
	if drafts.IsSessionLifetime(s) {
		return nil
	}
	if _, err := drafts.ParsePeriod(s); err != nil {
		return fmt.Errorf("%q er ikke en levetid; skriv fx \"2 år\", \"30 dage\" eller \"session\"", strings.TrimSpace(s))
	}
	return nil
}

// need records a multi-select's check for accessible mode and returns it
// for huh.
func (q *questions) need(key string, check func([]string) error) func([]string) error {
	if fs := q.fields[key]; fs != nil {
		fs.need = check
	}
	return check
}
