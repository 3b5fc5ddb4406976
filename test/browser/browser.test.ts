// The ESM build runs in a real browser: the headless Chromium that the npm package
// @sparticuz/chromium ships (installed from the lock file: no apt, no download), driven by
// playwright-core. A tiny server on 127.0.0.1 serves dist/; the page imports the root and data
// entries, computes a report, and the result must equal the same computation in Node.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchPackagedChromium } from "./chromium.js";
import { browserScenario } from "./scenario.js";

const root = process.cwd();
const types: Record<string, string> = {
  ".js": "text/javascript",
  ".html": "text/html",
  ".map": "application/json",
};

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/") {
      res
        .writeHead(200, { "content-type": "text/html" })
        .end("<!doctype html><title>cast-plan</title>");
      return;
    }
    const file = normalize(join(root, url.pathname));
    if (!file.startsWith(join(root, "dist")) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("the ESM build in headless Chromium", () => {
  it("imports cast-plan and cast-plan/data and computes the same report as Node", async () => {
    const browser = await launchPackagedChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${base}/`);
      // Sent as text so the test runner's module transform cannot rewrite the page's import().
      const script = `(async () => {
        const lib = await import("/dist/index.js");
        const data = await import("/dist/data.js");
        return JSON.stringify((${browserScenario.toString()})(lib, data));
      })()`;
      const inBrowser = (await page.evaluate(script)) as string;
      expect(errors).toEqual([]);
      // The same built files in Node (paths in variables: dist/ does not exist when tsc runs).
      const built = ["../../dist/index.js", "../../dist/data.js"];
      const lib: unknown = await import(built[0] as string);
      const data: unknown = await import(built[1] as string);
      expect(JSON.parse(inBrowser)).toEqual(
        JSON.parse(JSON.stringify(browserScenario(lib as never, data as never))),
      );
    } finally {
      await browser.close();
    }
  }, 60_000);
});
