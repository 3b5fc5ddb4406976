import { assessDns, type DnsAssessment, type DnsOptions } from "./assessDns.js";
import { assessEscap, type EscapAssessment, type EscapOptions } from "./assessEscap.js";
import { assessEurostat, type EurostatAssessment, type EurostatOptions } from "./assessEurostat.js";
import { assessLinear, type LinearAssessment, type LinearOptions } from "./assessLinear.js";
import { assessStatCan, type StatCanAssessment, type StatCanOptions } from "./assessStatCan.js";
import { assessUnsd, type UnsdAssessment, type UnsdOptions } from "./assessUnsd.js";
import { unmeasurable } from "./methods/numbers.js";
import type { ProgressMethod, ProgressOutcome, ProgressSeries } from "./types.js";

/**
 * The options of {@link assessProgress}: the method and that method's own options.
 *
 * @example
 * ```ts
 * import type { AssessProgressOptions } from "cast-plan";
 * const options: AssessProgressOptions = { method: "escap", projection: "linear" };
 * options.method // => "escap"
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export type AssessProgressOptions =
  | ({ readonly method: "linear" } & LinearOptions)
  | ({ readonly method: "escap" } & EscapOptions)
  | ({ readonly method: "eurostat" } & EurostatOptions)
  | ({ readonly method: "statcan" } & StatCanOptions)
  | ({ readonly method: "unsd" } & UnsdOptions)
  | ({ readonly method: "dns" } & DnsOptions);

/**
 * The result of each method, by method name.
 *
 * @category Progress
 * @since 0.2.0
 */
export interface ProgressAssessmentByMethod {
  /** {@link assessLinear}. */
  readonly linear: LinearAssessment;
  /** {@link assessEscap}. */
  readonly escap: EscapAssessment;
  /** {@link assessEurostat}. */
  readonly eurostat: EurostatAssessment;
  /** {@link assessStatCan}. */
  readonly statcan: StatCanAssessment;
  /** {@link assessUnsd}. */
  readonly unsd: UnsdAssessment;
  /** {@link assessDns}. */
  readonly dns: DnsAssessment;
}

/**
 * The measured result of any series method: switch on `method`; the common fields (`achieved`,
 * `value`, `category`, `inputsUsed`, `warnings`) are on every one.
 *
 * @category Progress
 * @since 0.2.0
 */
export type ProgressAssessment = ProgressAssessmentByMethod[ProgressMethod];

/**
 * Assesses a series with the method the caller chose: one entry point for applications that let
 * people pick linear progress, ESCAP, Eurostat, Statistics Canada, UNSD or the German DNS.
 *
 * @remarks
 * Calls {@link assessLinear}, {@link assessEscap}, {@link assessEurostat}, {@link assessStatCan}, {@link assessUnsd}
 * or {@link assessDns} with the same series and the rest of `options`; each method's sources,
 * thresholds and edge rules are documented there and in the methodology guide. An unknown method
 * name (from untyped input) is `unmeasurable` with reason `insufficient-data`.
 *
 * @param series - The observations, direction and optional target.
 * @param options - `method` and that method's options.
 * @returns The method's result, with the common fields.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { assessProgress } from "cast-plan";
 * const series = { years: [2015, 2022], values: [60, 70], direction: "increase", target: { value: 90, year: 2030 } } as const;
 * const r = assessProgress(series, { method: "statcan" });
 * r.status === "measured" ? [r.method, r.category] : [] // => ["statcan", "moderate-progress"]
 * const e = assessProgress(series, { method: "escap" });
 * e.status === "measured" ? e.category : "" // => "accelerate"
 * ```
 *
 * @see [Progress methodology: one input, one result shape](../../docs/guides/methodology.md#one-input-one-result-shape-one-dispatcher-assessprogress)
 * @category Progress
 * @since 0.2.0
 */
export function assessProgress<O extends AssessProgressOptions>(
  series: ProgressSeries,
  options: O,
): ProgressOutcome<ProgressAssessmentByMethod[O["method"]]>;
export function assessProgress(
  series: ProgressSeries,
  options: AssessProgressOptions,
): ProgressOutcome<ProgressAssessment> {
  const { method, ...rest } = options;
  switch (method) {
    case "linear":
      return assessLinear(series, rest as LinearOptions);
    case "escap":
      return assessEscap(series, rest as EscapOptions);
    case "eurostat":
      return assessEurostat(series, rest as EurostatOptions);
    case "statcan":
      return assessStatCan(series, rest as StatCanOptions);
    case "unsd":
      return assessUnsd(series, rest as UnsdOptions);
    case "dns":
      return assessDns(series, rest as DnsOptions);
    default:
      return unmeasurable("insufficient-data", `assessProgress: unknown method ${String(method)}`);
  }
}
