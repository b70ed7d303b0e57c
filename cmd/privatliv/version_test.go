package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

// TestVersionText: --version names the module version and the commit the
// binary was built from, as Go records them; a release's -ldflags version
// wins; a binary built without either says so instead of "dev".
func TestVersionText(t *testing.T) {
	vcs := []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: "5854786abcdef0123456789abcdef0123456789a"},
		{Key: "vcs.time", Value: "2026-12-06T21:30:00Z"},
		{Key: "vcs.modified", Value: "false"},
	}
	dirty := append(append([]debug.BuildSetting(nil), vcs[:3]...), debug.BuildSetting{Key: "vcs.modified", Value: "true"})
	info := func(version string, settings []debug.BuildSetting) *debug.BuildInfo {
		return &debug.BuildInfo{Main: debug.Module{Path: "github.com/privatliv/privatliv", Version: version}, Settings: settings}
	}
	for _, c := range []struct {
		name, ldflags string
		info          *debug.BuildInfo
		want          string
	}{
		{"go build in a clone", "", info("v0.0.0-20261206213000-5854786abcde", vcs), "v0.0.0-20261206213000-5854786abcde (commit 5854786abcde fra 6. december 2026)"},
		{"go install of a tag", "", info("v1.2.0", nil), "v1.2.0"},
		{"release build", "v1.2.3", info("(devel)", vcs), "v1.2.3 (commit 5854786abcde fra 6. december 2026)"},
		{"uncommitted changes", "", info("(devel)", dirty), "udviklingsudgave (commit 5854786abcde fra 6. december 2026 med ændringer, der ikke var committet)"},
		{"go run", "", info("(devel)", nil), "udviklingsudgave uden oplysninger om version og commit (bygget med go run eller uden git)"},
		{"no build info", "", nil, "udviklingsudgave uden oplysninger om version og commit (bygget med go run eller uden git)"},
	} {
		if got := versionText(c.ldflags, c.info); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
	if code, out, _ := runCLI(t, "--version"); code != 0 || !strings.HasPrefix(out, "privatliv version ") || strings.Contains(out, " dev\n") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}
