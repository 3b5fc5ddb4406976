import type { Indicator, Observation } from "../schemas/indicator.js";
import { measured, unmeasurable } from "./methods/numbers.js";
import { accumulate, combine, type PeriodAccumulator } from "./series/accumulate.js";
import type { ProgressOutcome } from "./types.js";

/**
 * The measured part of {@link combineObservations}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface CombinedObservations {
  /** One observation per period and dimension set, without `unitId`, sorted by period end. */
  readonly observations: readonly Observation[];
}

/**
 * Combines observations reported by several organisations into one figure per period (and
 * dimension set), by the indicator's aggregation rule.
 *
 * @remarks
 * `sum` adds the units' values (a local association's figures add up to the national one), `mean`
 * averages them, `latest` takes one report (best status, then the greatest unit id: for cumulative
 * figures any single authoritative report stands for all), `ratio` divides Σ numerator by
 * Σ denominator (×100 for a percentage; never an average of percentages), `none` refuses
 * (`not-aggregatable`). A whole-population figure (no `unitId`) for a period is used as is and the
 * units' reports for that period are not added to it, to avoid double counting. The combined
 * status is the weakest of its inputs. The result does not depend on the order of observations.
 * Source for ratios: UNICEF PRP (github.com/unicef/etools-partner-reporting-portal).
 *
 * @param indicator - The indicator.
 * @param observations - The observations; other indicators' are ignored.
 * @returns The combined observations, or why they cannot be combined.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { combineObservations } from "cast-plan";
 * const r = combineObservations({ id: "museums", name: { en: "Museums" }, measure: "count", unit: "museums", direction: "increase", aggregation: "sum", dimensions: [], baselines: [], targets: [], measures: [], references: [] }, [
 *   { indicatorId: "museums", period: 2020, value: 3, unitId: "a", status: "final" },
 *   { indicatorId: "museums", period: 2020, value: 4, unitId: "b", status: "final" },
 * ]);
 * r.status === "measured" ? r.observations[0]?.value : -1 // => 7
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function combineObservations(
  indicator: Indicator,
  observations: readonly Observation[],
): ProgressOutcome<CombinedObservations> {
  const map = new Map<string | number, PeriodAccumulator>();
  for (const o of observations) if (o.indicatorId === indicator.id) accumulate(map, o, indicator);
  return combineAccumulators(indicator, map);
}

/** Turns accumulators into combined observations. @internal */
export function combineAccumulators(
  indicator: Indicator,
  map: ReadonlyMap<string | number, PeriodAccumulator>,
): ProgressOutcome<CombinedObservations> {
  const out: Observation[] = [];
  const order = [...map.values()].sort(
    (a, b) => a.year - b.year || keyOf(a).localeCompare(keyOf(b)),
  );
  for (const a of order) {
    const c = combine(a, indicator);
    if (c === undefined) continue;
    if ("problem" in c)
      return unmeasurable(
        c.problem,
        c.problem === "not-aggregatable"
          ? `indicator '${indicator.id}' has aggregation 'none': organisations' figures for ${String(keyOf(a))} cannot be combined`
          : `indicator '${indicator.id}' is a ratio: every report for ${String(keyOf(a))} needs a numerator and a denominator`,
      );
    const o: Observation = {
      indicatorId: indicator.id,
      period: a.period,
      value: c.value,
      status: c.status,
    };
    if (a.dimensions && Object.keys(a.dimensions).length > 0) o.dimensions = a.dimensions;
    if (c.numerator !== undefined && c.denominator !== undefined) {
      o.numerator = c.numerator;
      o.denominator = c.denominator;
    }
    out.push(o);
  }
  return measured({ observations: out });
}

function keyOf(a: PeriodAccumulator): string {
  const p = a.period;
  const dims = a.dimensions ? JSON.stringify(Object.entries(a.dimensions).sort()) : "";
  return `${typeof p === "object" ? `${p.start}/${p.end}` : p}|${dims}`;
}
