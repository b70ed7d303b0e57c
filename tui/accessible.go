package tui

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/privatliv/privatliv/internal/inert"
)

// RunAccessible asks the wizard's questions as plain numbered prompts, one
// at a time and all in Danish, for screen readers and terminals without a
// full-screen mode. Every existing answer is shown and kept when the user
// just presses Enter; "-" clears an optional answer. Lists get a menu:
// continue, add, edit or delete. Answers go to the recovery file as they
// are given, and an interrupt (ctrl+c) with unsaved answers asks first.
func RunAccessible(opts Options, in io.Reader, out io.Writer) error {
	m := New(opts)
	defer m.Close()
	m.welcome, m.accessible = false, true
	// Everything said quotes answers and file names: made inert.
	p := &prompter{m: m, out: inert.NewWriter(out), lines: readLines(in), intr: opts.Interrupt}
	err := p.run()
	if errors.Is(err, errQuit) {
		return nil
	}
	return err
}

// errQuit ends the questions after the user chose to stop.
var errQuit = errors.New("afsluttet")

type prompter struct {
	m     *Model
	out   io.Writer
	lines <-chan string // closed at the end of the input
	intr  <-chan os.Signal
	last  string // the question being asked, said again after an interrupt
}

func readLines(in io.Reader) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		for sc.Scan() {
			ch <- strings.TrimRight(sc.Text(), "\r")
		}
	}()
	return ch
}

func (p *prompter) say(format string, args ...any) { fmt.Fprintf(p.out, format+"\n", args...) }

// ask prints prompt and returns the next line. An interrupt asks whether to
// save, quit or go on; the end of the input stops with the answers kept in
// the recovery file.
func (p *prompter) ask(prompt string) (string, error) {
	for {
		fmt.Fprint(p.out, prompt)
		select {
		case line, ok := <-p.lines:
			if !ok {
				fmt.Fprintln(p.out)
				return "", p.endOfInput()
			}
			return line, nil
		case <-p.intr:
			fmt.Fprintln(p.out)
			if err := p.interrupted(); err != nil {
				return "", err
			}
			if p.last != "" {
				p.say("\n%s", p.last)
			}
		}
	}
}

// endOfInput is the error for input that ends before the questions do
// (a pipe, a script): it says what was kept, and the program exits with
// an error, since the questions were not all answered.
func (p *prompter) endOfInput() error {
	m := p.m
	where := ""
	if p.last != "" {
		where = " ved spørgsmålet »" + strings.SplitN(p.last, "\n", 2)[0] + "«"
	}
	if !m.dirty() {
		return fmt.Errorf("inddata sluttede%s, før alle spørgsmål var besvaret; intet er ændret, og intet er gemt", where)
	}
	m.writeRecovery()
	if m.recoveryErr != nil {
		return fmt.Errorf("inddata sluttede%s, før svarene blev gemt, og gendannelsesfilen kunne ikke skrives (%v); de nye svar er tabt", where, m.recoveryErr)
	}
	return fmt.Errorf("inddata sluttede%s, før svarene blev gemt; de ligger i %s og tilbydes næste gang, du åbner guiden", where, m.recoveryPath())
}

// interrupted is ctrl+c: leave at once when nothing is unsaved, else ask.
func (p *prompter) interrupted() error {
	m := p.m
	if !m.dirty() {
		m.removeRecovery()
		p.say("Afsluttet. Der var ingen ugemte ændringer.")
		return errQuit
	}
	m.writeRecovery()
	quit, quitted := "afslut uden at gemme (svarene kan gendannes næste gang)", "Afsluttet uden at gemme. Svarene kan gendannes næste gang."
	if m.recoveryErr != nil {
		p.say("Du har ugemte ændringer, og gendannelsesfilen kunne ikke skrives (%v).", m.recoveryErr)
		quit, quitted = "afslut uden at gemme – ændringerne går tabt", "Afsluttet uden at gemme. Ændringerne er tabt."
	} else {
		p.say("Du har ugemte ændringer. De ligger i gendannelsesfilen %s.", m.recoveryPath())
	}
	p.say("  g  gem og afslut\n  a  %s\n  Enter  fortsæt, hvor du var", quit)
	fmt.Fprint(p.out, "> ")
	var line string
	select {
	case l, ok := <-p.lines:
		if !ok {
			fmt.Fprintln(p.out)
			return p.endOfInput()
		}
		line = l
	case <-p.intr:
		fmt.Fprintln(p.out)
		p.say("%s", quitted)
		return errQuit
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "g":
		if err := p.save(); err != nil {
			return err
		}
		return errQuit
	case "a":
		p.say("%s", quitted)
		return errQuit
	}
	return nil
}

