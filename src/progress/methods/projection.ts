// Private projection models shared by projectSeries, forecastTargetYear and assessIndicator.
import type { ProjectionKind } from "../types.js";
import { compoundGrowthRate, fitLine, inverseLogit, logit, show } from "./numbers.js";

/** A fitted projection, as plain data; evaluate with {@link valueAt} and {@link yearOf}. */
export interface ProjectionModel {
  /** The kind of projection. */
  readonly kind: ProjectionKind;
  /** The growth rate (cagr), slope per year (linear kinds, average change) or logit slope. */
  readonly rate: number;
  /** The years the fit used. */
  readonly years: readonly number[];
  /** The anchor time: the last year (cagr, logit, average change) or the weighted mean time. */
  readonly anchorYear: number;
  /** The value (or logit) at the anchor time. */
  readonly anchorValue: number;
  /** The natural limits (logit only). */
  readonly min: number;
  /** The upper natural limit (logit only). */
  readonly max: number;
}

/** Why a model could not be fitted. */
export interface ProjectionFailure {
  /** The reason code. */
  readonly reason: "invalid-for-growth-rate" | "insufficient-data" | "target-year-passed";
  /** The sentence. */
  readonly message: string;
}

/** Options of {@link fitProjection}. */
export interface FitOptions {
  /** The horizon year (weights of `weighted-linear`); must exceed the last year. */
  readonly horizon: number;
  /** Natural limits for `logit`. */
  readonly limits: { readonly min: number; readonly max: number };
  /** Number of annual changes `average-annual-change` averages. */
  readonly window: number;
}

/** The projected value at decimal year `x`. */
export function valueAt(m: ProjectionModel, x: number): number {
  switch (m.kind) {
    case "cagr":
      return m.anchorValue * Math.exp(Math.log1p(m.rate) * (x - m.anchorYear));
    case "logit":
      return inverseLogit(m.anchorValue + m.rate * (x - m.anchorYear), m.min, m.max);
    default:
      return m.anchorValue + m.rate * (x - m.anchorYear);
  }
}

/** The decimal year at which the path crosses `value`; `undefined` if it never does. */
export function yearOf(m: ProjectionModel, value: number): number | undefined {
  if (m.rate === 0) return undefined;
  switch (m.kind) {
    case "cagr": {
      const ratio = value / m.anchorValue;
      const lg = Math.log1p(m.rate);
      return ratio > 0 && lg !== 0 ? m.anchorYear + Math.log(ratio) / lg : undefined;
    }
    case "logit": {
      const lv = logit(value, m.min, m.max);
      return lv === undefined ? undefined : m.anchorYear + (lv - m.anchorValue) / m.rate;
    }
    default:
      return m.anchorYear + (value - m.anchorValue) / m.rate;
  }
}

function model(
  kind: ProjectionKind,
  rate: number,
  years: readonly number[],
  anchorYear: number,
  anchorValue: number,
  min = 0,
  max = 1,
): ProjectionModel {
  return { kind, rate, years, anchorYear, anchorValue, min, max };
}

function linearModel(
  kind: ProjectionKind,
  years: readonly number[],
  values: readonly number[],
  weights?: readonly number[],
): ProjectionModel | ProjectionFailure {
  const fit = fitLine(years, values, weights);
  if (!fit) return { reason: "insufficient-data", message: "needs two distinct years" };
  return model(kind, fit.slope, years, fit.center, fit.level);
}

/**
 * Fits a projection to a series sorted by year (ascending, at least two points).
 */
export function fitProjection(
  kind: ProjectionKind,
  years: readonly number[],
  values: readonly number[],
  options: FitOptions,
): ProjectionModel | ProjectionFailure {
  const n = years.length;
  const first = years[0];
  const last = years[n - 1];
  const y1 = values[0];
  const yn = values[n - 1];
  if (n < 2 || first === undefined || last === undefined || y1 === undefined || yn === undefined)
    return { reason: "insufficient-data", message: "a projection needs at least two observations" };
  if (!(last > first))
    return { reason: "insufficient-data", message: "the observations span no time" };
  switch (kind) {
    case "cagr": {
      const g = compoundGrowthRate(first, y1, last, yn);
      if (g === undefined)
        return {
          reason: "invalid-for-growth-rate",
          message: `a growth rate needs positive values at both ends (${show(y1)} → ${show(yn)})`,
        };
      return model(kind, g, [first, last], last, yn);
    }
    case "linear":
      return linearModel(kind, years, values);
    case "weighted-linear": {
      const { horizon } = options;
      if (!(horizon > last))
        return {
          reason: "target-year-passed",
          message: "weights (T − t_min)/(T − t_i) need a target year after the last observation",
        };
      const weights: number[] = new Array(n);
      for (let i = 0; i < n; i++) weights[i] = (horizon - first) / (horizon - (years[i] ?? 0));
      return linearModel(kind, years, values, weights);
    }
    case "logit": {
      const { min, max } = options.limits;
      // The mean of the per-interval slopes of the logit (ESCAP/PSA, UNICEF MENARO `cagr`), from
      // the last point; every value used must lie strictly inside the limits.
      const logits: number[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const l = logit(values[i] ?? 0, min, max);
        if (l === undefined)
          return {
            reason: "invalid-for-growth-rate",
            message: `the logit needs every value strictly between the natural limits ${show(min)} and ${show(max)} (${show(values[i] ?? 0)} in ${show(years[i] ?? 0)})`,
          };
        logits[i] = l;
      }
      let sum = 0;
      let intervals = 0;
      for (let i = 1; i < n; i++) {
        const dt = (years[i] ?? 0) - (years[i - 1] ?? 0);
        if (dt > 0) {
          sum += ((logits[i] ?? 0) - (logits[i - 1] ?? 0)) / dt;
          intervals++;
        }
      }
      if (intervals === 0)
        return { reason: "insufficient-data", message: "the observations span no time" };
      return model(kind, sum / intervals, years, last, logits[n - 1] ?? 0, min, max);
    }
    case "average-annual-change": {
      const k = Math.min(Math.max(1, Math.floor(options.window)), n - 1);
      const start = years[n - 1 - k] ?? first;
      const ys = values[n - 1 - k] ?? y1;
      return model(kind, (yn - ys) / (last - start), years.slice(n - 1 - k), last, yn);
    }
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** Whether the result is a failure. */
export function isFailure(m: ProjectionModel | ProjectionFailure): m is ProjectionFailure {
  return "reason" in m;
}

function compare(
  years: readonly number[],
  values: readonly number[],
  a: number,
  b: number,
): number {
  return (years[a] ?? 0) - (years[b] ?? 0) || (values[a] ?? 0) - (values[b] ?? 0);
}

/** Sorts a series by year (ties by value) when it is not sorted already (returns the inputs when sorted). */
export function sortSeries(
  years: readonly number[],
  values: readonly number[],
): { years: readonly number[]; values: readonly number[] } {
  let sorted = true;
  for (let i = 1; i < years.length; i++)
    if (compare(years, values, i - 1, i) > 0) {
      sorted = false;
      break;
    }
  if (sorted) return { years, values };
  const order = years.map((_, i) => i).sort((a, b) => compare(years, values, a, b));
  return { years: order.map((i) => years[i] ?? 0), values: order.map((i) => values[i] ?? 0) };
}
