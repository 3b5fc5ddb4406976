import { periodText } from "../dates/periodText.js";
import type { Indicator, Observation } from "../schemas/indicator.js";
import type { CalendarPoint, Dimensions } from "../schemas/primitives.js";
import { measured, unmeasurable } from "./methods/numbers.js";
import { accumulate, type PeriodAccumulator, STATUS } from "./series/accumulate.js";
import {
  type Cells,
  type Completeness,
  checkCompleteness,
  combineCells,
  completenessWarnings,
  createPanel,
  refusedText,
  type SeriesProblem,
  UNIT_COUNT,
  UNIT_DENOMINATOR,
  UNIT_NUMERATOR,
  UNIT_SUM,
} from "./series/complete.js";
import {
  DENOMINATOR,
  FIELDS,
  NUMERATOR,
  PICK_RANK,
  PICK_VALUE,
  RATIO_MISSING,
  SUM,
  UNITS,
  WEAKEST,
  WHOLE_RANK,
  WHOLE_VALUE,
  YEAR,
} from "./series/layout.js";
import { asOfYearOf, decimalYearOf } from "./series/select.js";
import type {
  CompletenessOptions,
  ImputationKind,
  IncompletePeriod,
  IndicatorCompleteness,
  ProgressOutcome,
  ProgressWarning,
  UndeclaredReport,
} from "./types.js";

/**
 * The measured part of {@link combineObservations}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface CombinedObservations {
  /** One observation per period and dimension set, without `unitId`, sorted by period end. */
  readonly observations: readonly Observation[];
  /** Per observation, how it was completed (`null`: from the reports as given). @since 0.2.0 */
  readonly imputed: readonly (ImputationKind | null)[];
  /** The incomplete periods and undeclared reports found (every dimension set). @since 0.2.0 */
  readonly completeness: IndicatorCompleteness;
}

/**
 * The options of {@link combineObservations}.
 *
 * @example
 * ```ts
 * import type { CombineObservationsOptions } from "cast-plan";
 * const options: CombineObservationsOptions = { asOf: 2024, completeness: "interpolate" };
 * options.completeness // => "interpolate"
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export interface CombineObservationsOptions extends CompletenessOptions {
  /** Observations whose period ends after this date are ignored; all are used by default. */
  readonly asOf?: CalendarPoint | undefined;
}

