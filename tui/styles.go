package tui

import (
	"sync"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// styles are the wizard's colours for a light or dark terminal. With
// NO_COLOR every style is plain.
type styles struct {
	Title, Step, StepDone, StepTodo, Muted, Error, Warn, OK, Status lipgloss.Style
	Border, Selected, Item, Box                                     lipgloss.Style
}

func newStyles(dark, noColor bool) styles {
	if noColor {
		plain := lipgloss.NewStyle()
		return styles{
			Title: plain.Bold(true), Step: plain.Bold(true), StepDone: plain, StepTodo: plain,
			Muted: plain, Error: plain, Warn: plain, OK: plain, Status: plain,
			Border: plain, Selected: plain.Reverse(true), Item: plain,
			Box: plain.Border(lipgloss.NormalBorder()).Padding(0, 1),
		}
	}
	ld := lipgloss.LightDark(dark)
	accent := ld(lipgloss.Color("#5A3FC0"), lipgloss.Color("#B9A6FF"))
	muted := ld(lipgloss.Color("#6B6B76"), lipgloss.Color("#9A9AA6"))
	red := ld(lipgloss.Color("#B3261E"), lipgloss.Color("#FF8A80"))
	amber := ld(lipgloss.Color("#8A5A00"), lipgloss.Color("#FFCC66"))
	green := ld(lipgloss.Color("#1E6B34"), lipgloss.Color("#7EE2A8"))
	line := ld(lipgloss.Color("#C9C9D3"), lipgloss.Color("#44444F"))
	return styles{
		Title:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		Step:     lipgloss.NewStyle().Bold(true).Foreground(accent),
		StepDone: lipgloss.NewStyle().Foreground(green),
		StepTodo: lipgloss.NewStyle().Foreground(muted),
		Muted:    lipgloss.NewStyle().Foreground(muted),
		Error:    lipgloss.NewStyle().Foreground(red),
		Warn:     lipgloss.NewStyle().Foreground(amber),
		OK:       lipgloss.NewStyle().Foreground(green),
		Status:   lipgloss.NewStyle().Foreground(muted),
		Border:   lipgloss.NewStyle().Foreground(line),
		Selected: lipgloss.NewStyle().Bold(true).Foreground(accent),
		Item:     lipgloss.NewStyle(),
		Box:      lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1),
	}
}

// cachedTheme is huh's Charm theme built once per background, because huh
// rebuilds about a hundred styles on every call otherwise.
func cachedTheme(noColor bool) huh.Theme {
	var (
		mu    sync.Mutex // forms are built by tests running side by side
		cache [2]*huh.Styles
	)
	return huh.ThemeFunc(func(dark bool) *huh.Styles {
		i := 0
		if dark {
			i = 1
		}
		mu.Lock()
		defer mu.Unlock()
		if cache[i] == nil {
			if noColor {
				cache[i] = huh.ThemeBase(dark)
			} else {
				cache[i] = huh.ThemeCharm(dark)
			}
		}
		return cache[i]
	})
}
