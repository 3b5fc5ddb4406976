// The types shared by the roll-up functions (rollUpProgress, createRollUpState, finalizeRollUp,
// rollUpProgressFromColumns) and the modules beneath them; exported through those functions' files.
import type { Observation } from "../../schemas/indicator.js";
import type { Dimensions } from "../../schemas/primitives.js";
import type { IndicatorAssessment } from "../targets/types.js";
import type { IndicatorCompleteness, ProgressWarningCode } from "../types.js";

/**
 * One node of a roll-up: a plan, a plan item or an indicator.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface RollUpNode {
  /** The id of the plan, item or indicator. */
  readonly id: string;
  /** What the node is. */
  readonly kind: "plan" | "item" | "indicator";
  /** The weighted mean of the contributors' progress in [0, 1]; `undefined` without data. */
  readonly progress: number | undefined;
  /** The weighted share of contributors that have data, in [0, 1] (evidence strength). */
  readonly coverage: number;
  /** Whether every contributor is achieved (an indicator: every target met); false without any. */
  readonly achieved: boolean;
  /** The contributors: child items, indicators measuring the item, items aligned to it. */
  readonly contributors: readonly {
    /** The contributor's id (an item or indicator id). */
    readonly id: string;
    /** How it contributes. */
    readonly via: "child" | "indicator" | "alignment";
    /** Its weight. */
    readonly weight: number;
    /** The progress it contributes here (judged against the targets this node states). */
    readonly progress: number | undefined;
    /** Whether it counts as achieved here (judged against the targets this node states). */
    readonly achieved: boolean;
  }[];
  /** Why `progress` is undefined, if it is. */
  readonly reason: ProgressWarningCode | undefined;
  /** The reason in a sentence, or an empty string. */
  readonly message: string;
}

/**
 * The result of a roll-up.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface RollUp {
  /** The assessment date as a decimal year. */
  readonly asOfYear: number;
  /** The node of each plan (its top-level items are its contributors). */
  readonly plans: Readonly<Record<string, RollUpNode>>;
  /** The node of each plan item. */
  readonly items: Readonly<Record<string, RollUpNode>>;
  /** The node of each indicator. */
  readonly indicators: Readonly<Record<string, RollUpNode>>;
  /** The assessment of each indicator with data (whole population, combined across units). */
  readonly assessments: Readonly<Record<string, IndicatorAssessment>>;
  /** What the completeness check found, for each indicator whose units' reports left periods
   * incomplete (refused, carried forward or interpolated) or came from undeclared units; absent
   * for the others. Its codes are the warning codes `incomplete-period`, `carried-forward`,
   * `interpolated` and `undeclared-reporter`. @since 0.2.0 */
  readonly completeness: Readonly<Record<string, IndicatorCompleteness>>;
}

/**
 * Annual whole-population observations as columns of typed arrays: row `k` is one report, of
 * indicator `indicator[k]` for the year `year[k]`. Every column has one entry per row.
 *
 * @remarks
 * The layout of Apache Arrow, DuckDB or Parquet readers: a million rows are three typed arrays
 * instead of a million objects. A row is a whole-population figure for a whole year; figures for
 * months, dates or dimension groups stay with {@link rollUpProgress}.
 * {@link toObservationColumns} builds columns from observation objects.
 *
 * @example
 * ```ts
 * import type { ObservationColumns } from "cast-plan";
 * const columns: ObservationColumns = {
 *   indicator: Int32Array.of(0, 0),
 *   year: Int32Array.of(2021, 2022),
 *   value: Float64Array.of(3, 4),
 * };
 * columns.value.length // => 2
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export interface ObservationColumns {
  /** Per row, the index of its indicator in `document.indicators`. */
  readonly indicator: Int32Array;
  /** Per row, the year (1000–9999). */
  readonly year: Int32Array;
  /** Per row, the value (finite). */
  readonly value: Float64Array;
  /** Per row, the index of the reporting organisation in `unitIds`, or −1 for a figure of the
   * whole population; without this column every row is a whole-population figure. */
  readonly unit?: Int32Array | undefined;
  /** The unit ids the `unit` column points into (needed with it; the `latest` rule prefers the
   * greatest id in string order, as for objects). */
  readonly unitIds?: readonly string[] | undefined;
  /** Per row, 0 final, 1 provisional or 2 estimated; without this column every row is final. */
  readonly status?: Uint8Array | undefined;
  /** Per row, the numerator of a ratio indicator (finite, ≥ 0); `NaN` in both this and
   * `denominator`: the row has no ratio parts. Given together with `denominator`. */
  readonly numerator?: Float64Array | undefined;
  /** Per row, the denominator (finite, > 0), or `NaN` with `numerator`. */
  readonly denominator?: Float64Array | undefined;
}

