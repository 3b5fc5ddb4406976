// The types shared by the roll-up functions (rollUpProgress, createRollUpState, finalizeRollUp,
// rollUpProgressFromColumns) and the modules beneath them; exported through those functions' files.
import type { Observation } from "../../schemas/indicator.js";
import type { Dimensions } from "../../schemas/primitives.js";
import type { IndicatorAssessment } from "../targets/types.js";
import type { IndicatorCompleteness, ProgressWarningCode } from "../types.js";

/**
 * A data-quality flag of a roll-up node: a figure behind its progress is not a plain final
 * report.
 *
 * - `provisional`, `estimated`: a value the progress uses has that status (an indicator: its
 *   latest value, or its baseline when that is taken from the observations; a combined figure has
 *   the weakest status of the reports combined into it, the one `latest` picks for that rule).
 * - `carried-forward`, `interpolated`: such a value was completed for an expected unit that had not
 *   reported, by that unit's last report or by interpolation between its reports (the
 *   `completeness` option of the roll-ups).
 * - `incomplete`: a period was left out because an expected unit had not reported (the default
 *   policy, `refuse`): the progress rests on the periods that are complete.
 *
 * A plan or item carries the flags of its contributors that have data.
 *
 * @example
 * ```ts
 * import type { RollUpFlag } from "cast-plan";
 * const flag: RollUpFlag = "provisional";
 * flag // => "provisional"
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export type RollUpFlag =
  | "provisional"
  | "estimated"
  | "carried-forward"
  | "interpolated"
  | "incomplete";

/**
 * An indicator link of a roll-up item that is not counted, because the indicator reaches the item
 * through one of its contributor items too (it counts once, through them).
 *
 * @example
 * ```ts
 * import type { RollUpDuplicate } from "cast-plan";
 * const duplicate: RollUpDuplicate = { itemId: "task.6", indicatorId: "literacy", through: ["action.15"] };
 * duplicate.through.length // => 1
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export interface RollUpDuplicate {
  /** The item whose direct link is not counted. */
  readonly itemId: string;
  /** The indicator that `measures` the item. */
  readonly indicatorId: string;
  /** The contributor items (children or aligned items) through which the indicator reaches the
   * item and is counted; empty when the indicator's `measures` names the item twice. */
  readonly through: readonly string[];
}

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
  /**
   * The share of the leaf items below the node that have evidence, in [0, 1]: `leaves.withEvidence
   * / leaves.total`, 0 when there are none.
   *
   * @remarks
   * The leaf items below a plan or item are reached through its children and the items aligned
   * to it, at any depth, each counted once: items with no child and no aligned item (a task
   * without any indicator counts, without evidence; a part, section, principle or `other` item
   * with nothing below it gives context and does not count), and every item that an indicator
   * measures directly, which counts once as a leaf of its own beside the leaves below it: its
   * indicator is evidence about the item as a whole, which its children's evidence does not
   * replace, and the item's progress mixes both. A leaf item has evidence when an indicator
   * measuring it directly has progress in the item's own row. An indicator node has coverage 1
   * with progress, else 0 (it is its own single leaf). This is the coverage of
   * {@link scoreCheckpoint} (the share of leaf items with evidence) applied to the roll-up's
   * items.
   */
  readonly coverage: number;
  /** The counts behind `coverage`: the leaf items below the node, and how many have evidence. */
  readonly leaves: { readonly total: number; readonly withEvidence: number };
  /** Whether every contributor is achieved (an indicator: every target met); false without any. */
  readonly achieved: boolean;
  /** Data-quality flags (see {@link RollUpFlag}), in the order of `ROLL_UP_FLAGS`; empty when
   * every figure behind the progress is final. */
  readonly flags: readonly RollUpFlag[];
  /** The contributors counted: child items, indicators measuring the item, items aligned to it. */
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
    /**
     * Where its figure here (progress or achievement) is not its own row's, the targets that
     * decide it here instead: targets stated in this node's subtree (the first not yet achieved,
     * else the last), per indicator below the contributor. Empty when it counts here as its own
     * row shows it.
     */
    readonly judgedAgainst: readonly {
      /** The indicator judged. */
      readonly indicatorId: string;
      /** The target deciding its figure here. */
      readonly targetId: string;
    }[];
  }[];
  /** The indicator links of the item that are not counted, because the indicator is counted
   * through one of its contributor items (empty for plans and indicators). */
  readonly duplicates: readonly RollUpDuplicate[];
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
