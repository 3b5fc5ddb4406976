// Cold import time of each entry point: a fresh Node process imports the built file; the baseline
// is a fresh Node process that imports nothing, measured in the same run. Needs `npm run build`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { table } from "./util.js";

function once(code: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { stdio: "ignore" });
  if (r.status !== 0) throw new Error(`import failed: ${code}`);
  return performance.now() - t0;
}

/** Median per variant; the variants are interleaved round by round so machine drift hits all alike. */
function coldMs(codes: string[], runs = 11): number[] {
  const samples = codes.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    codes.forEach((code, j) => {
      samples[j]?.push(once(code));
    });
  }
  return samples.map((s) => s.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0);
}

if (!existsSync("dist/index.js")) {
  console.log("## Cold import\n\nSkipped: run `npm run build` first.\n");
} else {
  const variants: [string, string][] = [
    ["(baseline: node, no import)", ""],
    ["cast-plan (root: compute functions)", 'await import("./dist/index.js")'],
    ["cast-plan/schemas (loads zod)", 'await import("./dist/schemas.js")'],
    ["cast-plan/data (the CAST document)", 'await import("./dist/data.js")'],
  ];
  const ms = coldMs(variants.map(([, code]) => code));
  const baseline = ms[0] ?? 0;
  const rows = variants.map(([name], i) => [
    name,
    (ms[i] ?? 0).toFixed(1),
    ((ms[i] ?? 0) - baseline).toFixed(1),
  ]);
  console.log(
    `## Cold import\n\nMedian of 11 fresh Node processes each; "added" is the time beyond a Node process that imports nothing (measured in the same run).\n\n${table(["entry", "process ms", "added ms"], rows)}\n`,
  );
}
