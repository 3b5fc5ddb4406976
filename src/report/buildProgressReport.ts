import { periodText } from "../dates/periodText.js";
import { CastPlanError } from "../errors/CastPlanError.js";
import { calledAs } from "../errors/calledAs.js";
import { isCalendarPoint, toDecimalYear } from "../period/calendar.js";
import { assessIndicator, type TargetAssessment } from "../progress/assessIndicator.js";
import { combineObservations } from "../progress/combineObservations.js";
import type { RollUpNode } from "../progress/finalizeRollUp.js";
import { rollUpProgress } from "../progress/rollUpProgress.js";
import type {
  CompletenessOptions,
  ImputationKind,
  ProgressOutcome,
  ProgressWarningCode,
  ProjectionKind,
} from "../progress/types.js";
import type { PlanDocument } from "../schemas/document.js";
import type { Indicator, Observation } from "../schemas/indicator.js";
import type { PlanItem } from "../schemas/plan.js";
import type { CalendarPoint, LocalizedText, LocalizedTextInput } from "../schemas/primitives.js";
import type { ProgressReportJson } from "../schemas/report.js";

/**
 * A progress report: every indicator of a document assessed against each of its targets as of a
 * date, in a JSON-ready shape (see `ProgressReportSchema` in `cast-plan/schemas`).
 *
 * @category Reports
 * @since 0.1.0
 */
export type ProgressReport = ProgressReportJson;

/**
 * Options of {@link buildProgressReport}.
 *
 * @category Reports
 * @since 0.1.0
 */
export interface BuildProgressReportOptions extends CompletenessOptions {
  /** The assessment date; observations after it are ignored. Never the clock. */
  readonly asOf: CalendarPoint;
  /** The projection behind anticipated progress and forecasts; `weighted-linear` by default. */
  readonly projection?: ProjectionKind | undefined;
  /** The ids of the indicators to include; all by default. */
  readonly indicatorIds?: readonly string[] | undefined;
  /**
   * The report title, an English string or `{ en, zh? }`; by default the plans' short titles (or
   * titles), joined with "and" (and, where every plan has a Chinese title, with "和").
   */
  readonly title?: LocalizedTextInput | undefined;
}

/** The method summary's sentence on organisations' reports, per completeness policy. */
const COMPLETENESS_SUMMARY = {
  refuse:
    "Organisations' reports are combined only for periods in which every expected organisation reported; the others are left out.",
  "carry-forward":
    "Where an expected organisation has not reported for a period, its last report is carried forward (marked).",
  interpolate:
    "Where an expected organisation has not reported for a period, its figure is interpolated between its reports before and after (marked); a period it cannot complete is left out.",
} as const;

function measured<T>(outcome: ProgressOutcome<T> | undefined): T | undefined {
  return outcome?.status === "measured" ? outcome : undefined;
}

/**
 * The codes of the warnings a progress report adds to those of the progress functions.
 *
 * - `combined-from-units`: some periods have no whole-population figure, so the organisations'
 *   reports were combined by the indicator's aggregation rule (as {@link rollUpProgress} does).
 * - `dimensions-not-used`: observations broken down by dimensions are not part of the
 *   whole-population series (see `assessByDimension`).
 *
 * @category Reports
 * @since 0.1.0
 */
export type ReportWarningCode = "combined-from-units" | "dimensions-not-used";

type Note = { code: ProgressWarningCode | ReportWarningCode; message: string };

/**
 * The observations an indicator's report line is assessed on: the whole-population figures, and
 * where a period has none, the organisations' reports combined by the indicator's rule — the same
 * combine step as the roll-up's, so the report and the roll-up give one figure for one period.
 * Dimensioned observations are counted in a note, never dropped silently.
 */
