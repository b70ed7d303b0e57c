//go:build !linux

package tui

// lowerPriority is Linux only: elsewhere a priority is the whole process's.
func lowerPriority() {}
