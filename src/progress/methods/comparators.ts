// Private helpers for target comparators.

import type { Comparator } from "../../schemas/indicator.js";
import type { ProgressDirection } from "../types.js";

/**
 * Whether `value` meets a target. `>` exceed (strict), `>=` at least, `<` under (strict), `<=` at
 * most, `=` reach (in the indicator's direction: at least for increase, at most for decrease, so
 * overshooting still counts as reached), `band` within `[low, high]`.
 */
export function meetsTarget(
  value: number,
  comparator: Comparator,
  target: number,
  direction: ProgressDirection,
  band?: { readonly low: number; readonly high: number },
): boolean {
  switch (comparator) {
    case ">":
      return value > target;
    case ">=":
      return value >= target;
    case "<":
      return value < target;
    case "<=":
      return value <= target;
    case "=":
      return direction === "decrease" ? value <= target : value >= target;
    case "band":
      return band ? value >= band.low && value <= band.high : value === target;
    default: {
      const unreachable: never = comparator;
      return unreachable;
    }
  }
}

/** The default comparator for a direction: `>=` for increase, `<=` for decrease. */
export function defaultComparator(direction: ProgressDirection): Comparator {
  return direction === "decrease" ? "<=" : ">=";
}
