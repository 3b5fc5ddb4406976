import { isUnmeasurable, readSeries, used } from "./methods/input.js";
import { measured, show, unmeasurable, warn } from "./methods/numbers.js";
import type { InputsUsed, ProgressOutcome, ProgressSeries } from "./types.js";

/**
 * The measured part of {@link computeAnnualChangeRatio}'s result.
 *
 * @category Progress
 * @since 0.2.0
 */
export interface AnnualChangeRatio {
  /** The observed average annual change `(yt − y0)/(t − t0)`. */
  readonly observedChange: number;
  /** The required average annual change `(y* − y0)/(T − t0)`. */
  readonly requiredChange: number;
  /** Their direction-aware ratio `d·observed/|required|` (1 = exactly on the straight-line path). */
  readonly ratio: number;
  /** The base and latest observations and the target used. */
  readonly inputsUsed: InputsUsed;
}

/**
 * Compares the observed average annual change since the base with the change per year the target
 * requires (the linear counterpart of the Eurostat / Statistics Canada growth-rate ratio).
 *
 * @remarks
 * `observed = (yt − y0)/(t − t0)`, `required = (y* − y0)/(T − t0)`, `ratio = d·observed/|required|`,
 * with the first observation as the base and the last as the latest. Unlike the compound growth
 * rate it is defined for zero and negative values (use it for balances, net flows, temperatures);
 * with the same start year it equals the pace index `P/E`. Needs two distinct years
 * (`insufficient-data`), a target (`no-target`), a target year after the base and a target
 * different from the base (`degenerate-range`). A target already met warns
 * `baseline-meets-target` when the base itself met it.
 * Sources: https://ec.europa.eu/eurostat/statistics-explained/index.php?title=SDG_-_Introduction
 * (ratio of actual to required rates); https://dns-indikatoren.de/en/status (average annual change).
 *
 * @param series - The observations, direction and target.
 * @returns The observed and required changes and their ratio.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { computeAnnualChangeRatio } from "cast-plan";
 * const r = computeAnnualChangeRatio({ years: [2015, 2022], values: [40, 52], direction: "increase", target: { value: 70, year: 2030 } });
 * r.status === "measured" ? r.observedChange : -1 // ~> 1.714286
 * r.status === "measured" ? r.requiredChange : -1 // => 2
 * r.status === "measured" ? r.ratio : -1 // ~> 0.857143
 * ```
 *
 * @see [Progress methodology: Eurostat (the linear counterpart)](../../docs/guides/methodology.md#eurostat-assesseurostat-selecteurostatwindow)
 * @category Progress
 * @since 0.2.0
 */
export function computeAnnualChangeRatio(
  series: ProgressSeries,
): ProgressOutcome<AnnualChangeRatio> {
  const s = readSeries("computeAnnualChangeRatio", series);
  if (isUnmeasurable(s)) return s;
  const { years, values, d, target } = s;
  const n = years.length;
  const t0 = years[0];
  const y0 = values[0];
  const t = years[n - 1];
  const yt = values[n - 1];
  if (t0 === undefined || y0 === undefined || t === undefined || yt === undefined || !(t > t0))
    return unmeasurable("insufficient-data", "needs observations in two different years");
  if (!target) return unmeasurable("insufficient-data", "the required change needs a target");
  if (!(target.year > t0) || target.value === y0)
    return unmeasurable(
      "degenerate-range",
      `no required change from ${show(y0)} (${show(t0)}) to ${show(target.value)} (${show(target.year)})`,
    );
  const observedChange = (yt - y0) / (t - t0);
  const requiredChange = (target.value - y0) / (target.year - t0);
  const ratio = (d * observedChange) / Math.abs(requiredChange);
  if (!Number.isFinite(ratio) || !Number.isFinite(observedChange))
    return unmeasurable("degenerate-range", "the required change is too small to divide by");
  const warnings =
    d * (target.value - y0) < 0
      ? [warn("baseline-meets-target", `the base ${show(y0)} already meets the target`)]
      : [];
  return measured(
    {
      observedChange,
      requiredChange,
      ratio,
      inputsUsed: used(s, [0, n - 1], target),
    },
    warnings,
  );
}
