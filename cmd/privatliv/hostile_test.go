package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/privatliv/privatliv/internal/inert"
)

// Regression tests for the security review
// (/work/shared/reference/reviews/security-review.md): each reproduces an
// attack or fault it found.

// hostileCopy writes helle-falsberg to dir/name with old replaced by new.
func hostileCopy(t *testing.T, dir, name, old, new string) string {
	t.Helper()
	src, err := os.ReadFile(helle)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(src, []byte(old)) {
		t.Fatalf("%q not in the example", old)
	}
	path := filepath.Join(dir, name)
	os.WriteFile(path, bytes.Replace(src, []byte(old), []byte(new), 1), 0o644)
	return path
}

// noControls fails when anything written holds a control character other
// than newline and tab.
func noControls(t *testing.T, what, s string) {
	t.Helper()
	if bad := inert.Unsafe(s, true); bad != "" {
		t.Errorf("%s writes %s to the terminal:\n%q", what, bad, s)
	}
}

// Review 1: `check` called a file whose name retitles the window clean.
// Every escape of the corpus in the name is an error with its line, and
// nothing written holds a control character.
func TestCheckRefusesEscapesInAnswers(t *testing.T) {
	dir := t.TempDir()
	for i, esc := range inert.Corpus {
		lit := strings.Trim(tomlQuote(esc), `"`)
		x := hostileCopy(t, dir, "x"+itoa3(i)+".toml", `name = "Helle Falsberg Webdesign"`, `name = "Helle`+lit+`"`)
		code, out, errOut := runCLI(t, "check", x)
		if code != 1 || !strings.Contains(out, x+":17: fejl: art. 13(1)(a): controller.name: ") || !strings.Contains(out, "styretegnet") && !strings.Contains(out, "flere linjer") {
			t.Errorf("check of a name with %q: exit %d\n%s%s", esc, code, out, errOut)
		}
		noControls(t, "check", out+errOut)
		code, out, errOut = runCLI(t, "render", x)
		if code != 1 || out != "" {
			t.Errorf("render of a name with %q: exit %d, %d bytes out", esc, code, len(out))
		}
		noControls(t, "render", errOut)
	}
}

// tomlQuote writes s as a TOML basic string, escaping every control
// character as \uXXXX.
func tomlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '\\' || r == '"':
			b.WriteByte('\\')
		case inert.IsControl(r):
			b.WriteString(`\u` + hex4(r))
			continue
		}
		b.WriteRune(r)
	}
	b.WriteByte('"')
	return b.String()
}

func hex4(r rune) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[r>>12&15], digits[r>>8&15], digits[r>>4&15], digits[r&15]})
}

// Review 2: `render firma.toml -o firma.toml` exited 0 and the answers
// were gone; so with record, and through other names for the same file.
func TestOutputNeverReplacesTheAnswerFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "firma.toml")
	src, _ := os.ReadFile(helle)
	os.WriteFile(file, src, 0o644)
	os.Symlink("firma.toml", filepath.Join(dir, "link.md"))
	os.Link(file, filepath.Join(dir, "hard.md"))
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	for _, out := range []string{file, filepath.Join(dir, "sub", "..", "firma.toml"), filepath.Join(dir, "link.md"), filepath.Join(dir, "hard.md")} {
		for _, args := range [][]string{
			{"render", file, "-o", out},
			{"render", file, "-f", "html", "-o", out},
			{"record", file, "-o", out},
			{"record", file, "-f", "xlsx", "-o", out},
			{"render", file, "--for", "customers", "-o", out},
			{"processors", file, "-o", out},
			{"retention", file, "-f", "html", "-o", out},
			{"texts", file, "-o", out},
		} {
			code, _, errOut := runCLI(t, args...)
			if code != 2 || !strings.Contains(errOut, "er svarfilen") {
				t.Errorf("%v: exit %d, %q", args, code, errOut)
			}
			if got, _ := os.ReadFile(file); !bytes.Equal(got, src) {
				t.Fatalf("%v changed the answer file", args)
			}
		}
	}
	// "-o -" is standard output.
	if code, out, _ := runCLI(t, "render", file, "-o", "-"); code != 0 || !strings.HasPrefix(out, "# Privatlivspolitik") {
		t.Errorf("-o -: exit %d, %.40q", code, out)
	}
}

