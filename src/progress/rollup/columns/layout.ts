// Private: where the fold puts each indicator's years: a dense grid (a window of years before the
// date, or the scanned span of all years), or per indicator (a span, or a Map for sparse years).
/**
 * Hot loops run over blocks of rows, one call per block: after a few calls the loop function is
 * optimised as a whole (with feedback for its last lines too), instead of being entered through
 * on-stack replacement and deoptimised at its end on every call.
 */
export const BLOCK = 1 << 14;

/** The years of the window laid out without scanning (see layRows). */
const WINDOW = 32;

/**
 * Checks the years of rows `from … to − 1` (`badYear` throws for a row whose year is not one);
 * widens `span` ([low, high]) by those up to the date.
 */
function scanYearBlock(
  badYear: (row: number) => never,
  year: Int32Array,
  from: number,
  to: number,
  asOfYear: number,
  span: Int32Array,
): void {
  let low = span[0] as number;
  let high = span[1] as number;
  for (let k = from; k < to; k++) {
    const y = year[k] as number;
    if (!(y >= 1000 && y <= 9999)) badYear(k);
    if (y > asOfYear) continue;
    if (y < low) low = y;
    if (y > high) high = y;
  }
  span[0] = low;
  span[1] = high;
}

/** Checks every year; returns the first and last year up to the date (−1, −1 without any). */
function scanYears(
  badYear: (row: number) => never,
  year: Int32Array,
  asOfYear: number,
): [number, number] {
  const span = Int32Array.of(10000, -1);
  for (let k = 0; k < year.length; k += BLOCK)
    scanYearBlock(badYear, year, k, Math.min(year.length, k + BLOCK), asOfYear, span);
  const high = span[1] as number;
  return high < 0 ? [-1, -1] : [span[0] as number, high];
}

/** Where each indicator's rows start, and the year of its first row (or a Map for sparse years). */
export interface RowLayout {
  /** Whether row = s + (y − denseLow) × m (one grid for all indicators). */
  readonly dense: boolean;
  readonly denseLow: number;
  /** Whether the grid is a window of years before the date laid out without scanning the years
   * (rows older than the window are counted, and the fold redone with a scan if there are any). */
  readonly window: boolean;
  readonly first: Int32Array;
  readonly size: Int32Array;
  readonly stride: number;
  readonly low: Int32Array;
  readonly sparse: readonly (Map<number, number> | undefined)[];
  readonly rows: number;
  readonly widest: number;
}

/**
 * The rows: one per indicator and year of the span of all years up to the date when that grid
 * is small (a few rows per observation); else one per year of each indicator's own span, or one
 * per distinct year (through a Map) for an indicator whose years are sparse. The small grid is
 * laid out year by year: organisations report a year's figures together, so the fold writes
 * neighbouring rows (memory traffic, not arithmetic, is what a fold of a million rows costs).
 */
export function layRows(
  badYear: (row: number) => never,
  m: number,
  indicator: Int32Array,
  year: Int32Array,
  asOfYear: number,
  window: boolean,
): RowLayout {
  const n = indicator.length;
  // A dense grid needs no per-indicator arrays: row = s + (year − from) × m.
  const dense = (from: number, span: number, isWindow: boolean): RowLayout => {
    const none = new Int32Array(0);
    return {
      dense: true,
      denseLow: from,
      window: isWindow,
      first: none,
      size: none,
      stride: m,
      low: none,
      sparse: [],
      rows: m * span,
      widest: span,
    };
  };
  // Usually every figure is from the last few decades before the date: lay out that window
  // without a pass over the years.
  if (window && m * WINDOW <= 2 * n + 4096)
    return dense(Math.floor(asOfYear) - WINDOW + 1, WINDOW, true);
  const [from, to] = scanYears(badYear, year, asOfYear);
  const span = from < 0 ? 0 : to - from + 1;
  if (m * span <= 2 * n + 4096) return dense(from, span, false);
  const first = new Int32Array(m + 1);
  const size = new Int32Array(m);
  const low = new Int32Array(m);
  const high = new Int32Array(m).fill(-1);
  const count = new Int32Array(m);
  low.fill(10000);
  for (let k = 0; k < n; k++) {
    const s = indicator[k] as number;
    if (!(s >= 0 && s < m)) continue; // reported by the fold pass, with its row
    const y = year[k] as number;
    if (y > asOfYear) continue;
    if (y < (low[s] as number)) low[s] = y;
    if (y > (high[s] as number)) high[s] = y;
    count[s] = (count[s] as number) + 1;
  }
  const sparse: (Map<number, number> | undefined)[] = new Array(m).fill(undefined);
  let rows = 0;
  let widest = 0;
  for (let s = 0; s < m; s++) {
    first[s] = rows;
    const c = count[s] as number;
    if (c === 0) continue;
    const own = (high[s] as number) - (low[s] as number) + 1;
    if (own <= 2 * c + 16) rows += own;
    else {
      sparse[s] = new Map();
      rows += c;
    }
    size[s] = rows - (first[s] as number);
    widest = Math.max(widest, size[s] as number);
  }
  first[m] = rows;
  return {
    dense: false,
    denseLow: 0,
    window: false,
    first,
    size,
    stride: 1,
    low,
    sparse,
    rows,
    widest,
  };
}