/**
 * Combines observations reported by several organisations into one figure per period (and
 * dimension set), by the indicator's aggregation rule, refusing (or completing, as asked) the
 * periods in which an expected unit has not reported.
 *
 * @remarks
 * `sum` adds the units' values (a local association's figures add up to the national one), `mean`
 * averages them (weighted by the indicator's `unitWeights` when it has them: Σ w·v / Σ w),
 * `latest` takes one report (best status, then the greatest unit id: for cumulative
 * figures any single authoritative report stands for all), `ratio` divides Σ numerator by
 * Σ denominator (×100 for a percentage; never an average of percentages), `none` refuses
 * (`not-aggregatable`). A whole-population figure (no `unitId`) for a period is used as is and the
 * units' reports for that period are not added to it, to avoid double counting. The combined
 * status is the weakest of its inputs. The result does not depend on the order of observations
 * (up to floating-point rounding of sums).
 *
 * Completeness (`sum`, `mean`, `ratio`): the units expected at a period are those declared in
 * `indicator.expectedReporters` in force then, else those whose first report (of this dimension
 * set, by `asOf`) is at or before it. A period with an expected unit missing is never a partial
 * sum: by default (`completeness: "refuse"`) it has no figure (warning `incomplete-period` naming
 * every missing unit and period); `carry-forward` uses the unit's last report before it (within
 * `maxCarryYears`), `interpolate` interpolates linearly between its reports before and after it;
 * a period neither can complete is refused. Completed figures are flagged (`imputed`, warnings
 * `carried-forward` and `interpolated`). With no combined figure left the result is unmeasurable
 * (`incomplete-period`). Sources: OECD/JRC Handbook on Constructing Composite Indicators (2008),
 * imputation of missing data; COINr `impute_panel`
 * (https://bluefoxr.github.io/COINr/reference/impute_panel.html). Source for ratios: UNICEF PRP
 * (github.com/unicef/etools-partner-reporting-portal).
 *
 * @param indicator - The indicator.
 * @param observations - The observations; other indicators' are ignored.
 * @param options - The date and the completeness policy; see {@link CombineObservationsOptions}.
 * @returns The combined observations, or why they cannot be combined.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for a bad `asOf` (path `asOf`), `completeness`
 *   or `maxCarryYears`.
 *
 * @example
 * ```ts
 * import { combineObservations, type Indicator, type Observation } from "cast-plan";
 * const museums: Indicator = { id: "museums", name: { en: "Museums" }, measure: "count", unit: "museums", direction: "increase", aggregation: "sum", dimensions: [], baselines: [], targets: [], measures: [], references: [] };
 * const reports: Observation[] = [
 *   { indicatorId: "museums", period: 2020, value: 3, unitId: "a", status: "final" },
 *   { indicatorId: "museums", period: 2020, value: 4, unitId: "b", status: "final" },
 *   { indicatorId: "museums", period: 2021, value: 5, unitId: "a", status: "final" },
 * ];
 * const r = combineObservations(museums, reports);
 * // 2021: b has not reported, so 2021 has no figure (never the partial sum 5).
 * r.status === "measured" ? r.observations.map((o) => o.value) : [] // => [7]
 * r.warnings[0]?.code // => "incomplete-period"
 * const c = combineObservations(museums, reports, { completeness: "carry-forward" });
 * // 2021: 5 + b's 2020 report (4), flagged.
 * c.status === "measured" ? [c.observations[1]?.value, c.imputed[1]] : [] // => [9, "carried-forward"]
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function combineObservations(
  indicator: Indicator,
  observations: readonly Observation[],
  options: CombineObservationsOptions = {},
): ProgressOutcome<CombinedObservations> {
  const completeness = checkCompleteness(options, "combineObservations");
  const asOfYear =
    options.asOf === undefined
      ? Number.POSITIVE_INFINITY
      : asOfYearOf(options.asOf, "combineObservations");
  const map = new Map<string | number, PeriodAccumulator>();
  for (const o of observations)
    if (o.indicatorId === indicator.id && decimalYearOf(o.period) <= asOfYear)
      accumulate(map, o, indicator);
  return combineAccumulators(indicator, map, completeness);
}

/** One combined period, with where it sorts. */
interface Entry {
  readonly a: PeriodAccumulator;
  readonly key: string;
  readonly observation: Observation;
  readonly imputed: ImputationKind | null;
}

/** Turns accumulators into combined observations (see combineObservations). @internal */
export function combineAccumulators(
  indicator: Indicator,
  map: ReadonlyMap<string | number, PeriodAccumulator>,
  completeness: Completeness,
): ProgressOutcome<CombinedObservations> {
  const sorted = [...map.values()]
    .map((a) => ({ a, key: keyOf(a) }))
    .sort((x, y) => x.a.year - y.a.year || x.key.localeCompare(y.key));
  // One series per dimension set, each in period order.
  const groups = new Map<string, { a: PeriodAccumulator; key: string }[]>();
  for (const entry of sorted) {
    const dims = dimensionsKey(entry.a.dimensions);
    const group = groups.get(dims);
    if (group) group.push(entry);
    else groups.set(dims, [entry]);
  }
  const entries: Entry[] = [];
  const incomplete: IncompletePeriod[] = [];
  const undeclared: UndeclaredReport[] = [];
  let problem: { code: SeriesProblem; key: string; year: number; detail: string } | undefined;
  for (const group of groups.values()) {
    const list = group.map((g) => g.a);
    const dimensions = list[0]?.dimensions;
    const combined = combineCells(
      indicator,
      cellsOf(list),
      panelOf(list),
      (i) => periodText((list[i] as PeriodAccumulator).period),
      completeness,
      hasKeys(dimensions) ? dimensions : undefined,
    );
    const p = combined.problem;
    if (p) {
      const at = group[p.cell] as { a: PeriodAccumulator; key: string };
      if (
        !problem ||
        at.a.year < problem.year ||
        (at.a.year === problem.year && at.key.localeCompare(problem.key) < 0)
      )
        problem = { code: p.code, key: at.key, year: at.a.year, detail: p.detail };
      continue;
    }
    incomplete.push(...combined.completeness.incomplete);
    undeclared.push(...combined.completeness.undeclared);
    combined.cells.forEach((cell, j) => {
      const { a, key } = group[cell] as { a: PeriodAccumulator; key: string };
      const o: Observation = {
        indicatorId: indicator.id,
        period: a.period,
        value: combined.values[j] as number,
        status: STATUS[combined.ranks[j] as number] ?? "estimated",
      };
      if (hasKeys(a.dimensions)) o.dimensions = a.dimensions;
      const numerator = combined.numerators[j] as number;
      if (!Number.isNaN(numerator)) {
        o.numerator = numerator;
        o.denominator = combined.denominators[j] as number;
      }
      entries.push({ a, key, observation: o, imputed: combined.imputed[j] ?? null });
    });
  }
  if (problem)
    return unmeasurable(
      problem.code,
      problem.code === "not-aggregatable"
        ? indicator.aggregation === "none"
          ? `indicator '${indicator.id}' has aggregation 'none': organisations' figures for ${problem.key} cannot be combined`
          : `indicator '${indicator.id}' is a weighted mean: ${problem.detail} (${problem.key})`
        : `indicator '${indicator.id}' is a ratio: every report for ${problem.key} needs a numerator and a denominator`,
    );
  entries.sort((x, y) => x.a.year - y.a.year || x.key.localeCompare(y.key));
  const byYear = (x: { year: number }, y: { year: number }) => x.year - y.year;
  const found: IndicatorCompleteness = {
    incomplete: incomplete.sort(byYear),
    undeclared: undeclared.sort(byYear),
  };
  const warnings: ProgressWarning[] = completenessWarnings(found, completeness.policy);
  if (entries.length === 0 && found.incomplete.length > 0)
    return unmeasurable(
      "incomplete-period",
      `indicator '${indicator.id}': ${refusedText(found, completeness.policy)}`,
      warnings.filter((w) => w.code !== "incomplete-period"),
    );
  return measured(
    {
      observations: entries.map((e) => e.observation),
      imputed: entries.map((e) => e.imputed),
      completeness: found,
    },
    warnings,
  );
}

