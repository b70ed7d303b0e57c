package tui

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/content/policy"
	"github.com/privatliv/privatliv/drafts"
)

// A burst of keys costs work per change, not per key: at most one preview
// render and one check run at a time, keys typed meanwhile start none of
// their own and neither compare nor copy the answers, a render that is back
// while keys still come faster than frames waits for a pause (or 100 ms),
// and the render after the last key starts a frame after it and shows the
// final text. Counted, not timed: the clock is the test's, and the work
// comes back when the test says, either after every 25th of keys typed a
// millisecond apart (slow work), or right after each of keys typed 3 ms
// apart (fast work).
func TestBurstWorksPerChange(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    *drafts.Answers
	}{
		{"largest example", largestExample(t)},
		{"five times the largest", scaled(t, 5)},
		{"new questionnaire", nil},
	} {
		for _, pace := range []struct {
			name  string
			gap   time.Duration // between keys
			every int           // the work comes back after every so many keys
		}{
			{"slow work", time.Millisecond, 25},
			{"fast work", 3 * time.Millisecond, 1},
		} {
			t.Run(tc.name+"/"+pace.name, func(t *testing.T) {
				m := newTestModel(t, tc.a, "", 200, 50)
				flush(m)
				if m.pvJob != nil || m.ckJob != nil {
					t.Fatal("background work still running after flush")
				}
				if f := m.form.GetFocusedField(); f == nil || f.GetKey() != "controller.name" {
					t.Fatalf("the company name is not the focused field")
				}
				now := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
				m.clock = func() time.Time { return now }
				before := m.a.Controller.Name
				typed := strings.Repeat("lorem ipsum ", 9)[:100]
				bg := newBurstCount(m)
				var heldAt time.Time
				// resume delivers the resumeMsg held work waits for, once
				// its frame time is up.
				resume := func() {
					if !m.held {
						heldAt = time.Time{}
						return
					}
					if heldAt.IsZero() {
						heldAt = now
					}
					if now.Sub(heldAt) >= frameGap {
						heldAt = time.Time{}
						pvBusy, ckBusy := m.pvJob != nil, m.ckJob != nil
						m.Update(resumeMsg{})
						bg.add(t, m, pvBusy, ckBusy)
					}
				}
				for i, r := range typed {
					now = now.Add(pace.gap)
					resume()
					pvBusy, ckBusy := m.pvJob != nil, m.ckJob != nil
					wait := pvBusy || ckBusy || m.held
					snap := m.snap
					m.Update(keyPress(string(r)))
					bg.add(t, m, pvBusy, ckBusy)
					if wait && m.snap != snap {
						t.Fatalf("key %d copied the answers while work was running or held", i+1)
					}
					if wait && (m.pvJob != nil) != pvBusy {
						t.Fatalf("key %d started a render while work was running or held", i+1)
					}
					if (i+1)%pace.every == 0 {
						bg.finish(t, m, 1)
					}
				}
				last := now
				// After the last key: the running work comes back, and the
				// held one starts a frame later.
				for n := 0; n < 10 && (m.pvJob != nil || m.ckJob != nil || m.held); n++ {
					bg.finish(t, m, 1)
					now = now.Add(frameGap)
					resume()
					resume()
				}
				if m.pvJob != nil || m.ckJob != nil || m.held || m.unnoted {
					t.Fatal("background work left over after the burst")
				}
				if m.renderAt.Sub(last) > 2*frameGap {
					t.Errorf("the last render started %v after the last key", m.renderAt.Sub(last))
				}
				if got, want := m.a.Controller.Name, before+typed; got != want {
					t.Fatalf("the name is %q, want %q", got, want)
				}
				if bg.previews > 6 || bg.checks > 6 {
					t.Errorf("100 keys started %d preview renders and %d checks; at most 6 of each expected", bg.previews, bg.checks)
				}
				if c := m.Counts(); c.Previews != int64(bg.previews) || c.Checks != int64(bg.checks) {
					t.Errorf("the counts say %d renders and %d checks, the test saw %d and %d", c.Previews, c.Checks, bg.previews, bg.checks)
				}
				t.Logf("%d renders, %d checks", bg.previews, bg.checks)
				// The preview and the findings are those of the final answers.
				ids, texts := sectionText(policy.Generate(m.a))
				if !reflect.DeepEqual(ids, m.textsFor.ids) || !reflect.DeepEqual(texts, m.textsFor.texts) {
					t.Error("the preview's policy is not the final answers' policy")
				}
				style, w := m.previewStyle()
				for i, k := range renderKeys(texts, style, w) {
					if m.pv.parts[i] != m.r.render(k) {
						t.Errorf("section %s is not shown as rendered for the final answers", ids[i])
					}
				}
				if !strings.Contains(strings.Join(m.pv.lines, "\n"), "lorem ipsum lorem") {
					t.Error("the preview does not show the typed name")
				}
				if want := check.Check(m.a, m.opts.Now()); !reflect.DeepEqual(m.findings, want) {
					t.Errorf("the findings are not the final answers':\n%v\nwant\n%v", m.findings, want)
				}
				if !m.looksDirty() || !strings.Contains(screen(m), "ikke gemt") {
					t.Error("the typed name is not marked unsaved")
				}
			})
		}
	}
}

