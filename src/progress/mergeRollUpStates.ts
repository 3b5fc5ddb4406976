import { mergeAccumulator, type PeriodAccumulator } from "../_lib/progress-accumulate.js";
import type { RollUpState } from "./createRollUpState.js";

/**
 * Merges partial roll-up states (from shards or organisations) into one.
 *
 * @remarks
 * The merge is associative and commutative: states can be merged in any grouping and order.
 * Inputs are not changed.
 *
 * @param states - The states to merge.
 * @returns A new state holding all of them.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { createRollUpState, mergeRollUpStates } from "cast-plan";
 * const empty = createRollUpState({ indicators: [] }, []);
 * mergeRollUpStates([empty, empty]).observationCount // => 0
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function mergeRollUpStates(states: readonly RollUpState[]): RollUpState {
  const indicators = new Map<string, Map<string | number, PeriodAccumulator>>();
  let count = 0;
  for (const state of states) {
    count += state.observationCount;
    for (const [id, periods] of state.indicators) {
      let target = indicators.get(id);
      if (!target) {
        target = new Map();
        indicators.set(id, target);
      }
      for (const [key, accumulator] of periods) {
        const existing = target.get(key);
        target.set(key, existing ? mergeAccumulator(existing, accumulator) : { ...accumulator });
      }
    }
  }
  return { kind: "roll-up-state", indicators, observationCount: count };
}
