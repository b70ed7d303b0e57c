package tui

import (
	"fmt"
	"io"
	"strings"

	"charm.land/huh/v2"
)

// RunAccessible asks the same questions as the wizard as plain prompts, one
// after another, without a full-screen layout, for screen readers. Lists
// are handled with a numbered menu: continue, add, edit or delete.
func RunAccessible(opts Options, in io.Reader, out io.Writer) error {
	m := New(opts)
	m.welcome = false
	run := func(groups ...*huh.Group) error {
		for _, g := range groups {
			if isHidden(g) {
				continue
			}
			f := huh.NewForm(g).WithAccessible(true).WithInput(in).WithOutput(out).WithShowHelp(false)
			if err := f.Run(); err != nil {
				return fmt.Errorf("spørgsmålene stoppede: %w", err)
			}
			m.b.store(m.a)
			if m.formSync != nil {
				m.formSync()
			}
		}
		return nil
	}
	say := func(format string, args ...any) { fmt.Fprintf(out, format+"\n", args...) }

	if m.mode == modeRestore {
		restore := true
		if err := run(huh.NewGroup(huh.NewConfirm().Title("Der er ugemte svar fra sidst. Vil du gendanne dem?").
			Affirmative("Ja").Negative("Nej").Value(&restore))); err != nil {
			return err
		}
		key := "n"
		if restore {
			key = "j"
		}
		m.restoreKey(keyPress(key))
	}

	for i, s := range steps {
		say("\n== Trin %d af %d: %s ==\n%s", i+1, len(steps), s.title, s.help)
		if s.form != nil {
			m.formSync = nil
			s.form(m)
			if err := run(m.groups...); err != nil {
				return err
			}
			continue
		}
		for _, c := range s.colls {
			for {
				say("\n%s:", c.title)
				n := c.count(m.a)
				if n == 0 {
					say("  (ingen)")
				}
				for j := 0; j < n; j++ {
					say("  %d. %s", j+1, c.label(m.a, j))
				}
				choice := -1
				opts := []huh.Option[int]{huh.NewOption("Videre", -1)}
				if !c.singleton {
					opts = append(opts, huh.NewOption("Tilføj "+c.noun, -2))
				}
				for j := 0; j < n; j++ {
					opts = append(opts, huh.NewOption("Ret: "+c.label(m.a, j), j))
				}
				if !c.singleton {
					for j := 0; j < n; j++ {
						opts = append(opts, huh.NewOption("Slet: "+c.label(m.a, j), 1000+j))
					}
				}
				if err := run(huh.NewGroup(huh.NewSelect[int]().Title("Hvad vil du gøre?").Options(opts...).Value(&choice))); err != nil {
					return err
				}
				switch {
				case choice == -1:
				case choice == -2:
					pick := 0
					if c.templates != nil {
						if err := run(huh.NewGroup(huh.NewSelect[int]().Title("Hvad vil du tilføje?").Options(c.templates(m.a)...).Value(&pick))); err != nil {
							return err
						}
					}
					j := c.add(m.a, pick)
					if err := editItem(m, c, j, run); err != nil {
						return err
					}
					if c.empty != nil && c.empty(m.a, j) {
						c.remove(m.a, j)
					}
					continue
				case choice >= 1000:
					c.remove(m.a, choice-1000)
					continue
				default:
					if err := editItem(m, c, choice, run); err != nil {
						return err
					}
					continue
				}
				break
			}
		}
	}

	m.afterChange()
	if m.path == "" {
		m.askPath()
		if err := run(m.groups...); err != nil {
			return err
		}
		m.path = strings.TrimSpace(m.saveAs)
		m.mode = modeForm
	}
	m.save(false)
	if m.mode == modeOverwrite {
		overwrite := false
		if err := run(huh.NewGroup(huh.NewConfirm().Title(m.path + " er ændret på disken, siden du åbnede den. Overskriv den?").
			Affirmative("Ja").Negative("Nej").Value(&overwrite))); err != nil {
			return err
		}
		if !overwrite {
			say("Ikke gemt. Dine svar ligger i %s.", m.recoveryPath())
			return nil
		}
		m.save(true)
	}
	say("\n%s", m.status)
	if m.statusErr && m.dirty() {
		return fmt.Errorf("svarene blev ikke gemt")
	}
	return nil
}

func editItem(m *Model, c *collection, i int, run func(...*huh.Group) error) error {
	_, _, sync := c.form(m, i)
	m.formSync = sync
	defer func() { m.formSync = nil }()
	return run(m.groups...)
}
