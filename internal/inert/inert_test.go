package inert

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTextMakesEveryControlInert(t *testing.T) {
	for _, s := range Corpus {
		for name, f := range map[string]func(string) string{"Text": Text, "Line": Line} {
			got := f("før " + s + " efter")
			if bad := Unsafe(got, name == "Text"); bad != "" {
				t.Errorf("%s(%q) = %q still holds %q", name, s, got, bad)
			}
			if !strings.HasPrefix(got, "før ") || !strings.HasSuffix(got, " efter") {
				t.Errorf("%s(%q) = %q lost the text around it", name, s, got)
			}
		}
	}
	if got := Text("Helle\x1b]0;X\a"); got != `Helle\u001b]0;X\u0007` {
		t.Errorf("Text shows %q", got)
	}
	if got := Text("a\u009bb"); got != `a\u009bb` {
		t.Errorf("Text shows C1 as %q", got)
	}
	if got := Line("navn\xff\x9b.toml"); got != `navn\xff\x9b.toml` {
		t.Errorf("Line shows bytes that are not UTF-8 as %q", got)
	}
}

func TestTextKeepsOrdinaryText(t *testing.T) {
	for _, s := range []string{"", "Helle Falsberg Webdesign", "Æblegrød på Ærø – »citat« · ● ✓", "عربي עברית", "emoji 🍰"} {
		if Text(s) != s || Line(s) != s {
			t.Errorf("ordinary text %q changed: %q / %q", s, Text(s), Line(s))
		}
	}
	if got := Text("linje 1\r\nlinje 2\n\tind"); got != "linje 1\nlinje 2\n\tind" {
		t.Errorf("Text of lines: %q", got)
	}
	if got := Line("linje 1\r\nlinje 2\n\tind"); got != "linje 1 linje 2  ind" {
		t.Errorf("Line of lines: %q", got)
	}
}

func TestWriterKeepsCharactersSplitBetweenWrites(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	in := "Ærø \x1b]0;X\a »ok« \u009b2J"
	for i := 0; i < len(in); i++ { // one byte at a time
		if n, err := w.Write([]byte{in[i]}); n != 1 || err != nil {
			t.Fatalf("write: %d %v", n, err)
		}
	}
	if got, want := buf.String(), Text(in); got != want {
		t.Errorf("byte by byte: %q, want %q", got, want)
	}
}

func TestFrameKeepsColoursAndLinksOnly(t *testing.T) {
	styled := "\x1b[1;38;2;255;0;0mTitel\x1b[m normal\n\x1b[4munder\x1b[0m \x1b]8;id=1;https://www.datatilsynet.dk\aDatatilsynet\x1b]8;;\a"
	if Frame(styled) != styled {
		t.Errorf("Frame changed a styled frame: %q", Frame(styled))
	}
	// A link whose address is not printable is dropped.
	if got := Frame("\x1b]8;;https://x.dk/\x9b2J\aklik\x1b]8;;\a"); strings.Contains(got, "\x9b") || strings.Contains(got, "\x1b]8;;h") {
		t.Errorf("Frame kept a link with a control in it: %q", got)
	}
	for _, s := range Corpus {
		if strings.HasPrefix(s, "\x1b]8;") {
			continue // a hyperlink to a printable address is kept: sources make such text inert
		}
		got := Frame("før " + s + " efter\nnæste linje")
		for _, bad := range []string{"\a", "\x1b]", "\x1b[6n", "\x1b[2J", "\x1b[H", "\u009b", "\u009d", "\u009c", "\u0090", "\r", "\b", "\x00", "\x7f"} {
			if strings.Contains(got, bad) {
				t.Errorf("Frame(%q) = %q still holds %q", s, got, bad)
			}
		}
		if !strings.HasPrefix(got, "før ") || !strings.HasSuffix(got, "næste linje") {
			t.Errorf("Frame(%q) = %q lost the text around it", s, got)
		}
	}
}

func FuzzText(f *testing.F) {
	for _, s := range Corpus {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, multi := range []bool{true, false} {
			got := clean(s, multi)
			if bad := Unsafe(got, multi); bad != "" {
				t.Fatalf("clean(%q, %v) = %q holds %q", s, multi, got, bad)
			}
			if !utf8.ValidString(got) {
				t.Fatalf("clean(%q) is not UTF-8", s)
			}
		}
		if bad := Unsafe(stripSGR(Frame(s)), true); bad != "" {
			t.Fatalf("Frame(%q) holds %q", s, bad)
		}
	})
}

// stripSGR drops the sequences Frame keeps.
func stripSGR(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if n := keptLen(s[i:]); n > 0 {
			i += n
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}
