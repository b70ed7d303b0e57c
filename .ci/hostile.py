#!/usr/bin/env python3
"""Write a copy of an answer file with hostile values in its free-text fields.

Usage: hostile.py IN.toml OUT.toml
The values are the kinds of input users paste: tags, script, javascript:
links, Markdown structure, entities, bidi overrides, emoji and combining
marks, and a very long string. Control characters are refused when a file
is loaded (the Go tests feed them through every field), and so are line
breaks outside the texts that may have several lines: those values go only
where privatliv still renders them.
"""
import re, sys

HOSTILE = [
    '<script>alert(1)</script><img src=x onerror=alert(1)>',
    '[klik](javascript:alert(1)) ![billede](https://evil.example/x.png) <https://evil.example>',
    '# Overskrift\n## Under\n| a | b |\n|---|---|\n- liste\n1. nummer\n> citat\n---',
    '&lt;b&gt; &#60;i&#62; &amp; \u202eslettet\u202c \u2067skjult\u2069 😀 e\u0301',
    'Ø' * 100000,
]

def toml_string(s):
    out = []
    for ch in s:
        if ch == '\\': out.append('\\\\')
        elif ch == '"': out.append('\\"')
        elif ch == '\n': out.append('\\n')
        elif ord(ch) < 0x20 or ord(ch) == 0x7f: out.append('\\u%04x' % ord(ch))
        else: out.append(ch)
    return '"' + ''.join(out) + '"'

src = open(sys.argv[1], encoding='utf-8').read()
i = 0
# The texts that may have several lines (drafts.MultiLine).
MULTI_LINE = ('description', 'text')

def repl(m):
    global i
    v = HOSTILE[i % len(HOSTILE)]
    i += 1
    if not m.group(1).startswith(MULTI_LINE):
        v = v.replace('\n', ' ')
    return m.group(1) + toml_string(v)
out = re.sub(r'(?m)^((?:description|interest|consequence|note|service|reason|text|purpose|law) = )"[^"\n]*"', repl, src)
open(sys.argv[2], 'w', encoding='utf-8').write(out)
print(f"{sys.argv[2]}: {i} fields made hostile")
