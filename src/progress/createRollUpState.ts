import { accumulate, type PeriodAccumulator } from "../_lib/progress-accumulate.js";
import type { PlanDocument } from "../schemas/document.js";
import type { Indicator, Observation } from "../schemas/indicator.js";

/**
 * The partial state of a roll-up: per indicator, per period and dimension set, the mergeable
 * totals of the observations seen so far. Build one per shard or per organisation with
 * {@link createRollUpState}, combine with {@link mergeRollUpStates}, finish with
 * {@link finalizeRollUp}. It holds only Maps and plain data, so `structuredClone` and worker
 * messages carry it.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface RollUpState {
  /** The discriminant of the state's format. */
  readonly kind: "roll-up-state";
  /** Per indicator id, per period key, the accumulated figures. */
  readonly indicators: ReadonlyMap<
    string,
    ReadonlyMap<string | number, Readonly<PeriodAccumulator>>
  >;
  /** The number of observations folded in (observations of unknown indicators are not counted). */
  readonly observationCount: number;
}

export type { PeriodAccumulator };

interface Slot {
  readonly indicator: Indicator;
  readonly periods: Map<string | number, PeriodAccumulator>;
}

/**
 * Creates the partial roll-up state of a set of observations (one shard, or one organisation's
 * reports).
 *
 * @remarks
 * Observations of indicators that are not in the document are ignored. Building states for
 * disjoint shards and merging them gives the same roll-up as one pass over all observations (up
 * to floating-point rounding of sums, below 1e-9 relative).
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
  // One lookup per observation: indicator id → its indicator and its accumulators.
  const slots = new Map<string, Slot>();
  for (const indicator of document.indicators)
    if (!slots.has(indicator.id)) slots.set(indicator.id, { indicator, periods: new Map() });
  let last: Slot | undefined;
  let lastId = "";
  let count = 0;
  for (const o of observations) {
    if (o.indicatorId !== lastId) {
      lastId = o.indicatorId;
      last = slots.get(lastId);
    }
    if (!last) continue;
    accumulate(last.periods, o, last.indicator);
    count += 1;
  }
  const indicators = new Map<string, Map<string | number, PeriodAccumulator>>();
  for (const [id, slot] of slots) if (slot.periods.size > 0) indicators.set(id, slot.periods);
  return { kind: "roll-up-state", indicators, observationCount: count };
}