// burstCount follows the preview renders and checks the wizard starts and
// that come back, and fails the test when one starts while another of its
// kind runs.
type burstCount struct {
	previews, checks int // started during the burst
	pv0, ck0         int // started before it
}

func newBurstCount(m *Model) *burstCount {
	return &burstCount{pv0: m.counts.previewsStarted, ck0: m.counts.checksStarted}
}

// add takes the count after an Update that began with a preview render
// (pvBusy) or a check (ckBusy) running or not.
func (c *burstCount) add(t *testing.T, m *Model, pvBusy, ckBusy bool) {
	t.Helper()
	pv := m.counts.previewsStarted - c.pv0 - c.previews
	ck := m.counts.checksStarted - c.ck0 - c.checks
	if pv > 0 && pvBusy || ck > 0 && ckBusy || pv > 1 || ck > 1 {
		t.Fatalf("%d preview renders and %d checks started, with a render running %v and a check %v", pv, ck, pvBusy, ckBusy)
	}
	if pv > 0 && m.pvJob == nil || ck > 0 && m.ckJob == nil {
		t.Fatal("work started, and the model does not know it runs")
	}
	c.previews += pv
	c.checks += ck
}

// finish lets the running work come back, in the order Bubble Tea would
// deliver it, rounds times or until there is none.
func (c *burstCount) finish(t *testing.T, m *Model, rounds int) {
	t.Helper()
	for range rounds {
		if m.pvJob == nil && m.ckJob == nil {
			return
		}
		if pv := m.pvJob; pv != nil {
			msg := pv()
			ckBusy := m.ckJob != nil
			m.Update(msg)
			c.add(t, m, false, ckBusy)
		}
		if ck := m.ckJob; ck != nil {
			msg := ck()
			pvBusy := m.pvJob != nil
			m.Update(msg)
			c.add(t, m, pvBusy, false)
		}
	}
}

// In a burst, View draws at most one frame per frame time and hands back
// the last one otherwise; a frameMsg is then on its way, and the View after
// it draws the state after the last key.
func TestFramesCoalesce(t *testing.T) {
	m := newTestModel(t, example(t, "helle-falsberg"), "", 120, 40)
	flush(m)
	t0 := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	now := t0
	m.clock = func() time.Time { return now }
	first := m.View().Content
	now = t0.Add(frameGap / 4)
	_, cmd := m.Update(keyPress("Q"))
	if cmd == nil || !m.frameDue {
		t.Fatal("a key within a frame time of the last frame asked for no frame later")
	}
	if got := m.View().Content; got != first {
		t.Error("a second frame was drawn within a frame time")
	}
	now = t0.Add(frameGap / 2)
	m.Update(keyPress("W"))
	now = t0.Add(frameGap)
	m.Update(frameMsg{})
	if m.frameDue {
		t.Error("the frame asked for was not taken")
	}
	if got := m.View().Content; !strings.Contains(got, "WebdesignQW") {
		t.Errorf("the frame after the burst does not show its last key:\n%s", got)
	}
	// A key on its own, a frame time or more after the last frame, is
	// drawn at once.
	now = now.Add(2 * frameGap)
	if _, cmd := m.Update(keyPress("E")); m.frameDue || !strings.Contains(m.View().Content, "WebdesignQWE") {
		t.Errorf("a key on its own was not drawn at once (command %v)", cmd != nil)
	}
	// Quitting is drawn at once.
	m.reuse, m.quitting = true, true
	if got := m.View().Content; got != "" {
		t.Error("the frame after quitting is not empty")
	}
}
