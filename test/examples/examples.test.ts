// Smoke test: every example runs as its npm script would (tsx), exits 0 and prints what it promises.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const expectations: Record<string, RegExp> = {
  "quick-start.ts": /ind\.visits\.t2023: achieved-on-time/,
  "cast-report.ts": /Share of citizens with science literacy \[%\]/,
  "local-association.ts": /2023: 45 sets/,
  "phase-calendar.ts": /15th FYP phase \(2026-2030\)/,
  "scorecard.ts": /final evaluation as of 2021-03-31/,
  "rank-organisations.ts": /rank/i,
  "validate-untrusted.ts": /All fixed: valid\./,
  "bulk-roll-up.ts": /2024 {2}█+·* 87\.0 %[\s\S]*same item progress: yes/,
  "duckdb.ts":
    /2024 {2}█+·* 92\.6 % {2}\(12960 rows\)[\s\S]*same plan progress as rollUpProgress: yes/,
  "sharded-roll-up.ts": /2 workers[\s\S]*merged state equals one pass: yes/,
  "provincial-completeness.ts": /2024: city\.c has not reported[\s\S]*same: yes/,
};

const scripts = JSON.parse(
  await import("node:fs").then((fs) => fs.readFileSync("package.json", "utf8")),
).scripts as Record<string, string>;

describe("examples", () => {
  const files = readdirSync("examples").filter((f) => f.endsWith(".ts"));

  it("every example has an npm script and an expectation here", () => {
    for (const file of files) {
      expect(
        Object.values(scripts).some((s) => s === `tsx examples/${file}`),
        `npm script for ${file}`,
      ).toBe(true);
      expect(expectations[file], `expectation for ${file}`).toBeDefined();
    }
  });

  it.each(files)(
    "%s runs and exits 0",
    (file) => {
      const args = file === "cast-report.ts" ? ["2024-12-31"] : [];
      const r = spawnSync("npx", ["tsx", `examples/${file}`, ...args], {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(expectations[file] ?? /./);
      // A model text printed without choosing its language reads "[object Object]".
      expect(r.stdout).not.toContain("[object Object]");
    },
    60_000,
  );
});
