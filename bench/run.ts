// `npm run bench`: runs every bench/*.bench.ts in turn (each prints its own Markdown table with a
// baseline measured in the same run) and writes the combined output, with machine details, to
// bench/results/latest.md. Benchmarks are measurements, never pass/fail tests.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";

const files = readdirSync("bench")
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
const header = `# Benchmarks\n\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB.\n`;
const parts = [header];
for (const file of files) {
  const r = spawnSync("npx", ["tsx", `bench/${file}`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  process.stdout.write(r.stdout);
  parts.push(r.stdout);
  if (r.status !== 0) {
    console.error(`bench/${file} failed`);
    process.exitCode = 1;
  }
}
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/latest.md", parts.join("\n"));
