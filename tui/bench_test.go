package tui

import (
	"sort"
	"testing"
	"time"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"github.com/privatliv/privatliv/content/policy"
	"github.com/privatliv/privatliv/drafts"
)

// largestExample is the example answer file with the longest policy.
func largestExample(b testing.TB) *drafts.Answers {
	var best *drafts.Answers
	size := 0
	for _, name := range drafts.Examples() {
		a, err := drafts.Example(name)
		if err != nil {
			b.Fatal(err)
		}
		if n := len(policy.Generate(a).Markdown(policy.MarkdownOptions{})); n > size {
			best, size = a, n
		}
	}
	return best
}

func benchModel(b *testing.B) *Model {
	m := New(Options{Answers: largestExample(b), RecoveryDir: b.TempDir(), AutosaveDelay: time.Hour})
	m.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	flush(m)
	m.View()
	return m
}

// keystrokes alternates typing and deleting a letter in the company name,
// so the answers keep changing but do not grow.
func keystroke(i int) tea.KeyPressMsg {
	if i%2 == 0 {
		return keyPress("x")
	}
	return tea.KeyPressMsg{Code: tea.KeyBackspace}
}

func reportPercentiles(b *testing.B, d []time.Duration) {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	if len(d) == 0 {
		return
	}
	b.ReportMetric(float64(d[len(d)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(d[len(d)*99/100].Microseconds())/1000, "ms-p99")
}

// BenchmarkKeystrokeCached is one key typed into a text field on the largest
// example at 200x50: Update and View, as the wizard does it (Glamour runs
// later, in a command, outside this measurement).
func BenchmarkKeystrokeCached(b *testing.B) {
	m := benchModel(b)
	d := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		m.Update(keystroke(i))
		m.View()
		d = append(d, time.Since(t0))
	}
	b.StopTimer()
	reportPercentiles(b, d)
}

// BenchmarkKeystrokeNaive is the same key in a naive wizard: it renders the
// whole policy with Glamour inside Update and builds huh's theme afresh.
func BenchmarkKeystrokeNaive(b *testing.B) {
	m := benchModel(b)
	tr, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(m.previewWidth()-2))
	if err != nil {
		b.Fatal(err)
	}
	vp := viewport.New(viewport.WithWidth(m.previewWidth()), viewport.WithHeight(m.bodyHeight()))
	d := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		m.Update(keystroke(i))
		out, _ := tr.Render(string(policy.Generate(m.a).Markdown(policy.MarkdownOptions{})))
		vp.SetContent(out) // the naive preview lays out the whole policy again
		vp.View()
		m.theme = cachedTheme(false) // a fresh cache: huh rebuilds its styles
		m.form.WithTheme(m.theme)
		m.View()
		d = append(d, time.Since(t0))
	}
	b.StopTimer()
	reportPercentiles(b, d)
}

// BenchmarkPreviewSection is rendering one changed section with Glamour,
// the work a keystroke hands to a command.
func BenchmarkPreviewSection(b *testing.B) {
	p := policy.Generate(largestExample(b))
	tr, _ := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(96))
	text := p.Sections[4].Markdown()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tr.Render(text)
	}
}

// BenchmarkFirstFrame is the wizard's own start-up work: build the model on
// the largest example for the terminal's size (which privatliv reads before
// it starts), initialise it, take the size message and draw the first
// frame, in the order Bubble Tea does (the commands Init starts run on other
// goroutines and are not timed). Process start (package initialisation)
// comes on top; docs/performance.md has both.
func BenchmarkFirstFrame(b *testing.B) {
	a := largestExample(b)
	dir := b.TempDir()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := New(Options{Answers: a, RecoveryDir: dir, AutosaveDelay: time.Hour, Width: 200, Height: 50})
		m.Init()
		m.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
		m.View()
	}
}