/** The cells of one series' accumulators (in period order), in the row layout. */
function cellsOf(list: readonly PeriodAccumulator[]): Cells {
  const figures = new Float64Array(list.length * FIELDS);
  list.forEach((a, i) => {
    const at = i * FIELDS;
    figures[at + YEAR] = a.year;
    figures[at + WHOLE_VALUE] = a.wholeValue ?? 0;
    figures[at + WHOLE_RANK] = a.wholeValue === undefined ? 0 : a.wholeRank;
    figures[at + UNITS] = a.units;
    figures[at + SUM] = a.sum;
    figures[at + NUMERATOR] = a.numerator;
    figures[at + DENOMINATOR] = a.denominator;
    figures[at + RATIO_MISSING] = a.ratioMissing;
    figures[at + WEAKEST] = 4 - a.minRank;
    figures[at + PICK_RANK] = a.pickRank;
    figures[at + PICK_VALUE] = a.pickValue;
  });
  return { figures, rows: list.map((_, i) => i) };
}

/** The units' reports of one series' accumulators. */
function panelOf(list: readonly PeriodAccumulator[]) {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const a of list)
    for (const id of a.reports.keys())
      if (!seen.has(id)) {
        seen.add(id);
        ids.push(id);
      }
  const n = list.length;
  const panel = createPanel(ids, n);
  ids.forEach((id, u) => {
    list.forEach((a, i) => {
      const r = a.reports.get(id);
      if (!r) return;
      const at = u * n + i;
      const e = at * panel.fields;
      panel.figures[e + UNIT_COUNT] = r.count;
      panel.figures[e + UNIT_SUM] = r.sum;
      panel.figures[e + UNIT_NUMERATOR] = r.numerator;
      panel.figures[e + UNIT_DENOMINATOR] = r.denominator;
    });
  });
  return panel;
}

function hasKeys(d: Dimensions | undefined): d is Dimensions {
  return d !== undefined && Object.keys(d).length > 0;
}

function dimensionsKey(d: Dimensions | undefined): string {
  return hasKeys(d) ? JSON.stringify(Object.entries(d).sort()) : "";
}

function keyOf(a: PeriodAccumulator): string {
  const p = a.period;
  const dims = a.dimensions ? JSON.stringify(Object.entries(a.dimensions).sort()) : "";
  return `${typeof p === "object" ? `${p.start}/${p.end}` : p}|${dims}`;
}
