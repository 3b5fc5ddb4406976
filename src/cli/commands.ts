// The CLI's commands. Each parses its own options (declared here, parsed by util.parseArgs in
// main.ts), loads inputs, calls the pure library, and returns text and an exit code.
import { extname } from "node:path";
import { castPlanDocument } from "../data/index.js";
import { CastPlanError, type ValidationIssue } from "../errors/CastPlanError.js";
import { readObservationsCsv } from "../io/parseObservationsCsv.js";
import { toDecimalYear } from "../period/calendar.js";
import type { Locale } from "../period/locale.js";
import { formatCalendarPoint, LOCALES, localize } from "../period/locale.js";
import { assessIndicator } from "../progress/assessIndicator.js";
import { projectSeries } from "../progress/projectSeries.js";
import {
  type CompletenessOptions,
  type CompletenessPolicy,
  PROJECTION_KINDS,
  type ProjectionKind,
} from "../progress/types.js";
import { buildProgressReport } from "../report/buildProgressReport.js";
import {
  renderProgressReportMarkdown,
  renderProgressReportText,
} from "../report/renderProgressReport.js";
import { renderTrajectorySvg } from "../report/renderTrajectorySvg.js";
import {
  observationsFileJsonSchema,
  type PlanDocument,
  parseObservationsFile,
  planDocumentJsonSchema,
  safeParsePlanDocument,
} from "../schemas/document.js";
import type { CalendarPoint } from "../schemas/primitives.js";
import { progressReportJsonSchema } from "../schemas/report.js";
import type { OptionSpec, PositionalSpec } from "./args.js";
import { DIFF_FORMATS, runDiff } from "./diff.js";
import {
  asOf,
  type CommandOutput,
  format,
  invalid,
  listIdsHint,
  loadDocument,
  localeOption,
  PLANS_FORMATS,
  planIdOption,
} from "./inputs.js";
import { type CliContext, colours, EXIT, readText, UsageError } from "./io.js";
import { runPlans } from "./listIds.js";
import { runEvaluate, runSchedule } from "./plans.js";

export type { OptionSpec, PositionalSpec } from "./args.js";
export { type CommandOutput, ExitSignal } from "./inputs.js";

/** A CLI command. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  /** Every option the command accepts: the parser, the usage line and the help come from it. */
  readonly options: Record<string, OptionSpec>;
  /** The positional arguments (each required); none when absent. */
  readonly positionals?: readonly PositionalSpec[];
  readonly run: (
    values: Record<string, string | boolean | undefined>,
    positionals: string[],
    ctx: CliContext,
  ) => Promise<CommandOutput>;
}

const PLAN: OptionSpec = {
  type: "string",
  valueName: "file",
  description: "Plan document (JSON); default: the bundled CAST document",
};
const OBSERVATIONS: OptionSpec = {
  type: "string",
  valueName: "file",
  description: "Observations file (CSV or JSON) replacing the document's own",
};
const AS_OF: OptionSpec = {
  type: "string",
  valueName: "date",
  description: "Assess as of YYYY-MM-DD, YYYY-MM or YYYY; default: today",
};
const OUTPUT: OptionSpec = {
  type: "string",
  valueName: "file",
  description: "Write to a file instead of standard output",
};

const LOCALE: OptionSpec = {
  type: "string",
  valueName: "locale",
  choices: LOCALES,
  description:
    "en (default) or zh-CN (Chinese words, dates and the data's official Chinese titles)",
};

const REPORT_FORMATS = ["text", "markdown", "json", "svg"] as const;
const SCHEDULE_FORMATS = ["text", "markdown", "json", "mermaid", "ical", "svg"] as const;
const EVALUATE_FORMATS = ["text", "markdown", "json"] as const;
const EXPORTS = ["data", "plan-schema", "observations-schema", "report-schema"] as const;