/**
 * The result of {@link rollUpProgressFromColumns}: the nodes of {@link RollUp}, without the
 * per-indicator assessments.
 *
 * @category Progress
 * @since 0.1.0
 */
export type RollUpSummary = Omit<RollUp, "assessments">;

/**
 * The accumulated figures of one indicator. Rows `0 … yearRows − 1` are the whole-population
 * figures of the integer years `firstYear, firstYear + 1, …`; each later row `yearRows + j` is a
 * period or dimension set of its own, with `keys[j]`, `periods[j]` and `dimensions[j]`.
 *
 * @example
 * ```ts
 * import { createRollUpState } from "cast-plan";
 * import { parsePlanDocument } from "cast-plan/schemas";
 * const document = parsePlanDocument({
 *   schemaVersion: 1,
 *   plans: [{ id: "p", kind: "local-plan", title: { en: "P" }, issuer: "X", period: { start: 2020, end: 2025 }, items: [{ id: "t", kind: "task", heading: "T" }] }],
 *   indicators: [{ id: "i", name: "I", measure: "count", unit: "events", direction: "increase", aggregation: "sum", targets: [{ id: "t1", deadline: 2025, comparator: ">=", value: 10 }], measures: ["t"] }],
 * });
 * const table = createRollUpState(document, [
 *   { indicatorId: "i", period: 2020, value: 1, unitId: "a", status: "final" },
 *   { indicatorId: "i", period: 2022, value: 4, unitId: "a", status: "final" },
 * ]).indicators.get("i");
 * [table?.firstYear, table?.yearRows] // => [2020, 3]
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export interface PeriodTable {
  /** The year of row 0. */
  readonly firstYear: number;
  /** The number of integer-year rows. */
  readonly yearRows: number;
  /** The key (period and dimensions) of each further row. */
  readonly keys: readonly (string | number)[];
  /** The period of each further row. */
  readonly periods: readonly Observation["period"][];
  /** The dimensions of each further row (undefined: the whole population). */
  readonly dimensions: readonly (Dimensions | undefined)[];
  /** Per row, the unit id of the report the `latest` rule picks ("" or missing for none; kept
   * only for indicators that combine by `latest`). */
  readonly pickUnits: readonly string[];
  /** Per row, 11 numbers: period end (decimal year), whole-population value and its status rank,
   * units' reports, their sum, numerators, denominators, reports without ratio parts, 4 − the
   * weakest status rank, and the status rank and value of the report `latest` picks (kept only
   * for indicators that combine by `latest`). */
  readonly figures: Float64Array;
  /** Each reporting unit's own figures per row, for indicators that combine by `sum`, `mean` or
   * `ratio` (the completeness check and weighted means read them); absent without units'
   * reports. @since 0.2.0 */
  readonly units?: PeriodTableUnits | undefined;
}

/**
 * Each reporting unit's figures in the rows of a {@link PeriodTable}: entry `u × rows + r` (with
 * `rows` the table's rows, integer years first) holds unit `ids[u]`'s reports in row `r`, as
 * `fields` numbers at `entry × fields`: how many reports (0: none), the sum of their values, and
 * with 4 fields (when some indicator of the state combines by `ratio`) the sum of their numerators
 * (NaN when one has none) and of their denominators. Their statuses are not kept (a roll-up
 * reports no status of combined figures).
 *
 * @example
 * ```ts
 * import { createRollUpState } from "cast-plan";
 * import { parsePlanDocument } from "cast-plan/schemas";
 * const document = parsePlanDocument({
 *   schemaVersion: 1,
 *   plans: [{ id: "p", kind: "local-plan", title: { en: "P" }, issuer: "X", period: { start: 2020, end: 2025 }, items: [] }],
 *   indicators: [{ id: "i", name: "I", measure: "count", unit: "events", direction: "increase", aggregation: "sum" }],
 * });
 * const units = createRollUpState(document, [
 *   { indicatorId: "i", period: 2020, value: 1, unitId: "a", status: "final" },
 *   { indicatorId: "i", period: 2021, value: 4, unitId: "b", status: "final" },
 * ]).indicators.get("i")?.units;
 * // Rows 2020 and 2021; a reported 1 in 2020, b 4 in 2021 (count, sum per entry).
 * [units?.ids, units?.fields, [...(units?.figures ?? [])]] // => [["a", "b"], 2, [1, 1, 0, 0, 0, 0, 1, 4]]
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export interface PeriodTableUnits {
  /** The units, in the order of their first report. */
  readonly ids: readonly string[];
  /** The numbers per entry: 2 (count, sum) or 4 (and numerator, denominator). */
  readonly fields: number;
  /** The entries' numbers (see above). */
  readonly figures: Float64Array;
}