// changed notes a new answer: the wizard's bookkeeping, and the recovery
// file at once, since there is no timer here.
func (p *prompter) changed() {
	p.m.sync()
	p.m.noteChange()
	p.m.writeRecovery()
}

func (p *prompter) run() error {
	m := p.m
	if m.elsewhere != "" {
		p.say("%s", m.status)
	}
	if m.mode == modeRestore {
		ask, def := "Der er ugemte svar fra sidst. Vil du gendanne dem?", true
		if m.restoreNote != "" {
			p.say("Der er ugemte svar fra sidst.\n%s Det ændrer politikken sådan:", m.restoreNote)
			for _, c := range m.restoreDiff {
				p.say("  • %s", c)
			}
			ask, def = "Vil du gendanne dem alligevel?", false
		}
		restore, err := p.yesNo(ask, def)
		if err != nil {
			return err
		}
		if restore {
			m.restoreKey(keyPress("j"))
		} else {
			m.restoreKey(keyPress("n"))
		}
		p.say("%s", m.status)
	}
	p.say("Tryk Enter for at beholde et svar. Skriv - for at slette et valgfrit svar. ctrl+c afslutter.")
	if m.mode == modeKind {
		p.say("\nFørst et par spørgsmål om virksomheden; guiden bygger udgangspunktet ud fra svarene, og alt kan rettes bagefter.")
		for m.mode == modeKind {
			if err := p.form(m.startPage()); err != nil {
				return err
			}
			m.startNext()
		}
		p.say("%s", m.status)
	}
	for i, s := range steps {
		p.say("\n== Trin %d af %d: %s ==\n%s", i+1, len(steps), s.title, s.help)
		if s.form != nil {
			if err := p.form(s.form(m)); err != nil {
				return err
			}
			continue
		}
		for _, c := range s.colls {
			if err := p.list(c); err != nil {
				return err
			}
		}
	}
	return p.save()
}

// form asks every visible field of q, group by group; whether a group is
// shown can depend on the answers just given.
func (p *prompter) form(q *questions) error {
	p.m.q = q
	defer func() { p.m.q = nil }()
	for _, g := range q.specs {
		if g.show != nil && !g.show() {
			continue
		}
		if g.title != "" {
			p.say("\n-- %s --", g.title)
		}
		for _, f := range g.fields {
			if err := p.field(f); err != nil {
				return err
			}
			// What an answer did (a cookie import, say) is said at once.
			before := p.m.status
			p.changed()
			if s := p.m.status; s != before && s != "" {
				p.say("%s", s)
			}
		}
	}
	return nil
}

func (p *prompter) field(f *fieldSpec) error {
	p.last = f.title
	p.say("\n%s", f.title)
	if f.desc != "" {
		p.say("  %s", f.desc)
	}
	switch f.kind {
	case kindConfirm:
		v, err := p.yesNo("", *f.flag)
		if err == nil {
			*f.flag = v
		}
		return err
	case kindPick:
		return p.pick(f)
	case kindMulti:
		return p.multi(f)
	}
	return p.input(f)
}

func (p *prompter) input(f *fieldSpec) error {
	for {
		cur := *f.str
		switch {
		case cur != "":
			p.say("  Nu: %s", strings.ReplaceAll(cur, "\n", " / "))
			p.say("  Enter beholder svaret. Skriv - for at slette det.")
		case f.placeholder != "":
			p.say("  Tomt: så bruges %s", f.placeholder)
		default:
			p.say("  Ikke besvaret.")
		}
		line, err := p.ask("> ")
		if err != nil {
			return err
		}
		v := cur
		switch strings.TrimSpace(line) {
		case "":
		case "-":
			v = ""
		default:
			v = strings.TrimSpace(line)
		}
		if f.check != nil {
			if err := f.check(v); err != nil && strings.TrimSpace(v) != "" {
				p.say("  Fejl: %s.", err)
				continue
			} else if err != nil {
				// An answer left out is not refused, as in the full-screen
				// wizard: it is said, and listed again after the save.
				p.say("  Ikke besvaret: %s. Du kan svare senere; indtil da gemmes politikken som udkast.", err)
			}
		}
		*f.str = v
		return nil
	}
}

