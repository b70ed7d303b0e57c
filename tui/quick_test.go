package tui

import (
	"os"
	"reflect"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
)

// quick marks models whose tests do not look at the preview or wait for
// the check: run skips the commands that render and check in the
// background, which are most of a key's cost. Such a test calls
// m.refreshFindings itself when it needs the findings.
var quick sync.Map // *Model -> true

// backgroundCode are the code pointers of the commands quick skips: every
// closure a command constructor returns shares its code.
var backgroundCode = sync.OnceValue(func() map[uintptr]bool {
	m := New(Options{NoColor: true, RecoveryDir: os.TempDir(), Width: 80, Height: 24})
	defer m.Close()
	return map[uintptr]bool{
		reflect.ValueOf(m.findingsCmd()).Pointer(): true,
		reflect.ValueOf(m.previewCmd()).Pointer():  true,
		// The autosave's timer.
		reflect.ValueOf(tea.Tick(time.Millisecond, func(time.Time) tea.Msg { return nil })).Pointer(): true,
	}
})

func skipped(m *Model, c tea.Cmd) bool {
	if _, ok := quick.Load(m); !ok {
		return false
	}
	return backgroundCode()[reflect.ValueOf(c).Pointer()]
}
