// What the commands share: their output type, the options every command reads the same way
// (--format, --as-of, --plan-id), loading the plan document, and the signal that stops a command.
// Below commands.ts and the command modules, so that none of them imports another's entry.
import { extname } from "node:path";
import { castPlanDocument } from "../data/index.js";
import type { ValidationIssue } from "../errors/CastPlanError.js";
import { parseObservationsCsv } from "../io/parseObservationsCsv.js";
import { isCalendarPoint } from "../period/calendar.js";
import { isLocale, LOCALES, type Locale } from "../period/locale.js";
import {
  type PlanDocument,
  parseObservationsFile,
  safeParsePlanDocument,
} from "../schemas/document.js";
import type { CalendarPoint } from "../schemas/primitives.js";
import type { OptionSpec } from "./args.js";
import { type CliContext, colours, EXIT, formatIssueList, readText, UsageError } from "./io.js";

/** What a command returns: text for stdout (or --output) and the exit code. */
export interface CommandOutput {
  readonly text?: string | undefined;
  readonly exitCode: number;
}

/** The hint that tells where to find the ids a command accepts. */
export function listIdsHint(values: Record<string, unknown>): string {
  const plan = typeof values.plan === "string" ? ` --plan ${values.plan}` : "";
  return `list them with 'cast-plan plans${plan}'`;
}

/** The formats of `cast-plan plans`. */
export const PLANS_FORMATS = ["text", "json"] as const;

/** The --plan-id option of the commands that work on one plan. */
export function planIdOption(what: string): OptionSpec {
  return {
    type: "string",
    valueName: "id",
    description: `The plan to ${what}; required when the document has more than one plan (the bundled one has two: outline, ap2018)`,
  };
}

/** Reads the --format value and checks it against the allowed list. */
export function format<T extends string>(
  values: Record<string, unknown>,
  allowed: readonly T[],
): T {
  const value = (values.format ?? allowed[0]) as string;
  if (!allowed.includes(value as T))
    throw new UsageError(`--format must be one of ${allowed.join(", ")}; got '${value}'`);
  return value as T;
}

/** Reads --locale (default `en`). */
export function localeOption(values: Record<string, unknown>): Locale {
  const value = values.locale ?? "en";
  if (!isLocale(value))
    throw new UsageError(`--locale must be one of ${LOCALES.join(", ")}; got '${String(value)}'`);
  return value;
}

/** Reads --as-of (default: today) as a calendar value. */
export function asOf(values: Record<string, unknown>, ctx: CliContext): CalendarPoint {
  const raw = typeof values["as-of"] === "string" ? values["as-of"] : ctx.today;
  const value: unknown = /^\d{4}$/.test(raw) ? Number(raw) : raw;
  if (!isCalendarPoint(value))
    throw new UsageError(`--as-of must be YYYY-MM-DD, YYYY-MM or YYYY (a real date); got '${raw}'`);
  return value;
}

/** Prints a file's problems (each with its path) and stops with exit code 1. */
export function invalid(path: string, issues: readonly ValidationIssue[], ctx: CliContext): never {
  const c = colours(ctx);
  ctx.stderr(
    `${c.red(`${path}: ${issues.length} problem${issues.length === 1 ? "" : "s"}`)}\n${formatIssueList(issues)}\n`,
  );
  throw new ExitSignal(EXIT.invalid);
}

/** Thrown to stop a command with an exit code after it has printed its own message. */
export class ExitSignal extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

/** Loads the plan document: a file, or the bundled CAST document; with --observations replaced. */
export async function loadDocument(
  values: Record<string, unknown>,
  ctx: CliContext,
): Promise<PlanDocument> {
  const planPath = typeof values.plan === "string" ? values.plan : undefined;
  const input: unknown = planPath ? JSON.parse(await readText(planPath, ctx)) : castPlanDocument;
  const parsed = safeParsePlanDocument(input);
  if (!parsed.success) invalid(planPath ?? "bundled document", parsed.issues, ctx);
  let document = parsed.data;
  const observationsPath =
    typeof values.observations === "string" ? values.observations : undefined;
  if (observationsPath) {
    const text = await readText(observationsPath, ctx);
    const raw =
      extname(observationsPath).toLowerCase() === ".csv"
        ? { schemaVersion: 1, observations: parseObservationsCsv(text) }
        : JSON.parse(text);
    const file = parseObservationsFile(raw, document);
    document = {
      ...document,
      sources: [...document.sources, ...file.sources],
      observations: file.observations,
    };
  }
  return document;
}