function trajectorySvg(
  document: PlanDocument,
  indicatorId: string,
  when: CalendarPoint,
  projection: ProjectionKind,
  locale: Locale,
): string {
  const indicator = document.indicators.find((i) => i.id === indicatorId);
  if (!indicator) throw new UsageError(`--indicator: no indicator has id '${indicatorId}'`);
  const assessment = assessIndicator(indicator, document.observations, {
    asOf: when,
    projection,
    projections: [projection],
  });
  const observed = assessment.series.years.map((year, i) => ({
    year,
    value: assessment.series.values[i] ?? 0,
  }));
  // One marker per (deadline, value); targets from several documents share it, labels joined.
  const markers = new Map<string, { year: number; value: number; label: string }>();
  for (const t of indicator.targets) {
    if (t.value === undefined || t.dimensions) continue;
    const year = toDecimalYear(t.deadline);
    const key = `${year}|${t.value}`;
    const words = `${t.comparator === "=" ? "" : `${t.comparator} `}${t.value}`;
    const existing = markers.get(key);
    if (existing)
      existing.label = existing.label.includes(words)
        ? existing.label
        : `${existing.label}; ${words}`;
    else markers.set(key, { year, value: t.value, label: `${t.deadline}: ${words}` });
  }
  const targets = [...markers.values()];
  const lastDeadline = Math.max(...targets.map((t) => t.year), assessment.latest?.year ?? 0);
  const projections: { label: string; points: { year: number; value: number }[] }[] = [];
  if (assessment.latest && lastDeadline > assessment.latest.year) {
    const latest = assessment.latest;
    const points = [{ year: latest.year, value: latest.value }];
    for (let y = Math.floor(latest.year) + 1; y <= Math.ceil(lastDeadline); y++) {
      const p = projectSeries(assessment.series.years, assessment.series.values, {
        kind: projection,
        targetYear: y,
        limits: indicator.naturalLimits,
      });
      if (p.status === "measured") points.push({ year: y, value: p.projected });
    }
    if (points.length > 1)
      projections.push({
        label: locale === "zh-CN" ? `预测（${projection}）` : `Projection (${projection})`,
        points,
      });
  }
  return renderTrajectorySvg({
    title:
      locale === "zh-CN"
        ? `${localize(indicator.name, locale)} — 截至${formatCalendarPoint(when, locale)}`
        : `${indicator.name.en} — as of ${when}`,
    locale,
    unit: indicator.unit,
    observed,
    baseline: assessment.baseline
      ? { year: assessment.baseline.year, value: assessment.baseline.value }
      : undefined,
    targets,
    projections,
  });
}

const COMPLETENESS_POLICIES = ["refuse", "carry-forward", "interpolate"] as const;

/** The --completeness and --max-carry-years options of `report`. */
function completenessOptions(
  values: Record<string, string | boolean | undefined>,
): CompletenessOptions {
  const policy = values.completeness;
  if (policy !== undefined && !COMPLETENESS_POLICIES.includes(policy as CompletenessPolicy))
    throw new UsageError(
      `--completeness must be one of ${COMPLETENESS_POLICIES.join(", ")}; got '${String(policy)}'`,
    );
  const raw = values["max-carry-years"];
  if (raw === undefined) return { completeness: policy as CompletenessPolicy | undefined };
  const years = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : Number.NaN;
  if (!(years >= 0 && Number.isFinite(years)))
    throw new UsageError(`--max-carry-years must be a number of years ≥ 0; got '${String(raw)}'`);
  if (policy !== "carry-forward")
    throw new UsageError("--max-carry-years goes with --completeness carry-forward");
  return { completeness: policy, maxCarryYears: years };
}

