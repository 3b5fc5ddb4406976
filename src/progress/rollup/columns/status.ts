// Private: the data-quality flags of each indicator of a columnar roll-up: the status of its
// latest combined value and, without a declared baseline in force, of its first one (the
// baseline taken from the observations), as the object path reads them from its series
// (assessSelectedSeries' `latest` and `baseline`). A combined value's status is the best one of
// the whole-population figures of its year, else of the units' reports the weakest (the one
// `latest` picks, the best, for that rule), as the combine step ranks them. One pass over the
// rows, and only when some row of the status column is not final.

import { ESTIMATED, PROVISIONAL } from "../flags.js";
import type { ObservationColumns } from "../types.js";
import { factsBaseline, type IndicatorFacts, RULES } from "./facts.js";

/** Whether every status is 0 (final): four bytes at a time where the column is aligned. */
function allFinal(status: Uint8Array): boolean {
  let k = 0;
  if (status.byteOffset % 4 === 0) {
    const words = new Uint32Array(status.buffer, status.byteOffset, status.length >>> 2);
    for (let w = 0; w < words.length; w++) if (words[w] !== 0) return false;
    k = words.length * 4;
  }
  for (; k < status.length; k++) if (status[k] !== 0) return false;
  return true;
}

/** The flag bits of a status rank (3 final, 2 provisional, 1 estimated). */
function rankBits(rank: number): number {
  return rank === 2 ? PROVISIONAL : rank === 1 ? ESTIMATED : 0;
}

/**
 * Per indicator, the flag bits of the values its progress uses (0 for an indicator whose figures
 * could not be combined: `skip[s]` non-zero). Rows after `asOfYear` play no part. All zeros
 * without a status column or when every row is final.
 */
export function indicatorFlags(
  columns: ObservationColumns,
  facts: IndicatorFacts,
  asOfYear: number,
  skip: Uint8Array,
): Uint8Array {
  const m = facts.rule.length;
  const flags = new Uint8Array(m);
  const status = columns.status;
  if (status === undefined) return flags;
  if (allFinal(status)) return flags;
  const { indicator, year, unit } = columns;
  // Per indicator, for its latest and its first year: the best whole-population rank (0: none),
  // the weakest and the best unit rank (4 and 0: none).
  const lastYear = new Int32Array(m);
  const firstYear = new Int32Array(m);
  const ranks = new Uint8Array(6 * m);
  const reset = (at: number) => {
    ranks[at] = 0;
    ranks[at + 1] = 4;
    ranks[at + 2] = 0;
  };
  const add = (at: number, whole: boolean, rank: number) => {
    if (whole) {
      if (rank > (ranks[at] as number)) ranks[at] = rank;
      return;
    }
    if (rank < (ranks[at + 1] as number)) ranks[at + 1] = rank;
    if (rank > (ranks[at + 2] as number)) ranks[at + 2] = rank;
  };
  for (let k = 0; k < indicator.length; k++) {
    const y = year[k] as number;
    if (y > asOfYear) continue;
    const s = indicator[k] as number;
    const whole = unit === undefined || (unit[k] as number) < 0;
    const rank = 3 - (status[k] as number);
    const last = 6 * s;
    if (y > (lastYear[s] as number)) {
      lastYear[s] = y;
      reset(last);
    }
    if (y === lastYear[s]) add(last, whole, rank);
    const first = last + 3;
    if (firstYear[s] === 0 || y < (firstYear[s] as number)) {
      firstYear[s] = y;
      reset(first);
    }
    if (y === firstYear[s]) add(first, whole, rank);
  }
  const rankOf = (s: number, at: number) =>
    (ranks[at] as number) > 0
      ? (ranks[at] as number)
      : facts.rule[s] === RULES.latest
        ? (ranks[at + 2] as number)
        : (ranks[at + 1] as number);
  for (let s = 0; s < m; s++) {
    if (lastYear[s] === 0 || skip[s] !== 0) continue;
    let bits = rankBits(rankOf(s, 6 * s));
    if (factsBaseline(facts, s, asOfYear) < 0) bits |= rankBits(rankOf(s, 6 * s + 3));
    flags[s] = bits;
  }
  return flags;
}