function seriesInput(
  indicator: Indicator,
  observations: readonly Observation[],
  asOfYear: number,
  completeness: CompletenessOptions,
): { used: readonly Observation[]; notes: Note[]; imputed: Map<string, ImputationKind> } {
  const notes: Note[] = [];
  const imputed = new Map<string, ImputationKind>();
  // Periods after the date play no part, as in the roll-up (a later report cannot spoil them).
  const own = observations.filter((o) => !hasDimensions(o) && toDecimalYear(o.period) <= asOfYear);
  const dimensioned = observations.filter(hasDimensions);
  if (dimensioned.length > 0) {
    const names = [...new Set(dimensioned.flatMap((o) => Object.keys(o.dimensions ?? {})))].sort();
    notes.push({
      code: "dimensions-not-used",
      message: `${dimensioned.length} ${dimensioned.length === 1 ? "observation carries" : "observations carry"} dimensions (${names.join(", ")}) and ${dimensioned.length === 1 ? "is" : "are"} not part of this whole-population line; assessByDimension breaks them down`,
    });
  }
  if (!own.some((o) => o.unitId !== undefined)) return { used: own, notes, imputed };
  const combined = combineObservations(indicator, own, {
    completeness: completeness.completeness,
    maxCarryYears: completeness.maxCarryYears,
  });
  if (combined.status === "unmeasurable") {
    notes.push({
      code: combined.reason,
      message:
        combined.reason === "incomplete-period"
          ? combined.message
          : `${combined.message}; only whole-population figures are used`,
    });
    notes.push(...combined.warnings);
    return { used: own.filter((o) => o.unitId === undefined), notes, imputed };
  }
  const whole = new Set(own.filter((o) => o.unitId === undefined).map((o) => periodText(o.period)));
  const fromUnits = [
    ...new Set(combined.observations.map((o) => periodText(o.period)).filter((p) => !whole.has(p))),
  ];
  if (fromUnits.length > 0)
    notes.push({
      code: "combined-from-units",
      message: `${fromUnits.join(", ")}: no whole-population figure, so the organisations' reports are combined (${indicator.aggregation})`,
    });
  notes.push(...combined.warnings);
  combined.observations.forEach((o, i) => {
    const kind = combined.imputed[i];
    if (kind) imputed.set(periodText(o.period), kind);
  });
  return { used: combined.observations, notes, imputed };
}

function hasDimensions(o: Observation): boolean {
  return o.dimensions !== undefined && Object.keys(o.dimensions).length > 0;
}

/** How many children, indicators and aligned items a roll-up node combines, and how many lack data. */
function contributorCounts(node: {
  readonly contributors: readonly { readonly progress?: number | undefined }[];
}): { contributors: number; withoutData: number } {
  return {
    contributors: node.contributors.length,
    withoutData: node.contributors.filter((c) => c.progress === undefined).length,
  };
}

type RollUpRow = Omit<ProgressReport["items"][number], "id" | "heading" | "depth">;

/**
 * Turns roll-up nodes into the figures of report rows: progress, flags, coverage with its leaf
 * counts, contributors without data, the contributors judged here against other targets than in
 * their own rows, and the indicator links not counted (duplicates), with headings to print.
 */
function rollUpDescriber(
  document: PlanDocument,
  items: Map<string, Indexed>,
): (node: RollUpNode) => RollUpRow {
  const indicators = new Map(document.indicators.map((i) => [i.id, i]));
  const headingOf = (id: string): LocalizedText => {
    const found = items.get(id);
    if (found) return itemHeading(found.item);
    const indicator = indicators.get(id);
    return indicator ? { ...indicator.name } : { en: id };
  };
  const targetOf = (indicatorId: string, targetId: string): LocalizedText => {
    const indicator = indicators.get(indicatorId);
    const target = indicator?.targets.find((t) => t.id === targetId);
    if (!indicator || !target) return { en: targetId };
    const goal = describeComparator(target.comparator, target.value, target.band, indicator.unit);
    return targetLabel(target, goal, setBy(target, document, items));
  };
  return (node) => ({
    progress: finiteOrNull(node.progress),
    flags: [...node.flags],
    coverage: node.coverage,
    leaves: { total: node.leaves.total, withEvidence: node.leaves.withEvidence },
    achieved: node.achieved,
    ...contributorCounts(node),
    judgedHere: node.contributors
      .filter((c) => c.judgedAgainst.length > 0)
      .map((c) => ({
        id: c.id,
        heading: headingOf(c.id),
        progress: finiteOrNull(c.progress),
        targets: c.judgedAgainst.map((t) => ({
          indicatorId: t.indicatorId,
          targetId: t.targetId,
          label: targetOf(t.indicatorId, t.targetId),
        })),
      })),
    duplicates: node.duplicates.map((d) => ({
      indicatorId: d.indicatorId,
      indicator: headingOf(d.indicatorId),
      through: d.through.map((id) => ({ id, heading: headingOf(id) })),
    })),
  });
}

function finiteOrNull(n: number | undefined): number | null {
  return n !== undefined && Number.isFinite(n) ? n : null;
}

function describeComparator(
  comparator: string,
  value: number | undefined,
  band: { low: number; high: number } | undefined,
  unit: string,
): string {
  if (comparator === "band" && band) return `${band.low}–${band.high} ${unit}`.trim();
  const words: Record<string, string> = {
    ">": "more than",
    ">=": "at least",
    "<": "under",
    "<=": "at most",
    "=": "reach",
  };
  return `${words[comparator] ?? comparator} ${value ?? ""}${unit === "%" ? "%" : ` ${unit}`}`.trim();
}