const report: Command = {
  name: "report",
  summary: "Progress of every indicator against each target, as of a date",
  description:
    "Assesses each indicator of the plan document (the bundled CAST outline and action plan by default, with\nits real observations) against each of its targets: milestone status, distance share, pace, ESCAP\ncategory, projection and forecast year, with warnings. --format svg draws one indicator's trajectory.",
  options: {
    plan: PLAN,
    observations: OBSERVATIONS,
    "as-of": AS_OF,
    format: {
      type: "string",
      valueName: "fmt",
      choices: REPORT_FORMATS,
      description: "text (default), markdown, json or svg (one indicator's trajectory)",
    },
    indicator: {
      type: "string",
      valueName: "id",
      description:
        "Only this indicator; required with --format svg (list the ids: cast-plan plans)",
    },
    projection: {
      type: "string",
      valueName: "kind",
      choices: PROJECTION_KINDS,
      description: `Projection: ${PROJECTION_KINDS.join(", ")}; default weighted-linear`,
    },
    completeness: {
      type: "string",
      valueName: "policy",
      choices: COMPLETENESS_POLICIES,
      description:
        "A period in which an expected organisation has not reported: refuse (default: left out), carry-forward (its last report, marked) or interpolate (between its reports, marked)",
    },
    "max-carry-years": {
      type: "string",
      valueName: "n",
      description: "With --completeness carry-forward: the oldest report carried, in years",
    },
    ascii: { type: "boolean", description: "ASCII progress bars" },
    locale: LOCALE,
    output: OUTPUT,
  },
  async run(values, _positionals, ctx) {
    const fmt = format(values, REPORT_FORMATS);
    const completeness = completenessOptions(values);
    const locale = localeOption(values);
    const when = asOf(values, ctx);
    const projection = (values.projection ?? "weighted-linear") as ProjectionKind;
    if (!PROJECTION_KINDS.includes(projection))
      throw new UsageError(`--projection must be one of ${PROJECTION_KINDS.join(", ")}`);
    const indicatorId = typeof values.indicator === "string" ? values.indicator : undefined;
    if (fmt === "svg" && indicatorId === undefined)
      throw new UsageError(
        `--format svg draws one indicator's trajectory: say which with --indicator <id> (${listIdsHint(values)})`,
      );
    const document = await loadDocument(values, ctx);
    if (indicatorId !== undefined && !document.indicators.some((i) => i.id === indicatorId))
      throw new UsageError(
        `--indicator: no indicator has id '${indicatorId}' (${listIdsHint(values)})`,
      );
    if (fmt === "svg" && indicatorId !== undefined)
      return {
        text: trajectorySvg(document, indicatorId, when, projection, locale),
        exitCode: EXIT.ok,
      };
    const built = buildProgressReport(document, {
      asOf: when,
      projection,
      indicatorIds: indicatorId ? [indicatorId] : undefined,
      ...completeness,
    });
    const c = colours(ctx);
    const text =
      fmt === "json"
        ? `${JSON.stringify(built, null, 2)}\n`
        : fmt === "markdown"
          ? renderProgressReportMarkdown(built, { locale })
          : renderProgressReportText(built, {
              locale,
              color: c.bold("x") !== "x" && typeof values.output !== "string",
              ascii: values.ascii === true,
            });
    return { text, exitCode: EXIT.ok };
  },
};

const validate: Command = {
  name: "validate",
  summary: "Validate a plan document or an observations file",
  description:
    "Checks a file against the model and every rule between entities. Prints every problem with its JSON\npath and exits 1 when there is any. Observations files (JSON or CSV) are checked against --plan (the\nbundled CAST document by default) so that indicator ids must resolve.",
  options: {
    kind: {
      type: "string",
      valueName: "kind",
      choices: ["plan", "observations"],
      description: "plan (default for .json) or observations (default for .csv)",
    },
    plan: {
      ...PLAN,
      description:
        "The plan document observations are checked against; default: the bundled CAST document",
    },
  },
  positionals: [
    { name: "file", description: "The plan document (JSON) or observations file (JSON or CSV)" },
  ],
  async run(values, positionals, ctx) {
    const file = positionals[0];
    if (file === undefined) throw new UsageError("missing <file>");
    const isCsv = extname(file).toLowerCase() === ".csv";
    const given = values.kind as string | undefined;
    if (given !== undefined && given !== "plan" && given !== "observations")
      throw new UsageError("--kind must be plan or observations");
    const text = await readText(file, ctx);
    const raw: unknown = isCsv && given !== "plan" ? undefined : JSON.parse(text);
    const kind = given ?? (isCsv ? "observations" : kindOf(raw));
    if (kind === undefined)
      invalid(
        file,
        [
          {
            path: [],
            rule: "kind",
            message:
              "neither a plan document nor an observations file (a plan document has 'plans', an observations file has 'observations'; say which with --kind plan|observations)",
          },
        ],
        ctx,
      );
    const c = colours(ctx);
    if (kind === "plan") {
      const result = safeParsePlanDocument(raw);
      if (!result.success) invalid(file, result.issues, ctx);
      const d = result.data;
      return {
        text: `${c.green(`${file}: valid`)} (${d.plans.length} plan${d.plans.length === 1 ? "" : "s"}, ${d.indicators.length} indicators, ${d.observations.length} observations)\n`,
        exitCode: EXIT.ok,
      };
    }
    const document = await loadDocument({ plan: values.plan }, ctx);
    const checked = isCsv
      ? checkObservationsCsv(text, document)
      : checkObservations(raw, document, (path) => path);
    if (checked.issues.length > 0) invalid(file, checked.issues, ctx);
    return {
      text: `${c.green(`${file}: valid`)} (${checked.count} observations)\n`,
      exitCode: EXIT.ok,
    };
  },
};

