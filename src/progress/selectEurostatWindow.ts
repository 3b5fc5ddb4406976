/**
 * Eurostat's two assessment periods: `long-term` (the past 15 years) and `short-term` (the past
 * 5 years), each ending at the latest observation.
 *
 * @example
 * ```ts
 * import { selectEurostatWindow, type EurostatTerm } from "cast-plan";
 * const term: EurostatTerm = "short-term";
 * selectEurostatWindow([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022], term).startYear // => 2017
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export type EurostatTerm = "long-term" | "short-term";

/**
 * The window {@link selectEurostatWindow} chose.
 *
 * @category Progress
 * @since 0.2.0
 */
export interface EurostatWindow {
  /** The period. */
  readonly term: EurostatTerm;
  /** Its length in years: 15 (long-term) or 5 (short-term). */
  readonly length: number;
  /** The period's nominal first year, `t − length` (`t` the latest year); `undefined` with no
   * observations. */
  readonly fromYear: number | undefined;
  /** Index (in the ascending finite years) of the window's first observation: the first one at or after
   * `fromYear`; `undefined` with no observations. */
  readonly startIndex: number | undefined;
  /** The window's first observation year (`undefined` with no observations). */
  readonly startYear: number | undefined;
  /** The latest observation year (`undefined` with no observations). */
  readonly endYear: number | undefined;
  /** The number of observations inside the window. */
  readonly observations: number;
  /** The fewest observations Eurostat asks for: 3 (short-term) or 10 (long-term). */
  readonly minimumObservations: number;
  /** Whether the window holds at least `minimumObservations`. */
  readonly sufficient: boolean;
}

/**
 * Chooses the observations of Eurostat's long-term or short-term assessment period.
 *
 * @remarks
 * The period ends at the latest observation `t` and nominally starts at `t − 15` (long-term) or
 * `t − 5` (short-term). When no observation falls on that year, the closest available year
 * *inside* the period is used (the first observation after it), never the last one before it, so
 * the window is never longer than the period. Eurostat asks for at least 3 (short-term) or 10
 * (long-term) observations; the result says whether the window has them (`sufficient`), and
 * {@link assessEurostat} warns (`insufficient-data`) rather than refusing, because the counts are
 * a reconstruction of the report annex, not a verbatim rule.
 * Sources: http://sdg.iisd.org/news/eurostat-reports-on-monitoring-sdg-trends-in-eu-context/ ;
 * https://ec.europa.eu/eurostat/statistics-explained/index.php?title=SDG_-_Introduction
 *
 * @param years - The observation years, in any order.
 * @param term - `long-term` or `short-term`.
 * @returns The window: its first observation, count and whether the count suffices.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { selectEurostatWindow } from "cast-plan";
 * const w = selectEurostatWindow([2005, 2010, 2016, 2018, 2020, 2022], "short-term");
 * [w.fromYear, w.startYear, w.observations, w.sufficient] // => [2017, 2018, 3, true]
 * ```
 *
 * @see [Progress methodology: Eurostat](../../docs/guides/methodology.md#eurostat-assesseurostat-selecteurostatwindow)
 * @category Progress
 * @since 0.2.0
 */
export function selectEurostatWindow(years: readonly number[], term: EurostatTerm): EurostatWindow {
  const length = term === "long-term" ? 15 : 5;
  const minimumObservations = term === "long-term" ? 10 : 3;
  const sorted = years.filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
  const endYear = sorted[sorted.length - 1];
  if (endYear === undefined)
    return {
      term,
      length,
      fromYear: undefined,
      startIndex: undefined,
      startYear: undefined,
      endYear: undefined,
      observations: 0,
      minimumObservations,
      sufficient: false,
    };
  const fromYear = endYear - length;
  const startIndex = sorted.findIndex((t) => t >= fromYear);
  const observations = sorted.length - startIndex;
  return {
    term,
    length,
    fromYear,
    startIndex,
    startYear: sorted[startIndex],
    endYear,
    observations,
    minimumObservations,
    sufficient: observations >= minimumObservations,
  };
}