type Indexed = { item: PlanItem; planTitle: LocalizedText };

/** A plan's name in a report: its short title, else its title, in each language it has. */
function planName(plan: PlanDocument["plans"][number]): LocalizedText {
  const zh = plan.shortTitle?.zh ?? plan.title.zh;
  return { en: plan.shortTitle?.en ?? plan.title.en, ...(zh !== undefined ? { zh } : {}) };
}

/** An item's heading with its number, in each language it has (the Chinese only where the data has one). */
function itemHeading(item: PlanItem): LocalizedText {
  const number = item.number ? `${item.number} ` : "";
  return {
    en: `${number}${item.heading.en}`,
    ...(item.heading.zh !== undefined ? { zh: `${number}${item.heading.zh}` } : {}),
  };
}

/** An item after a Chinese plan title: its Chinese heading, else its numeral, else nothing. */
function zhItem(item: PlanItem): string {
  if (item.heading.zh !== undefined) return `，${itemHeading(item).zh}`;
  return item.number !== undefined && /^[\dIVX().]+$/.test(item.number) ? `，${item.number}` : "";
}

function itemIndex(document: PlanDocument): Map<string, Indexed> {
  const map = new Map<string, Indexed>();
  for (const plan of document.plans) {
    const visit = (items: readonly PlanItem[]) => {
      for (const item of items) {
        map.set(item.id, { item, planTitle: planName(plan) });
        visit(item.children);
      }
    };
    visit(plan.items);
  }
  return map;
}

function setBy(
  target: Indicator["targets"][number],
  document: PlanDocument,
  items: Map<string, Indexed>,
): LocalizedText {
  if (target.statedIn) {
    const found = items.get(target.statedIn);
    if (found) {
      const heading = itemHeading(found.item);
      const zhTitle = found.planTitle.zh;
      return {
        en: `${found.planTitle.en}, ${heading.en}`,
        // In Chinese only where the plan has a Chinese title; an item whose heading has no
        // Chinese form is named by its number alone (when that is a numeral), never translated.
        ...(zhTitle !== undefined ? { zh: `${zhTitle}${zhItem(found.item)}` } : {}),
      };
    }
  }
  const source = target.source;
  if (typeof source === "string")
    return { en: document.sources.find((s) => s.id === source)?.title ?? source };
  if (source) return { en: source.title };
  return { en: "(not stated)" };
}

/**
 * The target's line heading: its own label when that names the deadline ("2020 (Three-Year
 * Action Plan): reach 300 sets"), else the deadline with the label or who set it in brackets.
 */
function targetLabel(
  target: Indicator["targets"][number],
  goal: string,
  by: LocalizedText,
): LocalizedText {
  const zh = target.label?.zh;
  const own = target.label?.en;
  const en = own?.includes(String(target.deadline))
    ? `${own}: ${goal}`
    : `${target.deadline}: ${goal} (${own ?? by.en})`;
  return { en, ...(zh !== undefined ? { zh } : {}) };
}

/** The report's title: the option, else the plans' names joined ("和" in Chinese, when all have one). */
function reportTitle(document: PlanDocument, title: LocalizedTextInput | undefined): LocalizedText {
  if (typeof title === "string") return { en: title };
  if (title !== undefined) return { ...title };
  const names = document.plans.map(planName);
  const en = names.map((n) => n.en).join(" and ") || "Progress report";
  const zh = names.every((n) => n.zh !== undefined) ? names.map((n) => n.zh).join("和") : "";
  return zh ? { en, zh } : { en };
}

/** The decimals an indicator's values are shown with: its own, else 0 for counts and milestones. */
function decimalsOf(indicator: Indicator): number {
  if (indicator.decimals !== undefined) return indicator.decimals;
  return indicator.measure === "count" || indicator.measure === "milestone" ? 0 : 2;
}

