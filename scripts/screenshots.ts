// Screenshots of the built documentation site for docs/media: the home page, the assessEscap
// function page (grouped navigation, source link, link to its guide section) and the methodology
// guide (rendered formulas, outline with the function names). Serves docs/api from 127.0.0.1 and
// drives the headless Chromium of @sparticuz/chromium with playwright-core, launched by the
// browser tests' launcher (test/browser/chromium.ts). Nothing is fetched from the network.
// Run after `npx typedoc`: npx tsx scripts/screenshots.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { launchPackagedChromium } from "../test/browser/chromium.js";

const site = join(process.cwd(), "docs", "api");
const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".png": "image/png",
};
const shots = [
  // The home page with the navigation opened to the root entry's areas.
  { file: "docs/media/screenshot-home.png", path: "/index.html", open: ["Modules", "cast-plan"] },
  { file: "docs/media/screenshot-assessEscap.png", path: "/functions/cast-plan.assessEscap.html" },
  {
    file: "docs/media/screenshot-methodology.png",
    path: "/documents/Progress_methodology.html#escap-assessescap",
  },
];

if (!existsSync(join(site, "index.html"))) throw new Error("build the site first: npx typedoc");
const external: string[] = [];
const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const file = normalize(join(site, decodeURIComponent(url.pathname)));
  if (!file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res
    .writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" })
    .end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchPackagedChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:")) external.push(r.url());
  });
  for (const shot of shots) {
    await page.goto(`${base}${shot.path}`, { waitUntil: "networkidle" });
    await page.waitForSelector("#tsd-nav-container li", { timeout: 10_000 });
    // Opens navigation folders without following their links (a module's name is also a link).
    for (const label of "open" in shot ? shot.open : [])
      await page.evaluate(
        `[...document.querySelectorAll("#tsd-nav-container details")].find((d) => d.querySelector("summary")?.textContent?.trim() === ${JSON.stringify(label)})?.setAttribute("open", "")`,
      );
    await page.evaluate("document.fonts.ready");
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await browser.close();
  server.close();
}
if (external.length > 0) throw new Error(`the site asked the network for: ${external.join(", ")}`);
