// The complete check behind `npm test`: every step runs even when an earlier one fails, then a
// summary table and the plain closing line "N passed, N failed" (vitest's test cases plus one
// per other step). Exit code 1 when anything failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const steps = [
  { name: "lint (biome)", cmd: "npx biome check ." },
  { name: "architecture (dependency-cruiser)", cmd: "npm run --silent check:arch" },
  { name: "doctest extraction", cmd: "node scripts/doctest.mjs" },
  { name: "typecheck (tsc, examples included)", cmd: "npx tsc --noEmit" },
  { name: "build (tsup + JSON files)", cmd: "npm run build --silent" },
  {
    name: "tests (vitest)",
    cmd: "npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest/results.json",
    vitest: true,
  },
  { name: "time zones (vitest, 4 more zones)", tz: true },
  { name: "package lint (publint --strict)", cmd: "npx publint --strict" },
  { name: "types resolution (attw --pack)", cmd: "npx attw --pack ." },
  { name: "docs (typedoc, warnings are errors)", cmd: "npx typedoc --logLevel Warn" },
];

const tzZones = ["Asia/Shanghai", "America/Los_Angeles", "Pacific/Apia", "Australia/Sydney"];
const tzTests = "test/tz";

let passed = 0;
let failed = 0;
const rows = [];
rmSync(".vitest", { recursive: true, force: true });
mkdirSync(".vitest", { recursive: true });

function run(cmd, env = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, { shell: true, stdio: "inherit", env: { ...process.env, ...env } });
  return { ok: r.status === 0, seconds: (Date.now() - started) / 1000 };
}

for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  if (step.tz) {
    // The full suite ran under the machine's zone (CI: UTC); the time-zone suite (test/tz) runs
    // the calendar, progress and schedule checks again under each zone.
    const started = Date.now();
    let ok = true;
    for (const zone of tzZones) {
      const r = spawnSync(`npx vitest run ${tzTests} --typecheck.enabled=false`, {
        shell: true,
        stdio: "inherit",
        env: { ...process.env, TZ: zone },
      });
      console.log(`TZ=${zone}: ${r.status === 0 ? "ok" : "FAILED"}`);
      ok &&= r.status === 0;
    }
    if (ok) passed++;
    else failed++;
    rows.push([step.name, ok ? "ok" : "FAILED", (Date.now() - started) / 1000]);
    continue;
  }
  const r = run(step.cmd, { TZ: process.env.TZ ?? "UTC" });
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
      if (!r.ok && j.numFailedTests === 0) failed++; // a suite failed to load, or a type test failed
      rows.push([
        `${step.name}: ${j.numPassedTests} passed, ${j.numFailedTests} failed`,
        r.ok ? "ok" : "FAILED",
        r.seconds,
      ]);
    } else {
      failed++;
      rows.push([step.name, "FAILED (no results)", r.seconds]);
    }
    continue;
  }
  if (r.ok) passed++;
  else failed++;
  rows.push([step.name, r.ok ? "ok" : "FAILED", r.seconds]);
}

console.log("\n=== summary ===");
for (const [name, status, seconds] of rows)
  console.log(`${status.padEnd(8)} ${seconds.toFixed(1).padStart(6)} s  ${name}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
