import type { PlanDocument } from "../schemas/document.js";
import type { Observation } from "../schemas/indicator.js";
import type { Dimensions } from "../schemas/primitives.js";
import { foldObservations } from "./rollup/table.js";
import type { PeriodAccumulator } from "./series/accumulate.js";

/**
 * The partial state of a roll-up: per indicator, per period and dimension set, the mergeable
 * totals of the observations seen so far. Build one per shard or per organisation with
 * {@link createRollUpState}, combine with {@link mergeRollUpStates}, finish with
 * {@link finalizeRollUp}. It holds only Maps, arrays and typed arrays, so `structuredClone` and
 * worker messages carry it.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface RollUpState {
  /** The discriminant of the state's format. */
  readonly kind: "roll-up-state";
  /** Per indicator id, the accumulated figures per period and dimension set. */
  readonly indicators: ReadonlyMap<string, PeriodTable>;
  /** The number of observations folded in (observations of unknown indicators are not counted). */
  readonly observationCount: number;
}

export type { PeriodAccumulator };

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
}

/**
 * Creates the partial roll-up state of a set of observations (one shard, or one organisation's
 * reports).
 *
 * @remarks
 * Observations of indicators that are not in the document are ignored. Building states for
 * disjoint shards and merging them gives the same roll-up as one pass over all observations (up
 * to floating-point rounding of sums, below 1e-9 relative). Two passes over the observations:
 * the first finds each indicator's span of years, the second folds every observation into one
 * row of numbers, without allocating per observation.
 *
 * @param document - The plan document (its indicators decide how values combine).
 * @param observations - The observations of this shard.
 * @returns The partial state.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { createRollUpState } from "cast-plan";
 * import { parsePlanDocument } from "cast-plan/schemas";
 * const document = parsePlanDocument({ schemaVersion: 1, plans: [{ id: "p", kind: "local-plan", title: { en: "P" }, issuer: "X", period: { start: 2020, end: 2025 }, items: [] }] });
 * createRollUpState(document, []).observationCount // => 0
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function createRollUpState(
  document: Pick<PlanDocument, "indicators">,
  observations: readonly Observation[],
): RollUpState {
  const { indicators, count } = foldObservations(document.indicators, observations);
  return { kind: "roll-up-state", indicators, observationCount: count };
}
