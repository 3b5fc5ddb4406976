// Loads the real Mermaid gantt parser (mermaid 11.14.0, a dev dependency) in plain Node.
// mermaid's sanitizer calls DOMPurify hooks, which need a DOM; the stub below makes them no-ops
// (sanitizing is not what these tests check; the grammar and the gantt database are real).
import DOMPurify from "dompurify";

type Purify = Record<string, unknown>;
const purify = DOMPurify as unknown as Purify;
for (const name of ["addHook", "removeHook", "removeHooks", "removeAllHooks"])
  purify[name] = () => {};
purify.sanitize = (text: string) => text;

/** A task as the Mermaid gantt database reports it. */
export interface ParsedTask {
  task: string;
  id: string;
  start: string;
  end: string;
  milestone: boolean;
  crit: boolean;
}

interface GanttDb {
  clear(): void;
  getDateFormat(): string;
  getTickInterval(): string;
  getSections(): string[];
  getDiagramTitle(): string;
  getTasks(): {
    task: string;
    id: string;
    startTime: Date;
    endTime: Date;
    milestone?: boolean;
    crit?: boolean;
  }[];
}

const local = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/** Parses Mermaid gantt text with the real parser and returns what the database recorded. */
export async function parseGantt(text: string) {
  // The chunk name carries a content hash; find it in the installed package.
  const { readdirSync } = await import("node:fs");
  const dir = "node_modules/mermaid/dist/chunks/mermaid.core";
  const file = readdirSync(dir).find((f) => /^ganttDiagram-.*\.mjs$/.test(f));
  const mod = (await import(/* @vite-ignore */ `${process.cwd()}/${dir}/${file}`)) as {
    diagram: { parser: { parse(t: string): void; yy: unknown }; db: GanttDb };
  };
  const { parser, db } = mod.diagram;
  parser.yy = db;
  db.clear();
  parser.parse(text);
  return {
    title: db.getDiagramTitle(),
    dateFormat: db.getDateFormat(),
    tickInterval: db.getTickInterval(),
    sections: db.getSections(),
    tasks: db.getTasks().map(
      (t): ParsedTask => ({
        task: t.task.trim(),
        id: t.id,
        start: local(t.startTime),
        end: local(t.endTime),
        milestone: t.milestone === true,
        crit: t.crit === true,
      }),
    ),
  };
}