// Review 2: -o replaced a device node (as root /dev/null), a FIFO, and a
// symbolic link.
func TestOutputNeverReplacesANonRegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	outs := []string{fifo, dir}
	if os.Geteuid() == 0 {
		null := filepath.Join(dir, "null")
		if err := syscall.Mknod(null, syscall.S_IFCHR|0o666, 1<<8|3); err == nil {
			outs = append(outs, null)
		}
	}
	for _, out := range outs {
		for _, cmd := range []string{"render", "processors", "retention", "texts"} {
			code, _, errOut := runCLI(t, cmd, helle, "-o", out)
			if code != 2 || !strings.Contains(errOut, "ikke en almindelig fil") && !strings.Contains(errOut, "mappe") {
				t.Errorf("%s -o %s: exit %d, %q", cmd, filepath.Base(out), code, errOut)
			}
			if info, _ := os.Lstat(out); info.Mode().IsRegular() {
				t.Errorf("%s: %s was replaced by a regular file", cmd, out)
			}
		}
	}
	// A symbolic link to a policy is followed: the policy is updated, the
	// link stays.
	target := filepath.Join(dir, "site", "privatliv.md")
	os.Mkdir(filepath.Dir(target), 0o755)
	os.WriteFile(target, []byte("gammel"), 0o640)
	link := filepath.Join(dir, "politik.md")
	os.Symlink(target, link)
	if code, _, errOut := runCLI(t, "render", helle, "-o", link); code != 0 {
		t.Fatalf("render -o link: %d %s", code, errOut)
	}
	info, _ := os.Lstat(link)
	got, _ := os.ReadFile(target)
	if info.Mode()&os.ModeSymlink == 0 || !bytes.HasPrefix(got, []byte("# Privatlivspolitik")) {
		t.Errorf("through a link: link kept %v, target holds %.20q", info.Mode()&os.ModeSymlink != 0, got)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o640 {
		t.Errorf("the target's mode became %v", st.Mode().Perm())
	}
}

// In a batch, an output that is an answer file (through a link) is refused
// before anything is written.
func TestBatchNeverReplacesAnAnswerFile(t *testing.T) {
	dir := t.TempDir()
	src, _ := os.ReadFile(helle)
	os.WriteFile(filepath.Join(dir, "a.toml"), src, 0o644)
	os.WriteFile(filepath.Join(dir, "b.toml"), src, 0o644)
	os.Symlink("b.toml", filepath.Join(dir, "a.md"))
	code, _, errOut := runCLI(t, "render", dir)
	if code != 2 || !strings.Contains(errOut, "er svarfilen") {
		t.Errorf("render DIR with a.md -> b.toml: exit %d, %q", code, errOut)
	}
	os.Symlink("b.toml", filepath.Join(dir, "a-tekster.md"))
	code, _, errOut = runCLI(t, "texts", dir)
	if code != 2 || !strings.Contains(errOut, "er svarfilen") {
		t.Errorf("texts DIR with a-tekster.md -> b.toml: exit %d, %q", code, errOut)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "b.toml")); !bytes.Equal(got, src) {
		t.Error("b.toml was written over")
	}
}