/** What a JSON file holds, by its content: a plan document has `plans`, observations do not. */
function kindOf(raw: unknown): "plan" | "observations" | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  if ("plans" in raw) return "plan";
  if ("observations" in raw) return "observations";
  return undefined;
}

/** Every problem of an observations file checked against the document, paths mapped by `where`. */
function checkObservations(
  raw: unknown,
  document: PlanDocument,
  where: (path: readonly (string | number)[]) => readonly (string | number)[],
): { issues: ValidationIssue[]; count: number } {
  try {
    return { issues: [], count: parseObservationsFile(raw, document).observations.length };
  } catch (error) {
    if (!(error instanceof CastPlanError)) throw error;
    return { issues: error.issues.map((i) => ({ ...i, path: where(i.path) })), count: 0 };
  }
}

/**
 * Every problem of an observations CSV: the cells first, then (for the rows that read cleanly)
 * the model and the document, each at its row and column (`$.rows[3].value`, `$.rows[3]["dim.area"]`).
 */
function checkObservationsCsv(
  text: string,
  document: PlanDocument,
): { issues: ValidationIssue[]; count: number } {
  const read = readObservationsCsv(text);
  const badRows = new Set(read.issues.map((i) => (i.path[0] === "rows" ? i.path[1] : undefined)));
  const kept = read.rows.flatMap((row, k) => (badRows.has(row) ? [] : [k]));
  const observations = kept.map((k) => read.observations[k]);
  const checked = checkObservations({ schemaVersion: 1, observations }, document, (path) => {
    const k = path[1];
    if (path[0] !== "observations" || typeof k !== "number") return [...path];
    const row = read.rows[kept[k] ?? -1] ?? k;
    const [field, name, ...rest] = path.slice(2);
    if (field === "dimensions" && name !== undefined) return ["rows", row, `dim.${name}`, ...rest];
    return ["rows", row, ...path.slice(2)];
  });
  return {
    issues: [...read.issues, ...checked.issues],
    count: read.issues.length === 0 ? checked.count : 0,
  };
}

const exportCommand: Command = {
  name: "export",
  summary: "Write the CAST data as JSON, or a JSON Schema",
  description:
    "data: the bundled CAST plan document, parsed (the same as cast-plan/data/cast-plan.json).\nplan-schema, observations-schema, report-schema: JSON Schemas (draft 2020-12) of a plan document,\nan observations file and the JSON progress report.",
  options: {
    what: {
      type: "string",
      valueName: "what",
      choices: EXPORTS,
      description: "data (default), plan-schema, observations-schema or report-schema",
    },
    output: OUTPUT,
  },
  async run(values, _positionals, ctx) {
    const what = (values.what ?? "data") as string;
    const producers: Record<string, () => unknown> = {
      data: () => {
        const parsed = safeParsePlanDocument(castPlanDocument);
        if (!parsed.success) invalid("bundled document", parsed.issues, ctx);
        return parsed.data;
      },
      "plan-schema": planDocumentJsonSchema,
      "observations-schema": observationsFileJsonSchema,
      "report-schema": progressReportJsonSchema,
    };
    const produce = producers[what];
    if (!produce)
      throw new UsageError(`--what must be one of ${Object.keys(producers).join(", ")}`);
    return { text: `${JSON.stringify(produce(), null, 2)}\n`, exitCode: EXIT.ok };
  },
};

