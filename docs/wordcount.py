#!/usr/bin/env python3
"""Words in each example's privacy policy, as a reader meets them on the HTML page.

Usage: python3 docs/wordcount.py ./privatliv [answer files...]

Renders every example answer file (drafts/examples/*.toml, or the files
given) with `privatliv render --format html`, takes the text of the page's
<body> (the table of contents, headings, tables and prose; not the
stylesheet), and counts words: runs of letters or digits, so »6.1.f« is
three words and »e-mail« two, as a reader's eye counts them roughly.
Prints one line per policy, then the largest and the median.

Art. 12(1) asks for a concise policy; issue 22 set the target: no example
over 2,000 words, the median under 1,700. This is a measurement, not a
test: the numbers go into docs/concise.md.
"""
import glob, html, html.parser, os, re, statistics, subprocess, sys


class BodyText(html.parser.HTMLParser):
    """Collects the text inside <body>, without <style> and <script>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inside, self.skip, self.parts = False, 0, []

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.inside = True
        elif tag in ("style", "script"):
            self.skip += 1
        elif tag in ("p", "li", "td", "th", "h1", "h2", "h3", "br", "tr"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag == "body":
            self.inside = False
        elif tag in ("style", "script"):
            self.skip -= 1

    def handle_data(self, data):
        if self.inside and not self.skip:
            self.parts.append(data)


WORD = re.compile(r"[^\W_]+", re.UNICODE)


def words(page):
    p = BodyText()
    p.feed(page)
    return len(WORD.findall(html.unescape(" ".join(p.parts))))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = sys.argv[2:] or sorted(glob.glob(os.path.join(root, "drafts", "examples", "*.toml")))
    counts = {}
    for f in files:
        out = subprocess.run([binary, "render", f, "--format", "html"], capture_output=True, check=True)
        counts[os.path.basename(f).removesuffix(".toml")] = words(out.stdout.decode("utf-8"))
    width = max(len(n) for n in counts)
    for name, n in counts.items():
        print(f"{name:<{width}}  {n:>5}")
    print(f"{'largest':<{width}}  {max(counts.values()):>5}")
    print(f"{'median':<{width}}  {statistics.median(counts.values()):>5g}")


if __name__ == "__main__":
    main()