func (p *prompter) yesNo(title string, cur bool) (bool, error) {
	now := "nej"
	if cur {
		now = "ja"
	}
	for {
		if title != "" {
			p.say("%s", title)
		}
		line, err := p.ask(fmt.Sprintf("  Svar j for ja eller n for nej (Enter beholder %s): ", now))
		if err != nil {
			return cur, err
		}
		switch strings.ToLower(strings.TrimSpace(line)) {
		case "":
			return cur, nil
		case "j", "ja", "y":
			return true, nil
		case "n", "nej":
			return false, nil
		}
		p.say("  Fejl: svar j eller n.")
	}
}

func (p *prompter) pick(f *fieldSpec) error {
	for i, o := range f.opts {
		mark := ""
		if o.Value == *f.str {
			mark = "  (valgt)"
		}
		p.say("  %d. %s%s", i+1, o.Key, mark)
	}
	for {
		line, err := p.ask(fmt.Sprintf("  Skriv et nummer fra 1 til %d (Enter beholder det valgte): ", len(f.opts)))
		if err != nil {
			return err
		}
		if strings.TrimSpace(line) == "" {
			return nil
		}
		n, err := strconv.Atoi(strings.TrimSpace(line))
		if err != nil || n < 1 || n > len(f.opts) {
			p.say("  Fejl: skriv et tal fra 1 til %d.", len(f.opts))
			continue
		}
		*f.str = f.opts[n-1].Value
		return nil
	}
}

func (p *prompter) multi(f *fieldSpec) error {
	for i, o := range f.opts {
		mark := "[ ]"
		if slices.Contains(*f.strs, o.Value) {
			mark = "[x]"
		}
		p.say("  %d. %s %s", i+1, mark, o.Key)
	}
	for {
		line, err := p.ask("  Skriv numrene på dem, der skal være valgt, fx 1 3 4 (Enter beholder [x], 0 vælger ingen): ")
		if err != nil {
			return err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			if f.need != nil {
				if err := f.need(*f.strs); err != nil {
					p.say("  Ikke besvaret: %s. Du kan svare senere; indtil da gemmes politikken som udkast.", err)
				}
			}
			return nil
		}
		var chosen []string
		bad := false
		for _, w := range strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == ',' }) {
			n, err := strconv.Atoi(w)
			switch {
			case err == nil && n == 0:
			case err != nil || n < 1 || n > len(f.opts):
				bad = true
			default:
				chosen = append(chosen, f.opts[n-1].Value)
			}
		}
		if bad {
			p.say("  Fejl: skriv tal fra 1 til %d, adskilt af mellemrum.", len(f.opts))
			continue
		}
		if f.need != nil {
			if err := f.need(chosen); err != nil {
				p.say("  Ikke besvaret: %s. Du kan svare senere; indtil da gemmes politikken som udkast.", err)
			}
		}
		choices{f.strs}.Set(chosen)
		return nil
	}
}

// choose asks for one of numbered labels and returns its index. A word
// that is not a number narrows a long list down to the labels holding it;
// Enter picks def, when def is not -1.
func (p *prompter) choose(prompt string, labels []string, def int) (int, error) {
	shown := make([]int, len(labels))
	for i := range labels {
		shown[i] = i
	}
	for {
		for j, i := range shown {
			p.say("  %d. %s", j+1, labels[i])
		}
		hint := "et nummer, eller et ord at søge efter"
		if def >= 0 {
			hint += "; Enter: " + labels[def]
		}
		line, err := p.ask(fmt.Sprintf("  %s (%s): ", prompt, hint))
		if err != nil {
			return 0, err
		}
		line = strings.TrimSpace(line)
		if line == "" && def >= 0 {
			return def, nil
		}
		if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(shown) {
			return shown[n-1], nil
		}
		var found []int
		for i, l := range labels {
			if line != "" && strings.Contains(strings.ToLower(l), strings.ToLower(line)) {
				found = append(found, i)
			}
		}
		switch len(found) {
		case 0:
			p.say("  Fejl: skriv et tal fra 1 til %d eller et ord fra listen.", len(shown))
			continue
		case 1:
			// One match is the answer; Enter would pick the default.
			p.say("  Valgt: %s", labels[found[0]])
			return found[0], nil
		}
		shown = found
	}
}

