// Private helpers that turn observations into one sorted series per indicator.
import { periodText } from "../../dates/periodText.js";
import { CastPlanError } from "../../errors/CastPlanError.js";
import { addCalendarDays, toDayRange, toDecimalYear } from "../../period/calendar.js";
import type { Indicator, Observation, ObservationStatus } from "../../schemas/indicator.js";
import type { CalendarPoint, Dimensions, Period } from "../../schemas/primitives.js";

/** Decimal year of a calendar point or period end, with a fast path for integer years. */
export function decimalYearOf(period: CalendarPoint | Period): number {
  if (typeof period === "number") return period;
  if (typeof period === "object" && typeof period.end === "number") return period.end;
  return toDecimalYear(period);
}

/** The exclusive start of a deadline's own period as a decimal year (Y − 1 for a year). */
export function periodStartYear(point: CalendarPoint): number {
  if (typeof point === "number") return point - 1;
  return toDecimalYear(addCalendarDays(toDayRange(point).start, -1));
}

/** Whether two dimension sets are equal (undefined and {} are the same: the whole population). */
export function sameDimensions(a: Dimensions | undefined, b: Dimensions | undefined): boolean {
  const ka = a ? Object.keys(a) : [];
  const kb = b ? Object.keys(b) : [];
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (a?.[k] !== b?.[k]) return false;
  return true;
}

const STATUS_RANK = { final: 3, provisional: 2, estimated: 1 } as const;

/** The value of an observation: `value`, else numerator/denominator (×100 for percentages). */
export function observationValue(o: Observation, indicator: Indicator): number | undefined {
  if (o.value !== undefined) return o.value;
  if (o.numerator !== undefined && o.denominator !== undefined && o.denominator > 0)
    return (o.numerator / o.denominator) * (indicator.measure === "percentage" ? 100 : 1);
  return undefined;
}

/** A selected series: sorted years (period ends), one value per year. */
export interface SelectedSeries {
  /** Sorted decimal years. */
  readonly years: number[];
  /** Values, one per year. */
  readonly values: number[];
  /** The chosen observations' periods as written (`2019-05`, `2020`, `2018/2020`), one per year. */
  readonly periods: string[];
  /** The chosen observations' statuses, one per year. */
  readonly statuses: ObservationStatus[];
}

/** Options of {@link selectSeries}. */
export interface SelectOptions {
  /** Only observations with period end ≤ this decimal year. */
  readonly asOfYear: number;
  /** The dimension values; undefined = whole population. */
  readonly dimensions?: Dimensions | undefined;
  /** The reporting unit; undefined = observations without unit. */
  readonly unitId?: string | undefined;
}

/**
 * Selects one value per period end: same indicator, unit and dimensions, end ≤ asOf. Several
 * observations for one year: the best status wins (final > provisional > estimated), then the
 * greatest period key, then the greatest value — so the order of the input never matters.
 */
export function selectSeries(
  indicator: Indicator,
  observations: readonly Observation[],
  options: SelectOptions,
): SelectedSeries {
  const years: number[] = [];
  const values: number[] = [];
  const chosen: Observation[] = [];
  let sorted = true;
  const index = new Map<number, number>();
  for (const o of observations) {
    if (o.indicatorId !== indicator.id || o.unitId !== options.unitId) continue;
    if (!sameDimensions(o.dimensions, options.dimensions)) continue;
    const t = decimalYearOf(o.period);
    if (!(t <= options.asOfYear)) continue;
    const v = observationValue(o, indicator);
    if (v === undefined || !Number.isFinite(v)) continue;
    const at = index.get(t);
    if (at !== undefined) {
      const prev = chosen[at] as Observation;
      const rank = STATUS_RANK[o.status] - STATUS_RANK[prev.status];
      const key = periodText(o.period);
      const prevKey = periodText(prev.period);
      const better =
        rank > 0 || (rank === 0 && (key > prevKey || (key === prevKey && v > (values[at] ?? v))));
      if (better) {
        chosen[at] = o;
        values[at] = v;
      }
      continue;
    }
    if (years.length > 0 && t < (years[years.length - 1] ?? t)) sorted = false;
    index.set(t, years.length);
    years.push(t);
    values.push(v);
    chosen.push(o);
  }
  const periods = chosen.map((o) => periodText(o.period));
  const statuses = chosen.map((o) => o.status);
  if (sorted) return { years, values, periods, statuses };
  const order = years.map((_, i) => i).sort((a, b) => (years[a] ?? 0) - (years[b] ?? 0));
  return {
    years: order.map((i) => years[i] ?? 0),
    values: order.map((i) => values[i] ?? 0),
    periods: order.map((i) => periods[i] ?? ""),
    statuses: order.map((i) => statuses[i] ?? "final"),
  };
}

/** The decimal year of an `asOf` argument; a bad value throws INVALID_ARGUMENT at path `asOf`. */
export function asOfYearOf(asOf: CalendarPoint, fn: string): number {
  const valid =
    typeof asOf === "number"
      ? Number.isInteger(asOf) && asOf >= 1000 && asOf <= 9999
      : typeof asOf === "string" && /^\d{4}-\d{2}(-\d{2})?$/.test(asOf);
  if (valid) {
    try {
      return decimalYearOf(asOf);
    } catch {
      // reported below with the argument's path
    }
  }
  throw new CastPlanError(
    "INVALID_ARGUMENT",
    `${fn}: asOf ${JSON.stringify(asOf)} is not a year, a YYYY-MM month or a YYYY-MM-DD date`,
    [
      {
        path: ["asOf"],
        rule: "calendar-value",
        message: `${JSON.stringify(asOf)} is not a calendar value`,
      },
    ],
  );
}
