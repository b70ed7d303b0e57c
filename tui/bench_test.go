package tui

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/huh/v2"
	"github.com/privatliv/privatliv/content/policy"
	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/drafts/draftstest"
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
		m.frameAt = time.Time{} // a key on its own: View draws afresh
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

// scaled is the largest example grown n-fold (drafts/draftstest).
func scaled(b testing.TB, n int) *drafts.Answers {
	a, err := drafts.Example(draftstest.Largest)
	if err != nil {
		b.Fatal(err)
	}
	s, err := draftstest.Scaled(a, n)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// growth runs f as sub-benchmarks on the largest example at 1x, 2x and 5x,
// with the time per byte of the answer file: linear growth shows as a
// steady ns/file-byte, and a falling one as growth slower than the file's.
// The sizes of the file and of its policy are reported too.
func growth(b *testing.B, f func(b *testing.B, a *drafts.Answers)) {
	for _, n := range []int{1, 2, 5} {
		a := scaled(b, n)
		file := len(encodeAnswers(a, "svar.toml"))
		size := len(policy.Generate(a).Markdown(policy.MarkdownOptions{}))
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			b.ReportAllocs()
			f(b, a)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(file), "ns/file-byte")
			b.ReportMetric(float64(file)/1000, "file-kB")
			b.ReportMetric(float64(size)/1000, "policy-kB")
		})
	}
}

// BenchmarkGrowthGenerate is answers to the preview's sections (content's
// Generate and the sections' Markdown), the first half of a preview render.
func BenchmarkGrowthGenerate(b *testing.B) {
	growth(b, func(b *testing.B, a *drafts.Answers) {
		for b.Loop() {
			sectionText(policy.Generate(a))
		}
	})
}

// BenchmarkGrowthCheck is the check a change starts: the answers encoded
// as the file would be, read back and checked.
func BenchmarkGrowthCheck(b *testing.B) {
	growth(b, func(b *testing.B, a *drafts.Answers) {
		now := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
		for b.Loop() {
			checkAnswers(a, nil, "", now)
		}
	})
}

// BenchmarkGrowthRender is Glamour on every section of the preview at
// 200x50, none of them cached: the second half of a preview render, and
// the most it can cost (a typed key usually changes a few sections).
func BenchmarkGrowthRender(b *testing.B) {
	growth(b, func(b *testing.B, a *drafts.Answers) {
		_, texts := sectionText(policy.Generate(a))
		ks := renderKeys(texts, glamourStyle(true, false), 96)
		r := newRenderer()
		r.render(ks[0]) // Glamour's renderer for the style and width, made once per wizard
		for b.Loop() {
			r.cache = map[renderKey]*rendering{}
			for _, k := range ks {
				r.render(k)
			}
		}
	})
}

// BenchmarkGrowthKeystroke is BenchmarkKeystrokeCached on the grown files:
// Update and View of one key, which must not grow with the policy.
func BenchmarkGrowthKeystroke(b *testing.B) {
	growth(b, func(b *testing.B, a *drafts.Answers) {
		m := New(Options{Answers: a, RecoveryDir: b.TempDir(), AutosaveDelay: time.Hour})
		m.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
		flush(m)
		m.View()
		i := 0
		for b.Loop() {
			m.frameAt = time.Time{} // a key on its own: View draws afresh
			m.Update(keystroke(i))
			m.View()
			i++
		}
	})
}

// BenchmarkKeystrokeBare is one key in docs/barehuh's form, the bare huh
// form docs/keystroke.py compares privatliv with: Update and View, as
// Bubble Tea calls them.
func BenchmarkKeystrokeBare(b *testing.B) {
	name := "Nordlys Keramik ApS"
	f := huh.NewForm(huh.NewGroup(
		huh.NewInput().Title("Virksomhedens navn").Description("Som det står i CVR-registret.").Value(&name),
	))
	f.Init()
	f.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	f.View()
	i := 0
	for b.Loop() {
		f.Update(keystroke(i))
		f.View()
		i++
	}
}
