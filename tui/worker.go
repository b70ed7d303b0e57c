package tui

import (
	"runtime"
	"sync"

	tea "charm.land/bubbletea/v2"
)

// The preview's renders and the checks run on goroutines of their own, each
// on an operating-system thread of lower priority where the system allows
// it (see lowerPriority), so that on a busy machine the keys and frames come
// first and the background work takes what is left: a burst of typing
// reaches the screen as fast as in a form with no preview, and the preview
// follows.

// worker runs jobs one after another on a thread of its own.
type worker struct {
	once sync.Once
	jobs chan func()
}

var previewWorker, checkWorker worker

// run runs job on w's thread and returns its message.
func (w *worker) run(job func() tea.Msg) tea.Msg {
	w.once.Do(func() {
		w.jobs = make(chan func())
		go func() {
			// The thread is this goroutine's alone, for good: its lower
			// priority never passes to other goroutines.
			runtime.LockOSThread()
			lowerPriority()
			for f := range w.jobs {
				f()
			}
		}()
	})
	done := make(chan tea.Msg, 1)
	w.jobs <- func() { done <- job() }
	return <-done
}
