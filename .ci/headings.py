#!/usr/bin/env python3
"""Compare the headings of a Markdown policy and its HTML as read by pandoc.

Usage: headings.py FILE.md FILE.html
Exits 1 and prints both lists when they differ (level and text).
"""
import json, subprocess, sys

def text(inlines):
    out = []
    for i in inlines:
        t = i.get("t")
        if t == "Str":
            out.append(i["c"])
        elif t in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif t in ("Emph", "Strong", "Strikeout", "Underline", "SmallCaps", "Superscript", "Subscript"):
            out.append(text(i["c"]))
        elif t in ("Link", "Span"):
            out.append(text(i["c"][1]))
        elif t == "Code":
            out.append(i["c"][1])
        elif t == "Quoted":
            out.append(text(i["c"][1]))
    return "".join(out)

def headings(path, fmt):
    doc = json.loads(subprocess.run(["pandoc", "-f", fmt, "-t", "json", path], check=True, capture_output=True).stdout)
    found = []
    def walk(blocks):
        for b in blocks:
            t, c = b.get("t"), b.get("c")
            if t == "Header":
                found.append((c[0], " ".join(text(c[2]).split())))
            elif t in ("Div", "BlockQuote"):
                walk(c[-1] if t == "Div" else c)
            elif t in ("BulletList", "OrderedList"):
                for item in (c if t == "BulletList" else c[1]):
                    walk(item)
    walk(doc["blocks"])
    return found

md, html = headings(sys.argv[1], "gfm"), headings(sys.argv[2], "html")
if md != html:
    print(f"headings differ between {sys.argv[1]} and {sys.argv[2]}:")
    for a, b in zip(md + [None] * len(html), html + [None] * len(md)):
        if a != b:
            print(f"  md: {a}\n  html: {b}")
    sys.exit(1)
print(f"{sys.argv[1]}: {len(md)} headings match")
