package tui

import "regexp"

// The preview shows each address once. Glamour writes a Markdown link as
// its text followed by its address, so "[a@b.dk](mailto:a@b.dk)" read
// "a@b.dk mailto:a@b.dk"; the saved policy keeps its links.

var (
	mailLinkRE = regexp.MustCompile(`\[(?:[^\]\\]|\\.)*\]\(mailto:([^()\s]+)\)`)
	webLinkRE  = regexp.MustCompile(`\[((?:[^\]\\]|\\.)*)\]\(<https?://[^<>\s]+>\)`)
)

// previewLinks writes the policy's e-mail links as addresses Glamour shows
// once, and its web links as their text.
func previewLinks(md string) string {
	md = mailLinkRE.ReplaceAllString(md, "<$1>")
	return webLinkRE.ReplaceAllString(md, "$1")
}
