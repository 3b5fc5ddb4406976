import type { Indicator, Observation } from "../schemas/indicator.js";
import {
  type AssessIndicatorOptions,
  assessSelectedSeries,
  type IndicatorAssessment,
} from "./assessIndicator.js";
import { measured, show, unmeasurable } from "./methods/numbers.js";
import { asOfYearOf, selectSeries } from "./series/select.js";
import type { ProgressOutcome } from "./types.js";

/**
 * The options of {@link assessByDimension}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface AssessByDimensionOptions extends Omit<AssessIndicatorOptions, "dimensions"> {
  /** The dimension to break down by, such as `area` (urban/rural) or `region`; `unitId` breaks
   * down by reporting organisation (observations without dimensions). */
  readonly dimension: string;
}

/**
 * The gap between the groups of a dimension in one year.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface GroupGap {
  /** The year (the latest year every group has a value for). */
  readonly year: number;
  /** The group with the highest value, and its value. */
  readonly highest: { readonly group: string; readonly value: number };
  /** The group with the lowest value, and its value. */
  readonly lowest: { readonly group: string; readonly value: number };
  /** The absolute gap, highest − lowest. */
  readonly absolute: number;
  /** The parity ratio lowest/highest (1 = no gap); `undefined` when the highest is not positive. */
  readonly ratio: number | undefined;
  /** How the gap moved since the first year every group has a value for. */
  readonly trend: ProgressOutcome<{
    /** The first common year. */
    readonly fromYear: number;
    /** The absolute gap then. */
    readonly fromAbsolute: number;
    /** The parity ratio then. */
    readonly fromRatio: number | undefined;
    /** The change of the absolute gap per year. */
    readonly absoluteChangePerYear: number;
    /** `narrowing`, `widening` or `stable`, for the absolute gap. */
    readonly absolute: "narrowing" | "widening" | "stable";
    /** The same for the parity ratio (a rising ratio is a narrowing gap). */
    readonly relative: "narrowing" | "widening" | "stable" | undefined;
  }>;
}

/**
 * The result of {@link assessByDimension}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface DimensionAssessment {
  /** The dimension. */
  readonly dimension: string;
  /** The assessment of each group (dimension value). */
  readonly groups: Readonly<Record<string, IndicatorAssessment>>;
  /** The gap between the groups, or why it cannot be measured. */
  readonly gap: ProgressOutcome<GroupGap>;
}

function gapAt(values: ReadonlyMap<string, ReadonlyMap<number, number>>, year: number) {
  let hi: { group: string; value: number } | undefined;
  let lo: { group: string; value: number } | undefined;
  for (const [group, byYear] of values) {
    const value = byYear.get(year) ?? 0;
    if (!hi || value > hi.value) hi = { group, value };
    if (!lo || value < lo.value) lo = { group, value };
  }
  const h = hi ?? { group: "", value: 0 };
  const l = lo ?? { group: "", value: 0 };
  return {
    highest: h,
    lowest: l,
    absolute: h.value - l.value,
    ratio: h.value > 0 && Number.isFinite(l.value / h.value) ? l.value / h.value : undefined,
  };
}

const trendOf = (change: number): "narrowing" | "widening" | "stable" =>
  change < 0 ? "narrowing" : change > 0 ? "widening" : "stable";

/**
 * Assesses an indicator per group of one dimension (urban/rural, region, organisation) and
 * measures the gap between the groups and its trend.
 *
 * @remarks
 * Each group is assessed as {@link assessIndicator} with `dimensions: { [dimension]: group }`
 * (observations broken down by that dimension alone). Groups are the declared values of the
 * dimension plus any value observed. The gap is taken in the latest year every group has a value
 * for; its trend compares with the first such year: the absolute gap (highest − lowest) and the
 * parity ratio (lowest/highest) can move in opposite directions, so both are reported.
 *
 * @param indicator - The indicator.
 * @param observations - The observations.
 * @param options - The date, the dimension and the assessment options.
 * @returns The group assessments and the gap.
 * @throws {@link CastPlanError} with code `INVALID_ARGUMENT` when `asOf` is not a calendar value.
 *
 * @example
 * ```ts
 * import { assessByDimension } from "cast-plan";
 * const o = (area: string, period: number, value: number) => ({ indicatorId: "i", period, value, dimensions: { area }, status: "final" as const });
 * const r = assessByDimension(
 *   { id: "i", name: { en: "Share" }, measure: "percentage", unit: "%", direction: "increase", aggregation: "none", dimensions: [{ name: "area", values: ["urban", "rural"] }], baselines: [], targets: [], measures: [], references: [] },
 *   [o("urban", 2015, 9.72), o("rural", 2015, 2.43), o("urban", 2023, 17.25), o("rural", 2023, 9.16)],
 *   { asOf: 2024, dimension: "area" },
 * );
 * r.gap.status === "measured" ? r.gap.absolute : -1 // ~> 8.09
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function assessByDimension(
  indicator: Indicator,
  observations: readonly Observation[],
  options: AssessByDimensionOptions,
): DimensionAssessment {
  const { dimension } = options;
  const asOfYear = asOfYearOf(options.asOf, "assessByDimension");
  const byUnit = dimension === "unitId";
  const names = new Set(
    byUnit ? [] : (indicator.dimensions.find((d) => d.name === dimension)?.values ?? []),
  );
  for (const o of observations) {
    if (o.indicatorId !== indicator.id) continue;
    const v = byUnit ? o.unitId : o.dimensions?.[dimension];
    if (v !== undefined) names.add(v);
  }
  const groups: Record<string, IndicatorAssessment> = {};
  const byGroup = new Map<string, Map<number, number>>();
  for (const group of [...names].sort()) {
    const dimensions = byUnit ? undefined : { [dimension]: group };
    const unitId = byUnit ? group : options.unitId;
    const series = selectSeries(indicator, observations, { asOfYear, dimensions, unitId });
    groups[group] = assessSelectedSeries(indicator, series, asOfYear, {
      ...options,
      dimensions,
      unitId,
    });
    byGroup.set(group, new Map(series.years.map((t, i) => [t, series.values[i] ?? 0])));
  }
  let common: number[] | undefined;
  for (const byYear of byGroup.values())
    common = (common ?? [...byYear.keys()]).filter((t) => byYear.has(t));
  const years = (common ?? []).sort((a, b) => a - b);
  const last = years[years.length - 1];
  const first = years[0];
  if (byGroup.size < 2 || last === undefined || first === undefined)
    return {
      dimension,
      groups,
      gap: unmeasurable(
        "insufficient-data",
        `needs two groups with a value in a common year (${byGroup.size} groups)`,
      ),
    };
  const now = gapAt(byGroup, last);
  const then = gapAt(byGroup, first);
  const trend =
    last > first
      ? measured({
          fromYear: first,
          fromAbsolute: then.absolute,
          fromRatio: then.ratio,
          absoluteChangePerYear: (now.absolute - then.absolute) / (last - first),
          absolute: trendOf(now.absolute - then.absolute),
          relative:
            now.ratio === undefined || then.ratio === undefined
              ? undefined
              : trendOf(then.ratio - now.ratio),
        })
      : unmeasurable("insufficient-data", `one common year (${show(last)}): no trend`);
  return { dimension, groups, gap: measured({ year: last, ...now, trend }) };
}
