// Small helpers shared by the SVG renderers: XML escaping, number formatting and "nice" ticks.

/** Escapes text for XML content and attribute values; characters XML 1.0 forbids become U+FFFD. */
export function xml(text: string): string {
  return text
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      "\uFFFD",
    )
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Formats a coordinate with at most one decimal, without "-0". */
export function px(n: number): string {
  const s = (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, "");
  return s === "-0" ? "0" : s;
}

/** Tick values covering [min, max] with a 1-2-5 step and about `count` ticks (at most 50). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min) || !Number.isFinite(max - min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.ceil(min / step);
  const last = Math.floor(max / step + 1e-9);
  // Counting k from 0 (not adding steps, not incrementing a huge index) always ends, even when a
  // step is below the precision of the values.
  if (!Number.isFinite(first) || !Number.isFinite(last) || last - first > 50) return [min, max];
  const ticks: number[] = [];
  const n = last - first;
  for (let k = 0; k <= n; k++) ticks.push(Number(((first + k) * step).toPrecision(12)));
  return ticks;
}

/** A colour-blind-safe palette (Okabe–Ito). */
export const PALETTE: readonly string[] = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#F0E442",
  "#000000",
];
