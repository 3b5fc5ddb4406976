// Private: the data-quality flags of roll-up nodes, by bit (bit k is FLAGS[k]), shared by the
// object nodes (arrays of codes) and the columnar results (a byte per node).
import type { RollUpFlag } from "./types.js";

/** The flags by bit number. */
export const FLAGS = [
  "provisional",
  "estimated",
  "carried-forward",
  "interpolated",
  "incomplete",
] as const satisfies readonly RollUpFlag[];

export const PROVISIONAL = 1;
export const ESTIMATED = 2;
const CARRIED_FORWARD = 4;
const INTERPOLATED = 8;
const INCOMPLETE = 16;

/** The flags of a bit set, in the order of FLAGS (a new array). */
export function flagList(bits: number): RollUpFlag[] {
  return bits === 0 ? [] : FLAGS.filter((_, k) => (bits & (1 << k)) !== 0);
}

/** The bit set of some flags. */
export function flagBits(flags: readonly RollUpFlag[]): number {
  let bits = 0;
  for (const flag of flags) {
    const k = FLAGS.indexOf(flag);
    // Every flag a node can carry is listed; a new one must be added, never dropped.
    if (k < 0) throw new Error(`cast-plan: ROLL_UP_FLAGS lacks '${flag}'`);
    bits |= 1 << k;
  }
  return bits;
}

/** The flag bits of an observation status: provisional and estimated values are flagged. */
function statusBits(status: string | undefined): number {
  return status === "provisional" ? PROVISIONAL : status === "estimated" ? ESTIMATED : 0;
}

/** The flag bits of how a value was completed (null or undefined: as reported). */
function imputedBits(imputed: string | null | undefined): number {
  return imputed === "carried-forward"
    ? CARRIED_FORWARD
    : imputed === "interpolated"
      ? INTERPOLATED
      : 0;
}

/**
 * The flag bits of an indicator from its combined series: the status and completion of its
 * latest point and, when its baseline is that first point (no declared baseline in force), of its
 * first point; `incomplete` when some period was refused for missing reports.
 */
export function seriesFlags(
  series: {
    readonly statuses: readonly string[];
    readonly imputed: readonly (string | null)[];
    readonly completeness: { readonly incomplete: readonly { readonly outcome: string }[] };
  },
  observedBaseline: boolean,
): number {
  const n = series.statuses.length;
  let bits = series.completeness.incomplete.some((p) => p.outcome === "refused") ? INCOMPLETE : 0;
  if (n === 0) return bits;
  bits |= statusBits(series.statuses[n - 1]) | imputedBits(series.imputed[n - 1]);
  if (observedBaseline) bits |= statusBits(series.statuses[0]) | imputedBits(series.imputed[0]);
  return bits;
}
