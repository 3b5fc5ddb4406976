// The complete check behind `npm test`. Steps that do not depend on each other run side by side
// (at most two at a time on this 2-core budget, each step's output printed whole when it ends);
// every step runs even when another fails. Then a summary table and the plain closing line
// "N passed, N failed" (vitest's test cases plus one per other step). Exit code 1 when anything
// failed.
//
// Nothing is type-checked twice: `tsc` checks src, tests (the type tests in test/types too),
// examples, scripts and benchmarks once; vitest runs with its own type checking off and TypeDoc
// with `skipErrorChecking`. The time-zone matrix runs only the date-sensitive suites in test/tz.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const tzZones = ["Asia/Shanghai", "America/Los_Angeles", "Pacific/Apia", "Australia/Sydney"];

/** @type {{ name: string, cmd: string, after?: string[], vitest?: boolean, env?: Record<string, string> }[]} */
const steps = [
  { name: "lint (biome)", cmd: "npx biome check ." },
  { name: "architecture (dependency-cruiser)", cmd: "npm run --silent check:arch" },
  { name: "doctest extraction", cmd: "node scripts/doctest.mjs" },
  {
    name: "typecheck (tsc: src, tests, type tests, examples)",
    cmd: "npx tsc --noEmit",
    after: ["doctest extraction"],
  },
  {
    // The page is checked as a consumer sees the package: against the built declarations, so
    // src/ is not type-checked a second time (Vite still bundles the page from src/).
    name: "typecheck (dashboard page, against dist/*.d.ts)",
    cmd: "npx tsc --noEmit -p examples/dashboard",
    after: ["build (tsup + JSON files)"],
  },
  { name: "build (tsup + JSON files)", cmd: "npm run build --silent" },
  { name: "docs (typedoc, warnings are errors)", cmd: "npx typedoc --logLevel Warn" },
  {
    name: "docs links (every internal href, src and anchor of docs/api resolves)",
    cmd: "node scripts/check-docs-links.mjs docs/api",
    after: ["docs (typedoc, warnings are errors)"],
  },
  {
    name: "tests (vitest)",
    cmd: "npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest/results.json",
    after: ["doctest extraction", "build (tsup + JSON files)"],
    vitest: true,
  },
  {
    name: "package lint (publint --strict)",
    cmd: "npx publint --strict",
    after: ["build (tsup + JSON files)"],
  },
  {
    name: "types resolution (attw --pack)",
    cmd: "npx attw --pack .",
    after: ["build (tsup + JSON files)"],
  },
  ...tzZones.map((zone) => ({
    name: `time zones (test/tz under TZ=${zone})`,
    cmd: "npx vitest run test/tz",
    env: { TZ: zone },
    after: ["tests (vitest)"],
  })),
];

const PARALLEL = 2;
let passed = 0;
let failed = 0;
/** @type {Map<string, { status: string, seconds: number }>} */
const done = new Map();
const rows = [];
rmSync(".vitest", { recursive: true, force: true });
mkdirSync(".vitest", { recursive: true });

function run(step) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(step.cmd, {
      shell: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, TZ: process.env.TZ ?? "UTC", FORCE_COLOR: "0", ...step.env },
    });
    const chunks = [];
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => chunks.push(c));
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`\n=== ${step.name} (${seconds.toFixed(1)} s) ===\n`);
      process.stdout.write(Buffer.concat(chunks));
      resolve({ ok: code === 0, seconds });
    });
  });
}

function record(step, r) {
  if (step.vitest) {
    if (existsSync(".vitest/results.json")) {
      const j = JSON.parse(readFileSync(".vitest/results.json", "utf8"));
      passed += j.numPassedTests;
      failed += j.numFailedTests + (j.numTotalTests === 0 ? 1 : 0);
      const skipped = j.numPendingTests + j.numTodoTests;
      if (skipped > 0) {
        console.error(`${skipped} skipped or todo tests: not allowed`);
        failed += skipped;
      }
      if (!r.ok && j.numFailedTests === 0) failed++; // a suite failed to load
      rows.push([
        `${step.name}: ${j.numPassedTests} passed, ${j.numFailedTests} failed`,
        r.ok ? "ok" : "FAILED",
        r.seconds,
      ]);
    } else {
      failed++;
      rows.push([step.name, "FAILED (no results)", r.seconds]);
    }
    return;
  }
  if (r.ok) passed++;
  else failed++;
  rows.push([step.name, r.ok ? "ok" : "FAILED", r.seconds]);
}

const started = performance.now();
const pending = [...steps];
const running = new Set();
await new Promise((finish) => {
  const next = () => {
    if (pending.length === 0 && running.size === 0) return finish();
    for (const step of [...pending]) {
      if (running.size >= PARALLEL) break;
      if (!(step.after ?? []).every((name) => done.has(name))) continue;
      pending.splice(pending.indexOf(step), 1);
      running.add(step);
      run(step).then((r) => {
        running.delete(step);
        done.set(step.name, r);
        record(step, r);
        next();
      });
    }
  };
  next();
});

console.log("\n=== summary ===");
for (const [name, status, seconds] of rows)
  console.log(`${status.padEnd(8)} ${seconds.toFixed(1).padStart(6)} s  ${name}`);
console.log(`wall ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