func (p *prompter) list(c *collection) error {
	m := p.m
	for {
		p.say("\n%s:", c.title)
		n := c.count(m.a)
		if n == 0 {
			p.say("  (ingen)")
		}
		labels := []string{"Videre"}
		actions := []int{-1}
		if !c.singleton {
			labels, actions = append(labels, "Tilføj "+c.noun), append(actions, -2)
		}
		for j := 0; j < n; j++ {
			labels, actions = append(labels, "Ret: "+c.name(m.a, j)), append(actions, j)
		}
		if !c.singleton {
			for j := 0; j < n; j++ {
				labels, actions = append(labels, "Slet: "+c.name(m.a, j)), append(actions, 1000+j)
			}
		}
		i, err := p.choose("Hvad vil du gøre?", labels, 0)
		if err != nil {
			return err
		}
		switch choice := actions[i]; {
		case choice == -1:
			return nil
		case choice == -2:
			pick := 0
			if c.templates != nil && len(c.templates(m.a)) == 1 {
				pick = c.templates(m.a)[0].Value
			} else if c.templates != nil {
				opts := c.templates(m.a)
				names := make([]string, len(opts))
				for k, o := range opts {
					names[k] = o.Key
				}
				k, err := p.choose("Hvad vil du tilføje?", names, -1)
				if err != nil {
					return err
				}
				pick = opts[k].Value
			}
			note := ""
			if c.describe != nil {
				note = c.describe(m.a, pick)
			}
			j := c.add(m.a, pick)
			if note != "" {
				p.say("%s", note)
			}
			if err := p.form(c.form(m, j)); err != nil {
				return err
			}
			if c.empty != nil && c.empty(m.a, j) {
				c.remove(m.a, j)
			}
		case choice >= 1000:
			name := c.name(m.a, choice-1000)
			if n := c.remove(m.a, choice-1000); n > 0 {
				p.say("Slettede %s og fjernede %s til det fra andre svar.", name, plural(n, "henvisning", "henvisninger"))
			} else {
				p.say("Slettede %s.", name)
			}
		default:
			if err := p.form(c.form(m, choice)); err != nil {
				return err
			}
		}
		p.changed()
	}
}

// save asks for a file name when there is none, and for leave to
// overwrite a file changed on disk, then saves.
func (p *prompter) save() error {
	m := p.m
	m.noteChange()
	if m.path == "" {
		m.askPath()
		f := m.q.fields["save_as"]
		p.say("\n%s\n  %s", f.title, f.desc)
		for {
			line, err := p.ask(fmt.Sprintf("  Filnavn (Enter: %s): ", m.saveAs))
			if err != nil {
				return err
			}
			if v := strings.TrimSpace(line); v != "" {
				m.saveAs = v
			}
			if err := f.check(m.saveAs); err != nil {
				p.say("  Fejl: %s.", err)
				continue
			}
			break
		}
		m.hideForm()
		m.removeRecovery()
		m.path = strings.TrimSpace(m.saveAs)
		m.markOpen()
		m.mode = modeForm
	}
	m.save(false)
	if m.mode == modeChangelog {
		if err := p.form(m.q); err != nil {
			return err
		}
		m.changeLogDone()
	}
	if m.mode == modeOverwrite {
		overwrite, err := p.yesNo(m.path+" er ændret på disken, siden du åbnede den. Overskriv den?", false)
		if err != nil {
			return err
		}
		if !overwrite {
			m.writeRecovery()
			if m.recoveryErr != nil {
				return fmt.Errorf("ikke gemt, og gendannelsesfilen kunne ikke skrives (%v); de nye svar er tabt", m.recoveryErr)
			}
			p.say("Ikke gemt. Dine svar ligger i %s.", m.recoveryPath())
			return nil
		}
		m.save(true)
	}
	p.say("\n%s", m.status)
	p.findings()
	if m.statusErr && m.dirty() {
		return fmt.Errorf("svarene blev ikke gemt")
	}
	return nil
}

// findings lists what check finds after the save, each with the question
// that answers it: accessible mode has no ctrl+f.
func (p *prompter) findings() {
	m := p.m
	if len(m.findings) == 0 {
		return
	}
	p.say("\nFejl og mangler:")
	for _, f := range m.findings {
		for i, l := range m.findingLines(f) {
			if i == 0 {
				p.say("  %s", l)
			} else {
				p.say("    %s", l)
			}
		}
	}
	p.say("Ret dem med 'privatliv edit %s --accessible'.", m.path)
}
