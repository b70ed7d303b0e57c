package tui

import "sync/atomic"

// Counts are what the wizard's background work has done for changes to the
// answers, for docs/keystroke.py: how many changes there were, and how many
// preview renders and checks ran from the first change on (opening the
// answers costs one of each before it). Counting is an atomic add per
// command, not per key, so it is always on; privatliv writes the counts
// only when PRIVATLIV_COUNTS names a file.
type Counts struct {
	Changes  int64 `json:"changes"`  // times the answers were found changed (keys typed while work ran count once)
	Previews int64 `json:"previews"` // preview renders (generate and Glamour) that ran
	Checks   int64 `json:"checks"`   // compliance checks that ran
}

type counters struct {
	changes, previews, checks atomic.Int64
	// renders and checks started, in Update (tests compare them with the
	// ones that came back)
	previewsStarted, checksStarted int
	// the previews and checks that had run at the first change
	basePreviews, baseChecks int64
}

// changed counts a change to the answers.
func (c *counters) changed() {
	if c.changes.Add(1) == 1 {
		c.basePreviews, c.baseChecks = c.previews.Load(), c.checks.Load()
	}
}

// Counts reports the counts so far. It is safe to call while commands run.
func (m *Model) Counts() Counts {
	c := m.counts
	n := Counts{Changes: c.changes.Load()}
	if n.Changes > 0 {
		n.Previews, n.Checks = c.previews.Load()-c.basePreviews, c.checks.Load()-c.baseChecks
	}
	return n
}
