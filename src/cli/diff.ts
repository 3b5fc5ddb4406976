// The diff command: what changed from one plan document to another, as text, Markdown or JSON;
// exit 0 when they are equal and 1 when they differ.
import {
  diffPlanDocuments,
  type PlanChange,
  type PlanDiff,
} from "../documents/diffPlanDocuments.js";
import { formatPath } from "../errors/CastPlanError.js";
import { type PlanDocument, safeParsePlanDocument } from "../schemas/document.js";
import { type CommandOutput, format, invalid } from "./inputs.js";
import { type CliContext, colours, EXIT, readText } from "./io.js";

/** The formats of `cast-plan diff`. */
export const DIFF_FORMATS = ["text", "markdown", "json"] as const;

async function load(path: string, ctx: CliContext): Promise<PlanDocument> {
  const parsed = safeParsePlanDocument(JSON.parse(await readText(path, ctx)));
  if (!parsed.success) invalid(path, parsed.issues, ctx);
  return parsed.data;
}

/** A value on one line, at most 60 characters. */
function show(value: unknown): string {
  if (value === undefined) return "(none)";
  const text =
    typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function where(value: unknown): string {
  const parent = value as { entity?: string; id?: string } | undefined;
  return parent?.entity === undefined ? "(none)" : `${parent.entity} ${parent.id}`;
}

function headline(diff: PlanDiff): string {
  const n = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const c of diff.changes) n[c.kind]++;
  const total = diff.changes.length;
  return `${total} change${total === 1 ? "" : "s"}: ${n.added} added, ${n.removed} removed, ${n.changed} changed, ${n.moved} moved`;
}

const MARK: Record<PlanChange["kind"], string> = {
  added: "+",
  removed: "-",
  changed: "~",
  moved: ">",
};

function describe(c: PlanChange): string {
  const what = `${c.locator.entity} ${c.locator.id}`;
  if (c.kind === "changed")
    return `${what} ${(c.locator.field ?? []).join(".")}: ${show(c.before)} → ${show(c.after)}`;
  if (c.kind === "moved") return `${what}: from ${where(c.before)} to ${where(c.after)}`;
  return what;
}

function renderText(diff: PlanDiff, a: string, b: string, ctx: CliContext): string {
  const c = colours(ctx);
  if (diff.equal) return `${c.green(`${a} and ${b}: no changes`)}\n`;
  const colour = { added: c.green, removed: c.red, changed: c.yellow, moved: c.yellow };
  const lines = diff.changes.map(
    (x) => `${colour[x.kind](`${MARK[x.kind]} ${describe(x)}`)}\n    ${c.dim(formatPath(x.path))}`,
  );
  return `${c.bold(`${a} → ${b}: ${headline(diff)}`)}\n${lines.join("\n")}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

function renderMarkdown(diff: PlanDiff, a: string, b: string): string {
  const head = `## Changes from \`${a}\` to \`${b}\`\n\n`;
  if (diff.equal) return `${head}No changes.\n`;
  const rows = diff.changes.map((x) => {
    const [before, after] =
      x.kind === "changed"
        ? [show(x.before), show(x.after)]
        : x.kind === "moved"
          ? [where(x.before), where(x.after)]
          : ["", ""];
    return `| ${x.kind} | ${x.locator.entity} | \`${cell(x.locator.id)}\` | ${cell((x.locator.field ?? []).join("."))} | ${cell(before)} | ${cell(after)} | \`${cell(formatPath(x.path))}\` |`;
  });
  return `${head}${headline(diff)}.\n\n| change | entity | id | field | before | after | path |\n| --- | --- | --- | --- | --- | --- | --- |\n${rows.join("\n")}\n`;
}

/** Runs `cast-plan diff <before> <after>`. */
export async function runDiff(
  values: Record<string, string | boolean | undefined>,
  positionals: readonly string[],
  ctx: CliContext,
): Promise<CommandOutput> {
  const fmt = format(values, DIFF_FORMATS);
  const [a = "", b = ""] = positionals;
  const diff = diffPlanDocuments(await load(a, ctx), await load(b, ctx));
  const text =
    fmt === "json"
      ? `${JSON.stringify({ files: { before: a, after: b }, ...diff }, null, 2)}\n`
      : fmt === "markdown"
        ? renderMarkdown(diff, a, b)
        : renderText(diff, a, b, ctx);
  return { text, exitCode: diff.equal ? EXIT.ok : EXIT.invalid };
}