function targetReport(
  target: Indicator["targets"][number],
  assessed: TargetAssessment | undefined,
  indicator: Indicator,
  document: PlanDocument,
  items: Map<string, Indexed>,
): ProgressReport["indicators"][number]["targets"][number] {
  const milestone = measured(assessed?.milestone);
  const share = measured(assessed?.distanceShare);
  const pace = measured(assessed?.pace);
  const escap = measured(assessed?.escap);
  const anticipated = escap ? measured(escap.anticipated) : undefined;
  const forecastOutcome = assessed?.forecasts?.[anticipated?.projection ?? "weighted-linear"];
  const forecast = measured(forecastOutcome);
  const unmeasured = assessed?.milestone.status === "unmeasurable" ? assessed.milestone : undefined;
  const by = setBy(target, document, items);
  const goal = describeComparator(target.comparator, target.value, target.band, indicator.unit);
  return {
    id: target.id,
    label: targetLabel(target, goal, by),
    goal,
    deadline: target.deadline,
    comparator: target.comparator,
    value: target.value ?? null,
    band: target.band ?? null,
    setBy: by,
    status: milestone ? milestone.milestone : "unmeasurable",
    // With a status, the reason a figure could not be measured: the distance share's (one
    // observation that is its own baseline, a degenerate range); without one, the milestone's.
    reason: milestone
      ? assessed?.distanceShare.status === "unmeasurable"
        ? assessed.distanceShare.message
        : null
      : (unmeasured?.message ?? "the target does not apply to the whole population"),
    distanceShare: share ? { raw: share.raw, clamped: share.clamped } : null,
    timeShare: finiteOrNull(pace?.timeShare),
    paceIndex: finiteOrNull(pace?.paceIndex),
    escapCategory: escap ? escap.category : null,
    projection: anticipated
      ? {
          kind: anticipated.projection,
          projectedValue: anticipated.projected,
          share: anticipated.share,
        }
      : null,
    forecast: forecast
      ? { kind: forecast.kind, outcome: forecast.outcome, year: finiteOrNull(forecast.year) }
      : null,
    warnings: (assessed?.warnings ?? []).map((w) => ({ code: w.code, message: w.message })),
  };
}

