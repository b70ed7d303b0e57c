// Checks the layout of HTML files in headless Chromium at a phone width
// (390 px) and a desktop width (1200 px): no word may be broken across two
// lines, and the page may not scroll sideways.
// Usage: node layout.mjs FILE.html...  (LAYOUT_WIDTHS=320,390,1200 to try other widths)
import { chromium } from "playwright-core";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const widths = (process.env.LAYOUT_WIDTHS || "390,1200").split(",").map(Number);
const userDataDir = mkdtempSync(join(tmpdir(), "privatliv-layout-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

// Runs in the page: every word whose glyphs land on more than one line,
// and how far the page is wider than the window.
function measure() {
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  // A word is a run of letters and digits with the joiners that never
  // allow a line break inside it. A break after a hyphen, a slash or a dash
  // is an ordinary line break, so those end a word.
  const word = /[\p{L}\p{N}_.,:;@'’()»«]+/gu;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest("style, script, title, head")) continue;
    const text = node.data;
    for (const m of text.matchAll(word)) {
      const w = m[0].replace(/^[.,:;()»«]+|[.,:;()»«]+$/g, "");
      if (w.length < 2) continue;
      const start = m.index + m[0].indexOf(w);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + w.length);
      const tops = new Set();
      for (const r of range.getClientRects()) {
        if (r.width > 0 && r.height > 0) tops.add(Math.round(r.top));
      }
      if (tops.size > 1) broken.push(w);
    }
  }
  const overflow = document.documentElement.scrollWidth - window.innerWidth;
  return { broken, overflow };
}

let failed = 0;
for (const file of process.argv.slice(2)) {
  for (const width of widths) {
    const page = await context.newPage({});
    await page.setViewportSize({ width, height: 900 });
    await page.goto("file://" + resolve(file));
    const { broken, overflow } = await page.evaluate(measure);
    const problems = [];
    if (broken.length > 0) {
      const uniq = [...new Set(broken)];
      problems.push(`${uniq.length} word(s) broken across lines: ${uniq.slice(0, 12).join(", ")}`);
    }
    if (overflow > 0) problems.push(`the page scrolls sideways by ${overflow} px`);
    if (problems.length > 0) {
      failed++;
      console.log(`${file} at ${width} px: ${problems.join("; ")}`);
    } else {
      console.log(`${file} at ${width} px: no broken words, no sideways scroll`);
    }
    await page.close();
  }
}
await context.close();
process.exit(failed ? 1 : 0);
