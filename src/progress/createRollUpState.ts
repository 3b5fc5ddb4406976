import type { PeriodTable } from "./rollup/types.js";

export type { PeriodTable, PeriodTableUnits } from "./rollup/types.js";

import type { PlanDocument } from "../schemas/document.js";
import type { Observation } from "../schemas/indicator.js";
import { foldObservations } from "./rollup/table.js";
import type { PeriodAccumulator, UnitReports } from "./series/accumulate.js";

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

export type { PeriodAccumulator, UnitReports };

/**
 * Creates the partial roll-up state of a set of observations (one shard, or one organisation's
 * reports).
 *
 * @remarks
 * Observations of indicators that are not in the document are ignored. Building states for
 * disjoint shards and merging them gives the same roll-up as one pass over all observations (up
 * to floating-point rounding of sums, below 1e-9 relative). Two passes over the observations:
 * the first finds each indicator's span of years, the second folds every observation into one
 * row of numbers, without allocating per observation. For indicators that combine by `sum`,
 * `mean` or `ratio`, each unit's own figures per row are kept too (`table.units`): the
 * completeness check of {@link finalizeRollUp} and weighted means read them.
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
