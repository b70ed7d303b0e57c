package tui

import "syscall"

// lowerPriority makes the calling thread yield to the wizard's other threads
// when the processors are busy: nice 10 on Linux, where each thread has its
// own. Raising the nice value needs no privileges.
func lowerPriority() {
	_ = syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), 10)
}