// Review 5: a FIFO hung every command; /dev/zero was read without limit.
// Each is now answered at once.
func TestFIFOAndDevicesAreRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	for _, args := range [][]string{
		{"check", fifo}, {"render", fifo}, {"record", fifo}, {"migrate", fifo}, {"edit", fifo},
		{"diff", fifo, helle}, {"cookies", "import", fifo}, {"cookies", "import", "../../drafts/cookiescan/testdata/import/cookiebot.csv", "--into", fifo},
		{"check", "/dev/zero"}, {"render", "/dev/zero"}, {"cookies", "import", "/dev/zero"},
	} {
		code, _, errOut := runCLI(t, args...)
		if code == 0 || !strings.Contains(errOut+"", "ikke en almindelig fil") {
			_, out, _ := runCLI(t, args...)
			if !strings.Contains(out, "ikke en almindelig fil") {
				t.Errorf("%v: exit %d, %q %q", args, code, errOut, out)
			}
		}
	}
	// A FIFO among the files of a directory: the others are rendered.
	src, _ := os.ReadFile(helle)
	os.WriteFile(filepath.Join(dir, "firma.toml"), src, 0o644)
	code, _, errOut := runCLI(t, "render", dir)
	if code != 1 || !strings.Contains(errOut, "fifo.toml") || !strings.Contains(errOut, "Skrev 1 af 2") {
		t.Errorf("render DIR with a FIFO: exit %d, %q", code, errOut)
	}
}

// Review 5: 8,000 nested inline tables took 26 s and 3.3 GB, as render DIR
// 6.1 GB. They are refused with their line (BenchmarkHostileFiles times
// them).
func TestDeepNestingRefused(t *testing.T) {
	dir := t.TempDir()
	deep := filepath.Join(dir, "d.toml")
	os.WriteFile(deep, []byte("schema = 2\nx = "+strings.Repeat("{a=", 8000)+"1"+strings.Repeat("}", 8000)+"\n"), 0o644)
	code, out, _ := runCLI(t, "check", deep)
	if code != 1 || !strings.Contains(out, deep+":2:") || !strings.Contains(out, "inde i hinanden") {
		t.Errorf("check: exit %d, %q", code, out)
	}
	code, _, errOut := runCLI(t, "render", dir)
	if code != 1 || !strings.Contains(errOut, "inde i hinanden") {
		t.Errorf("render DIR: exit %d, %q", code, errOut)
	}
}

// Review 6: `diff git:--output=PWNED:firma.toml firma.toml` made git write
// a file.
func TestGitRevisionIsNeverAnOption(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	c := exec.Command("git", "init", "-q")
	c.Dir = dir
	if err := c.Run(); err != nil {
		t.Skip(err)
	}
	src, _ := os.ReadFile(helle)
	os.WriteFile(filepath.Join(dir, "firma.toml"), src, 0o644)
	t.Chdir(dir)
	for _, rev := range []string{"--output=PWNED", "-oPWNED", "--output=PWNED HEAD", "HEAD --output=PWNED", "HEAD\x1b]0;X\a"} {
		code, _, errOut := runCLI(t, "diff", "git:"+rev+":firma.toml", "firma.toml")
		if code != 2 || !strings.Contains(errOut, "er ikke en git-revision") {
			t.Errorf("git:%s: exit %d, %q", rev, code, errOut)
		}
		noControls(t, "diff", errOut)
		if _, err := os.Stat(filepath.Join(dir, "PWNED")); err == nil {
			t.Fatalf("git:%s made git write a file", rev)
		}
	}
}