/**
 * Builds the progress report of a plan document as of a date: each indicator's latest value,
 * baseline, and for each target the milestone status, distance share, pace, ESCAP category,
 * projected value and forecast year, with warnings and an explanation.
 *
 * @remarks
 * Uses {@link assessIndicator} on the observations without a reporting unit (national figures)
 * and the whole population (no dimensions), and {@link rollUpProgress} for the roll-up over each
 * plan's structure (items without any measured indicator, child or aligned item are left out; for
 * annual observations it takes the columnar engine, and the report reads no assessment from it). The default projection is `weighted-linear`
 * (ESCAP/UNECE weighted regression); see the methodology guide for why. The result is plain JSON
 * (`null` for a figure that could not be computed, with the reason in `reason` or `warnings`).
 * Organisations' reports are combined as {@link combineObservations} combines them, with its
 * completeness check (`options.completeness`, `refuse` by default): each line lists the
 * incomplete periods and their missing units (`completeness`, warning `incomplete-period`) and
 * marks a completed latest value or baseline (`imputed`).
 *
 * @param document - The parsed plan document.
 * @param options - The date, projection and selection; see {@link BuildProgressReportOptions}.
 * @returns The report.
 * @throws {@link CastPlanError} with code `INVALID_ARGUMENT` when `asOf` is not a calendar value
 *   or a completeness option is bad, and `UNKNOWN_ID` when a requested indicator id is not in the
 *   document.
 *
 * @example
 * ```ts
 * import { buildProgressReport } from "cast-plan";
 * import { parsePlanDocument } from "cast-plan/schemas";
 * const document = parsePlanDocument({
 *   schemaVersion: 1,
 *   plans: [{ id: "p", kind: "local-plan", title: { en: "Plan" }, issuer: "X", period: { start: 2015, end: 2025 }, items: [] }],
 *   indicators: [{ id: "i", name: "Share", measure: "percentage", unit: "%", direction: "increase", aggregation: "none", baselines: [{ period: 2015, value: 6.2 }], targets: [{ id: "t", deadline: 2020, comparator: ">", value: 10 }] }],
 *   observations: [{ indicatorId: "i", period: 2020, value: 10.56, status: "final" }],
 * });
 * const report = buildProgressReport(document, { asOf: "2021-06-30" });
 * report.indicators[0]?.targets[0]?.status // => "achieved-on-time"
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export function buildProgressReport(
  document: PlanDocument,
  options: BuildProgressReportOptions,
): ProgressReport {
  return calledAs("buildProgressReport", () => build(document, options));
}

function build(document: PlanDocument, options: BuildProgressReportOptions): ProgressReport {
  const projection = options.projection ?? "weighted-linear";
  const items = itemIndex(document);
  const wanted = options.indicatorIds;
  if (wanted) {
    const known = new Set(document.indicators.map((i) => i.id));
    const missing = wanted.filter((id) => !known.has(id));
    if (missing.length > 0) {
      throw new CastPlanError(
        "UNKNOWN_ID",
        `buildProgressReport: no indicator has id ${missing.map((m) => `'${m}'`).join(", ")}`,
        missing.map((id) => ({
          path: ["indicatorIds", wanted.indexOf(id)],
          rule: "reference",
          message: `no indicator has id '${id}'`,
        })),
      );
    }
  }
  // A bad date is reported by assessIndicator, under this function's name (calledAs).
  const asOfYear = isCalendarPoint(options.asOf)
    ? toDecimalYear(options.asOf)
    : Number.POSITIVE_INFINITY;
  const byIndicator = new Map<string, PlanDocument["observations"]>();
  for (const o of document.observations) {
    const list = byIndicator.get(o.indicatorId);
    if (list) list.push(o);
    else byIndicator.set(o.indicatorId, [o]);
  }
  const completeness: CompletenessOptions = {
    completeness: options.completeness,
    maxCarryYears: options.maxCarryYears,
  };
  // The roll-up first: it checks the options, and its completeness facts are the report's (one
  // combine step for both).
  const rollUp = rollUpProgress(document, {
    asOf: options.asOf,
    projection,
    detail: "summary",
    ...completeness,
  });
  const noFacts = { incomplete: [], undeclared: [] };
  const indicators = document.indicators
    .filter((i) => !wanted || wanted.includes(i.id))
    .map((indicator) => {
      const { used, notes, imputed } = seriesInput(
        indicator,
        byIndicator.get(indicator.id) ?? [],
        asOfYear,
        completeness,
      );
      const assessment = assessIndicator(indicator, used, {
        asOf: options.asOf,
        projection,
        projections: [projection],
      });
      const facts = rollUp.completeness[indicator.id] ?? noFacts;
      return {
        id: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        decimals: decimalsOf(indicator),
        direction: indicator.direction,
        observations: assessment.series.years.length,
        latest: assessment.latest
          ? {
              period: assessment.latest.period,
              year: assessment.latest.year,
              value: assessment.latest.value,
              status: assessment.latest.status ?? "final",
              imputed: imputed.get(assessment.latest.period) ?? null,
            }
          : null,
        baseline: assessment.baseline
          ? {
              period: assessment.baseline.period,
              year: assessment.baseline.year,
              value: assessment.baseline.value,
              source: assessment.baseline.source,
              status: assessment.baseline.status ?? "final",
              imputed:
                assessment.baseline.source === "observation"
                  ? (imputed.get(assessment.baseline.period) ?? null)
                  : null,
            }
          : null,
        completeness: {
          incomplete: facts.incomplete.map((p) => ({
            period: p.period,
            year: p.year,
            expected: [...p.expected],
            missing: [...p.missing],
            outcome: p.outcome,
            sources: p.sources.map((x) => ({ unitId: x.unitId, periods: [...x.periods] })),
          })),
          undeclared: facts.undeclared.map((r) => ({
            period: r.period,
            year: r.year,
            units: [...r.units],
          })),
        },
        targets: indicator.targets.map((t) =>
          targetReport(
            t,
            assessment.targets.find((a) => a.targetId === t.id),
            indicator,
            document,
            items,
          ),
        ),
        warnings: [
          ...notes,
          ...assessment.warnings.map((w) => ({ code: w.code, message: w.message })),
        ],
        explanation: assessment.explanation,
      };
    });
  const rows: ProgressReport["items"] = [];
  const describe = rollUpDescriber(document, items);
  for (const plan of document.plans) {
    const node = rollUp.plans[plan.id];
    if (!node || node.contributors.length === 0) continue;
    rows.push({ id: plan.id, heading: planName(plan), depth: 0, ...describe(node) });
    const visit = (list: readonly PlanItem[], depth: number) => {
      for (const item of list) {
        const n = rollUp.items[item.id];
        if (!n || (n.progress === undefined && n.coverage === 0)) continue;
        rows.push({ id: item.id, heading: itemHeading(item), depth, ...describe(n) });
        visit(item.children, depth + 1);
      }
    };
    visit(plan.items, 1);
  }
  return {
    format: "cast-plan/progress-report@3",
    title: reportTitle(document, options.title),
    asOf: options.asOf,
    method: {
      projection,
      completeness: options.completeness ?? "refuse",
      maxCarryYears: options.maxCarryYears ?? null,
      summary: `Distance share (ESCAP current status) against each target from the baseline; milestone status with the target's comparator; ESCAP anticipated progress and forecast year with the ${projection} projection. ${COMPLETENESS_SUMMARY[options.completeness ?? "refuse"]}`,
    },
    indicators,
    items: rows,
  };
}
