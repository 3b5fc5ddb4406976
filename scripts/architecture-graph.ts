// The dependency picture of src/ for docs/guides/architecture.md: dependency-cruiser's graph
// collapsed to the top-level folders (the layers of .dependency-cruiser.cjs), as a Mermaid
// flowchart. A dashed arrow: the folder imports the other one's types only.
// `npx tsx scripts/architecture-graph.ts --write` rewrites the diagram between the markers in the
// guide; test/docs/architecture.test.ts fails when the committed diagram is out of date.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const GUIDE_PATH = join(root, "docs/guides/architecture.md");
const START = "<!-- architecture-graph:start -->";
const END = "<!-- architecture-graph:end -->";

interface Cruised {
  modules: {
    source: string;
    dependencies: { resolved: string; dependencyTypes: string[] }[];
  }[];
}

const folderOf = (path: string): string | undefined => /^src\/([^/]+)\//.exec(path)?.[1];

/** The Mermaid flowchart of the folders of src/ and their imports. */
export function architectureGraph(): string {
  const json = execFileSync(
    process.execPath,
    [
      join(root, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs"),
      "src",
      "--config",
      ".dependency-cruiser.cjs",
      "--output-type",
      "json",
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const cruised = JSON.parse(json) as Cruised;
  // folder -> imported folder -> whether some import of it loads it at run time
  const edges = new Map<string, Map<string, boolean>>();
  for (const m of cruised.modules) {
    const from = folderOf(m.source);
    if (from === undefined) continue;
    for (const d of m.dependencies) {
      const to = folderOf(d.resolved);
      if (to === undefined || to === from) continue;
      const targets = edges.get(from) ?? new Map<string, boolean>();
      edges.set(from, targets);
      const runtime = !d.dependencyTypes.includes("type-only");
      targets.set(to, (targets.get(to) ?? false) || runtime);
    }
  }
  const lines = ["```mermaid", "flowchart TD"];
  for (const from of [...edges.keys()].sort()) {
    const targets = edges.get(from) ?? new Map<string, boolean>();
    for (const to of [...targets.keys()].sort()) {
      lines.push(`  ${from} ${targets.get(to) ? "-->" : "-.->"} ${to}`);
    }
  }
  lines.push("```");
  return lines.join("\n");
}

/** The guide's text with the diagram between the markers replaced by `graph`. */
export function withGraph(guide: string, graph: string): string {
  const start = guide.indexOf(START);
  const end = guide.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${GUIDE_PATH}: markers not found`);
  return `${guide.slice(0, start + START.length)}\n${graph}\n${guide.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const graph = architectureGraph();
  if (process.argv.includes("--write"))
    writeFileSync(GUIDE_PATH, withGraph(readFileSync(GUIDE_PATH, "utf8"), graph));
  else process.stdout.write(`${graph}\n`);
}
