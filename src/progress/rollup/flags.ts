// Private: the data-quality flags of roll-up nodes, by bit (bit k is FLAGS[k]), shared by the
// object nodes (arrays of codes) and the columnar results (a byte per node).
import type { RollUpFlag } from "./types.js";

/** The flags by bit number. */
export const FLAGS = [
  "provisional",
  "estimated",
  "carried-forward",
  "imputed",
  "incomplete",
] as const satisfies readonly RollUpFlag[];

export const PROVISIONAL = 1;
export const ESTIMATED = 2;

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
export function statusBits(status: string | undefined): number {
  return status === "provisional" ? PROVISIONAL : status === "estimated" ? ESTIMATED : 0;
}
