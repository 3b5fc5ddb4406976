// A calendar value or period as text, the one key every layer uses for "the period as written".

/**
 * A year, month, day or `{ start, end }` period as written: `2015`, `2019-05`, `2018/2020`.
 * Structurally typed, so that the schemas (which sit above this folder) can use it too.
 */
export function periodText(
  period: number | string | { readonly start: number | string; readonly end: number | string },
): string {
  return typeof period === "object" ? `${period.start}/${period.end}` : String(period);
}
