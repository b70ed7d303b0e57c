// Runs axe-core (WCAG 2.1 A/AA) on HTML files in headless Chromium.
// Usage: node axe.mjs FILE.html...
import { chromium } from "playwright-core";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const userDataDir = mkdtempSync(join(tmpdir(), "privatliv-axe-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = 0;
for (const file of process.argv.slice(2)) {
  const page = await context.newPage();
  await page.goto("file://" + resolve(file));
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  if (result.violations.length > 0) {
    failed++;
    console.log(`${file}: ${result.violations.length} violations`);
    for (const v of result.violations) {
      console.log(`  ${v.id} (${v.impact}): ${v.help} – ${v.nodes.length} element(s), e.g. ${v.nodes[0].target.join(" ")}`);
    }
  } else {
    console.log(`${file}: no axe violations (${result.passes.length} rules passed)`);
  }
  await page.close();
}
await context.close();
process.exit(failed ? 1 : 0);
