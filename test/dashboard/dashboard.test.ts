// The dashboard page (examples/dashboard) built with Vite's JS API from the current src/, served on
// 127.0.0.1 and opened in headless Chromium: the figures it shows must equal the same computation
// in Node, the trajectory and calendar charts must be there, and an invalid upload must list every
// problem with its JSON path. Saves a screenshot (a temp file; with DASHBOARD_SCREENSHOT=<path>,
// that path: `npm run screenshot:dashboard` updates docs/media/dashboard.png).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { castPlanDocument } from "../../src/data/index.js";
import {
  buildProgressReport,
  findNextEvaluation,
  formatIssues,
  formatPath,
  generatePlanSkeleton,
} from "../../src/index.js";
import { parsePlanDocument, safeParsePlanDocument } from "../../src/schemas/index.js";
import { launchPackagedChromium } from "../browser/chromium.js";

const AS_OF = "2026-11-28";
const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
};

let outDir = "";
let server: Server;
let base = "";
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "cast-plan-dashboard-"));
  await build({
    configFile: resolve("examples/dashboard/vite.config.ts"),
    // Into a temp folder (never the developer's examples/dashboard/dist), unminified: quicker.
    build: { outDir, emptyOutDir: true, minify: false, reportCompressedSize: false },
    logLevel: "warn",
  });
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const file = normalize(join(outDir, path === "/" ? "index.html" : path));
    try {
      if (!file.startsWith(outDir)) throw new Error("outside");
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchPackagedChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`${base}/?asOf=${AS_OF}`);
  await page.waitForSelector(`body[data-ready="${AS_OF}"]`, { timeout: 15_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Runs a script in the page and parses its JSON result (sent as text: nothing is transformed). */
async function inPage<T>(body: string): Promise<T> {
  return JSON.parse((await page.evaluate(`JSON.stringify((() => { ${body} })())`)) as string) as T;
}

describe("the dashboard page in headless Chromium", () => {
  const document = parsePlanDocument(castPlanDocument);
  const report = buildProgressReport(document, { asOf: AS_OF });

  it("takes the date from ?asOf and renders without errors", async () => {
    expect(await page.inputValue("#as-of")).toBe(AS_OF);
    expect(errors).toEqual([]);
  });

  it("shows for every target of every indicator the percentage Node computes", async () => {
    const shown = await inPage<
      { indicator: string; target: string; percent: string; width: string; now: string | null }[]
    >(`return [...document.querySelectorAll("[data-target]")].map((row) => ({
        indicator: row.closest("[data-indicator]").dataset.indicator,
        target: row.dataset.target,
        percent: row.querySelector(".percent").textContent,
        width: row.querySelector(".bar > span")?.style.width ?? "",
        now: row.querySelector(".bar").getAttribute("aria-valuenow"),
      }));`);
    const expected = report.indicators.flatMap((indicator) =>
      indicator.targets.map((t) => {
        const percent = t.distanceShare ? Math.round(t.distanceShare.clamped * 100) : undefined;
        return {
          indicator: indicator.id,
          target: t.id,
          percent: percent === undefined ? "—" : `${percent} %`,
          width: percent === undefined ? "" : `${percent}%`,
          now: percent === undefined ? null : String(percent),
        };
      }),
    );
    expect(expected.filter((e) => e.now !== null).length).toBeGreaterThan(5);
    expect(shown).toEqual(expected);
  });

  it("draws the selected indicator's trajectory and the phase calendar", async () => {
    const charts = await inPage<{ trajectory: string | null; gantt: number; next: string[] }>(
      `return {
        trajectory: document.querySelector("#trajectory-chart svg > title")?.textContent ?? null,
        gantt: document.querySelectorAll("#gantt-chart svg").length,
        next: [...document.querySelectorAll("#next-evaluations li")].map((li) => li.dataset.due),
      };`,
    );
    const first = report.indicators.find((i) => i.observations > 0);
    expect(charts.trajectory).toBe(`${first?.name.en} — as of ${AS_OF}`);
    expect(charts.gantt).toBe(1);
    const skeleton = generatePlanSkeleton(document, "outline");
    expect(charts.next[0]).toBe(findNextEvaluation(skeleton, AS_OF)?.due);
    expect(charts.next).toHaveLength(3);
  });

  it("lists every problem of an invalid upload with its $. path", async () => {
    const upload = {
      schemaVersion: 1,
      plans: [
        {
          id: "hunan-2025",
          kind: "local-plan",
          title: { en: "Hunan association work plan 2025" },
          issuer: "Hunan Association for Science and Technology",
          issued: "2025-02-29",
          period: { start: 2025, end: 2025 },
          items: [{ id: "hn.task.1", kind: "task", heading: "Science festival", wieght: 2 }],
        },
      ],
      indicators: [
        {
          id: "ind.events",
          name: "Events held",
          measure: "count",
          unit: "events",
          direction: "increase",
          aggregation: "sum",
          targets: [{ id: "t1", deadline: 2025, comparator: ">=", valeu: 40 }],
        },
      ],
    };
    const result = safeParsePlanDocument(upload);
    if (result.success) throw new Error("the upload should be invalid");
    await page.setInputFiles("#upload", {
      name: "hunan.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(upload)),
    });
    await page.waitForSelector('#upload-result[data-checked="invalid"]', { timeout: 5_000 });
    const listed = await inPage<{ path: string; text: string }[]>(
      `return [...document.querySelectorAll("#issues li")].map((li) => ({ path: li.dataset.path, text: li.textContent }));`,
    );
    expect(result.issues.length).toBeGreaterThanOrEqual(3);
    expect(listed).toEqual(
      result.issues.map((issue) => ({ path: formatPath(issue.path), text: formatIssues([issue]) })),
    );
    for (const { path } of listed) expect(path).toMatch(/^\$\./);
    expect(errors).toEqual([]);
  });

  it("saves a screenshot (with the upload's problems listed)", async () => {
    const target = process.env.DASHBOARD_SCREENSHOT
      ? resolve(process.env.DASHBOARD_SCREENSHOT)
      : join(tmpdir(), "cast-plan-dashboard.png");
    mkdirSync(dirname(target), { recursive: true });
    const png = await page.screenshot({ path: target });
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });
});
