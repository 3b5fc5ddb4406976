// Private: the row layout of combined periods — FIELDS numbers per row in a Float64Array — that
// the object roll-up's tables (rollup/table.ts), the columnar slow path and combineObservations
// fill, and the one combine step (complete.ts) reads in place.

/** The numbers of a row, in this order. */
export const YEAR = 0;
export const WHOLE_VALUE = 1;
export const WHOLE_RANK = 2;
export const UNITS = 3;
export const SUM = 4;
export const NUMERATOR = 5;
export const DENOMINATOR = 6;
export const RATIO_MISSING = 7;
export const WEAKEST = 8; // 4 − the weakest status rank among units' reports (0 = none yet)
export const PICK_RANK = 9;
export const PICK_VALUE = 10;
export const FIELDS = 11;