const schedule: Command = {
  name: "schedule",
  summary: "Phase and evaluation calendar of a plan (2018–2050 for CAST)",
  description:
    "Generates the plan skeleton from the document: development steps, the action plan, five-year phases\naligned with the national five-year plans, annual work plans and evaluation events from each\ndocument's cadence; shows where --as-of falls and the next evaluation.",
  options: {
    plan: PLAN,
    "plan-id": planIdOption("schedule"),
    "as-of": AS_OF,
    format: {
      type: "string",
      valueName: "fmt",
      choices: SCHEDULE_FORMATS,
      description: "text (default), markdown, json, mermaid, ical or svg",
    },
    locale: LOCALE,
    output: OUTPUT,
  },
  run: (values, _positionals, ctx) => runSchedule(values, ctx, SCHEDULE_FORMATS),
};

const evaluate: Command = {
  name: "evaluate",
  summary: "Checkpoint scorecard: ratings per task, area and plan",
  description:
    "Rates the plan at a checkpoint from the progress results: each indicator's status is mapped to a\nrating, then rolled up through the plan structure with the rubric's rounding, each rating explained.\nGoals, steps, areas, tasks, projects, actions and supporting measures are rated; a target past its\ndeadline without an observation counts against coverage, and a rating whose coverage (the share of\nthose items with evidence) is below --minimum-coverage is withheld as 'insufficient evidence'.",
  options: {
    plan: PLAN,
    "plan-id": planIdOption("rate"),
    observations: OBSERVATIONS,
    "as-of": AS_OF,
    checkpoint: {
      type: "string",
      valueName: "kind",
      choices: ["annual", "mid-term", "final"],
      description: "annual, mid-term or final (default final)",
    },
    scale: {
      type: "string",
      valueName: "n",
      choices: ["4", "6"],
      description: "4 (default) or 6 (Highly Satisfactory … Highly Unsatisfactory)",
    },
    "minimum-coverage": {
      type: "string",
      valueName: "share",
      description:
        "Share of items (0-1) with evidence a rating needs; default 0.5, below it 'insufficient evidence'",
    },
    format: {
      type: "string",
      valueName: "fmt",
      choices: EVALUATE_FORMATS,
      description: "text (default), markdown or json",
    },
    locale: LOCALE,
    output: OUTPUT,
  },
  run: (values, _positionals, ctx) => runEvaluate(values, ctx, EVALUATE_FORMATS),
};

const plans: Command = {
  name: "plans",
  summary: "The ids a document holds: plans, their items, indicators",
  description:
    "Lists every id the other commands accept: the plans (--plan-id) with their items as an indented\ntree (id, number, heading), and the indicators (--indicator) with their name and unit. Item ids\nare the ones evaluate's JSON rates (an indicator under an item is '<item id>#<indicator id>').",
  options: {
    plan: PLAN,
    format: {
      type: "string",
      valueName: "fmt",
      choices: PLANS_FORMATS,
      description: "text (default) or json (for scripts)",
    },
    output: OUTPUT,
  },
  run: (values, _positionals, ctx) => runPlans(values, ctx),
};

const diff: Command = {
  name: "diff",
  summary: "What changed from one plan document to another",
  description:
    "Compares two plan documents (a plan and its mid-term revision, say), matching plans, items, indicators,\ntargets, baselines, alignment links, assignments and the rest by id, not by position: each change is\nlisted with its id, its JSON path and the old and new value. Exits 0 when the documents are equal and\n1 when they differ (1 too, with the problems on standard error, when a document is invalid).",
  options: {
    format: {
      type: "string",
      valueName: "fmt",
      choices: DIFF_FORMATS,
      description: "text (default), markdown or json",
    },
    output: OUTPUT,
  },
  positionals: [
    { name: "before", description: "The older plan document (JSON)" },
    { name: "after", description: "The newer plan document (JSON)" },
  ],
  run: (values, positionals, ctx) => runDiff(values, positionals, ctx),
};

/** Every command, by name. */
export const COMMANDS: Record<string, Command> = {
  report,
  schedule,
  evaluate,
  plans,
  validate,
  diff,
  export: exportCommand,
};