// Review 1: `cookies import` printed a scan's cookie names raw, and --into
// stored them.
func TestCookieImportOfAHostileScan(t *testing.T) {
	dir := t.TempDir()
	var csv strings.Builder
	csv.WriteString("Name;Provider;Purpose;Expiry;Category\n")
	for i, esc := range inert.Corpus {
		if strings.ContainsAny(esc, ";\n\r\"") {
			continue
		}
		csv.WriteString("k" + itoa3(i) + esc + ";butik.dk" + esc + ";Husker" + esc + ";1 year;Preferences\n")
		csv.WriteString("u" + itoa3(i) + esc + ";tracker" + esc + ".example;;Session;Unclassified\n")
	}
	scan := filepath.Join(dir, "scan.csv")
	os.WriteFile(scan, []byte(csv.String()), 0o644)
	code, out, errOut := runCLI(t, "cookies", "import", scan)
	if code != 0 || !strings.Contains(out, "kendte cookies") {
		t.Fatalf("import: exit %d\n%s%s", code, out, errOut)
	}
	noControls(t, "cookies import", out+errOut)
	file := filepath.Join(dir, "firma.toml")
	src, _ := os.ReadFile(helle)
	os.WriteFile(file, src, 0o644)
	code, out, errOut = runCLI(t, "cookies", "import", scan, "--into", file)
	if code != 0 {
		t.Fatalf("import --into: exit %d\n%s%s", code, out, errOut)
	}
	noControls(t, "cookies import --into", out+errOut)
	// What was stored holds no control character: check finds none.
	_, out, _ = runCLI(t, "check", file)
	if strings.Contains(out, "styretegn") {
		t.Errorf("the scan's control characters reached the answer file:\n%s", out)
	}
}

// Review 7: batch errors went to standard output, with file names raw.
func TestBatchErrorsOnStandardErrorAndInert(t *testing.T) {
	dir := t.TempDir()
	name := "kunde\x1b]0;HIJACKED\x07\x9b.toml" // not UTF-8 either
	if err := os.WriteFile(filepath.Join(dir, name), []byte("schema = 2\n[controller]\nnavn = \"x\"\n"), 0o644); err != nil {
		t.Skip(err)
	}
	src, _ := os.ReadFile(helle)
	os.WriteFile(filepath.Join(dir, "firma.toml"), src, 0o644)
	code, out, errOut := runCLI(t, "render", dir)
	if code != 1 || out != "" || !strings.Contains(errOut, `kunde\u001b]0;HIJACKED\u0007\x9b.toml`) {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	noControls(t, "render DIR", errOut)
	code, out, errOut = runCLI(t, "check", filepath.Join(dir, name))
	if code != 1 {
		t.Errorf("check: exit %d", code)
	}
	noControls(t, "check", out+errOut)
}

// Review 3: migrate replaced a symbolic link with a file and changed the
// file's owner.
func TestMigrateThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../drafts/testdata/schema1/klinik-vesterbro.toml")
	if err != nil {
		t.Fatal(err)
	}
	real := filepath.Join(dir, "klinik.toml")
	os.WriteFile(real, src, 0o640)
	if os.Geteuid() == 0 {
		os.Chown(real, 65534, 65534)
	}
	link := filepath.Join(dir, "link.toml")
	os.Symlink("klinik.toml", link)
	if code, _, errOut := runCLI(t, "migrate", link); code != 0 {
		t.Fatalf("migrate: %d %s", code, errOut)
	}
	if info, _ := os.Lstat(link); info.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
	got, _ := os.ReadFile(real)
	info, _ := os.Stat(real)
	if !bytes.Contains(got, []byte("schema = 2")) || info.Mode().Perm() != 0o640 {
		t.Errorf("target: migrated %v, mode %v", bytes.Contains(got, []byte("schema = 2")), info.Mode().Perm())
	}
	if st := info.Sys().(*syscall.Stat_t); os.Geteuid() == 0 && st.Uid != 65534 {
		t.Errorf("owner became %d", st.Uid)
	}
}

// Review 7: "no space left on device" and other English from the system.
func TestMessagesInDanishForFileErrors(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"check", filepath.Join(dir, "mangler.toml")}, "findes ikke"},
		{[]string{"check", dir}, "mappe"},
		{[]string{"render", helle, "-o", filepath.Join(dir, "ingen", "mappe", "x.md")}, "findes ikke"},
	} {
		_, out, errOut := runCLI(t, c.args...)
		if !strings.Contains(out+errOut, c.want) || strings.Contains(out+errOut, "no such file") {
			t.Errorf("%v: %q%q", c.args, out, errOut)
		}
	}
}
