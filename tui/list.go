package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/privatliv/privatliv/drafts"
)

// Lists in a step: moving through them, adding, editing and deleting items.

// rows are the list view's lines: each collection's items, then its "add" row.
type row struct {
	coll *collection
	item int // -1 for the "add" row
}

func (m *Model) openItem(c *collection, i int, isNew bool) tea.Cmd {
	m.coll, m.item, m.newItem = c, i, isNew
	m.suggested = nil
	m.show(c.form(m, i))
	m.mode = modeItem
	m.fieldErr = ""
	m.sync()
	return tea.Batch(m.formInit(), m.afterChange(), m.refreshPreview())
}

// closeItem returns to the list; a new item left empty is dropped.
func (m *Model) closeItem() {
	if m.newItem && m.coll.empty != nil && m.coll.item(m.a, m.item) {
		m.coll.remove(m.a, m.item)
	}
	m.hideForm()
	m.mode = modeList
	m.fieldErr = ""
	m.noteChange() // the caller refreshes the preview, which starts the work that follows
}

func (c *collection) item(a *drafts.Answers, i int) bool { return i < c.count(a) && c.empty(a, i) }

func (m *Model) rows() []row {
	var out []row
	for _, c := range steps[m.cur].colls {
		for i := 0; i < c.count(m.a); i++ {
			out = append(out, row{c, i})
		}
		if !c.singleton {
			out = append(out, row{c, -1})
		}
	}
	return out
}

func (m *Model) listKey(k tea.KeyPressMsg) tea.Cmd {
	rows := m.rows()
	m.cursor = max(0, min(m.cursor, len(rows)-1))
	switch {
	case key.Matches(k, keys.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(k, keys.Down):
		m.cursor = min(len(rows)-1, m.cursor+1)
	case k.String() == "tab":
		if m.cursor == len(rows)-1 {
			return m.enterStep(m.cur + 1)
		}
		m.cursor++
	case k.String() == "shift+tab":
		m.cursor = max(0, m.cursor-1)
	case key.Matches(k, keys.Add):
		c := rows[m.cursor].coll
		if c.singleton {
			for _, r := range rows {
				if !r.coll.singleton {
					c = r.coll
					break
				}
			}
		}
		if !c.singleton {
			return m.addItem(c)
		}
	case key.Matches(k, keys.Edit):
		r := rows[m.cursor]
		if r.item < 0 {
			return m.addItem(r.coll)
		}
		return m.openItem(r.coll, r.item, false)
	case key.Matches(k, keys.Delete):
		r := rows[m.cursor]
		if r.item >= 0 && !r.coll.singleton {
			m.coll, m.item = r.coll, r.item
			m.prevMode, m.mode = m.mode, modeConfirmDel
		}
	}
	m.focusSec = rows[m.cursor].coll.section
	return m.refreshPreview()
}

func (m *Model) addItem(c *collection) tea.Cmd {
	m.coll = c
	// A picker with nothing to pick but »your own« is skipped.
	if opts := c.templates; opts != nil && len(opts(m.a)) > 1 {
		m.pick = opts(m.a)[0].Value
		q := newQuestions()
		m.show(q.group("",
			q.pickInt("pick", "Hvad vil du tilføje?", "Vælg "+typical(c.noun)+"; du kan rette alt bagefter. Skriv / for at søge.",
				c.templates(m.a), &m.pick),
		))
		m.mode = modePick
		return m.formInit()
	}
	choice := 0
	if c.templates != nil {
		choice = c.templates(m.a)[0].Value
	}
	i := c.add(m.a, choice)
	rows := m.rows()
	for j, r := range rows {
		if r.coll == c && r.item == i {
			m.cursor = j
		}
	}
	return m.openItem(c, i, true)
}

func (m *Model) deleteKey(k tea.KeyPressMsg) tea.Cmd {
	m.mode = m.prevMode
	yes := key.Matches(k, keys.Confirm) && k.String() != "enter"
	// With what only the item uses, »k« deletes the item alone.
	only := m.deleteNote() != "" && k.String() == "k"
	if yes || only {
		m.setStatus(m.confirmDelete(yes), false)
		m.cursor = max(0, m.cursor-1)
		return tea.Batch(m.afterChange(), m.refreshPreview())
	}
	return nil
}

// typical is "et typisk formål", "en typisk leverandør": Danish nouns have
// two genders.
func typical(noun string) string {
	switch noun {
	case "formål", "cookiebanner":
		return "et typisk " + noun
	}
	return "en typisk " + noun
}
