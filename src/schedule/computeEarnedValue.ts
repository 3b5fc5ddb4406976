import { invalidArgument } from "./workdays/calendar.js";

/**
 * Inputs of {@link computeEarnedValue}, in one unit (money, work-hours or task points).
 *
 * @example
 * ```ts
 * const input = { budgetAtCompletion: 100, plannedValue: 75, actualCost: 70, earnedValue: 60 };
 * input.plannedValue // => 75
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface EarnedValueInput {
  /** BAC: the total baseline budget. */
  readonly budgetAtCompletion: number;
  /** PV (BCWS): the budgeted cost of work scheduled to date. */
  readonly plannedValue: number;
  /** EV (BCWP): the budgeted cost of work performed; default `BAC × percentComplete/100`. */
  readonly earnedValue?: number | undefined;
  /** The percent complete, 0–100, used when `earnedValue` is omitted. */
  readonly percentComplete?: number | undefined;
  /** AC (ACWP): the actual cost of work performed; omit when costs are not tracked. */
  readonly actualCost?: number | undefined;
}

/**
 * Earned-value figures; a ratio is `undefined` when its denominator is 0 (or AC is missing), and
 * `undefinedReasons` names each such field.
 *
 * @example
 * ```ts
 * import { computeEarnedValue } from "cast-plan";
 * computeEarnedValue({ budgetAtCompletion: 100, plannedValue: 0, earnedValue: 0 }).undefinedReasons.schedulePerformanceIndex
 * // => "planned value is 0"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface EarnedValueResult {
  /** PV (BCWS). */
  readonly plannedValue: number;
  /** EV (BCWP). */
  readonly earnedValue: number;
  /** AC (ACWP). */
  readonly actualCost: number | undefined;
  /** SV = EV − PV. */
  readonly scheduleVariance: number;
  /** SV% = SV / PV × 100. */
  readonly scheduleVariancePercent: number | undefined;
  /** SPI = EV / PV. */
  readonly schedulePerformanceIndex: number | undefined;
  /** CV = EV − AC. */
  readonly costVariance: number | undefined;
  /** CV% = CV / EV × 100. */
  readonly costVariancePercent: number | undefined;
  /** CPI = EV / AC. */
  readonly costPerformanceIndex: number | undefined;
  /** EAC = BAC / CPI. */
  readonly estimateAtCompletion: number | undefined;
  /** ETC = EAC − AC. */
  readonly estimateToComplete: number | undefined;
  /** VAC = BAC − EAC. */
  readonly varianceAtCompletion: number | undefined;
  /** TCPI = (BAC − EV) / (BAC − AC). */
  readonly toCompletePerformanceIndex: number | undefined;
  /** For each undefined figure, why. */
  readonly undefinedReasons: Readonly<Record<string, string>>;
}

/**
 * Computes earned-value management figures with the MS Project field definitions.
 *
 * @remarks
 * `SV = EV − PV`, `SPI = EV/PV`, `SV% = SV/PV × 100`, `CV = EV − AC`, `CPI = EV/AC`,
 * `CV% = CV/EV × 100`, `EAC = BAC/CPI` (= `AC + (BAC − EV)/CPI`), `ETC = EAC − AC`,
 * `VAC = BAC − EAC`, `TCPI = (BAC − EV)/(BAC − AC)`. Sources: MS Project SPI and CV% fields
 * (https://support.microsoft.com/office/spi-task-field), PMI PMBOK earned value.
 *
 * @param input - BAC, PV, EV (or percent complete) and optionally AC.
 * @returns The figures; ratios with a zero denominator are `undefined` with a reason.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for a negative or non-finite input, or neither EV nor percent complete.
 *
 * @example
 * ```ts
 * import { computeEarnedValue } from "cast-plan";
 * const ev = computeEarnedValue({ budgetAtCompletion: 100, plannedValue: 75, actualCost: 70, earnedValue: 60 });
 * ev.schedulePerformanceIndex // ~> 0.8
 * ev.costPerformanceIndex // ~> 0.857143
 * ev.estimateAtCompletion // ~> 116.666667
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function computeEarnedValue(input: EarnedValueInput): EarnedValueResult {
  const fn = "computeEarnedValue";
  const check = (value: number | undefined, key: string, max = Number.POSITIVE_INFINITY): void => {
    if (value !== undefined && (!Number.isFinite(value) || value < 0 || value > max)) {
      invalidArgument(fn, [key], "non-negative", `${key} ${value} is negative or not finite`);
    }
  };
  const bac = input.budgetAtCompletion;
  const pv = input.plannedValue;
  check(bac, "budgetAtCompletion");
  if (bac === undefined)
    invalidArgument(fn, ["budgetAtCompletion"], "required", "budgetAtCompletion is required");
  check(pv, "plannedValue");
  if (pv === undefined)
    invalidArgument(fn, ["plannedValue"], "required", "plannedValue is required");
  check(input.earnedValue, "earnedValue");
  check(input.percentComplete, "percentComplete", 100);
  check(input.actualCost, "actualCost");
  let ev = input.earnedValue;
  if (ev === undefined) {
    if (input.percentComplete === undefined) {
      invalidArgument(fn, ["earnedValue"], "required", "give earnedValue or percentComplete");
    }
    ev = (bac * input.percentComplete) / 100;
  }
  const ac = input.actualCost;
  const reasons: Record<string, string> = {};
  const ratio = (
    key: string,
    num: number,
    den: number | undefined,
    why: string,
  ): number | undefined => {
    if (den === undefined) {
      reasons[key] = "actual cost not given";
      return undefined;
    }
    if (den === 0) {
      reasons[key] = why;
      return undefined;
    }
    const quotient = num / den;
    if (!Number.isFinite(quotient)) {
      // A denominator so small (subnormal) that the ratio overflows is treated like 0.
      reasons[key] = `${why.replace(/ is 0$/, "")} is too close to 0 for a finite ratio`;
      return undefined;
    }
    return quotient;
  };
  const sv = ev - pv;
  const cv = ac === undefined ? undefined : ev - ac;
  if (cv === undefined) reasons.costVariance = "actual cost not given";
  const cpi = ratio("costPerformanceIndex", ev, ac, "actual cost is 0");
  const eac =
    cpi === undefined
      ? undefined
      : ratio("estimateAtCompletion", bac, cpi, "cost performance index is 0");
  if (cpi === undefined) reasons.estimateAtCompletion = "cost performance index is undefined";
  const etc = eac === undefined || ac === undefined ? undefined : eac - ac;
  if (etc === undefined) reasons.estimateToComplete = "estimate at completion is undefined";
  const vac = eac === undefined ? undefined : bac - eac;
  if (vac === undefined) reasons.varianceAtCompletion = "estimate at completion is undefined";
  return {
    plannedValue: pv,
    earnedValue: ev,
    actualCost: ac,
    scheduleVariance: sv,
    scheduleVariancePercent: ratio("scheduleVariancePercent", sv * 100, pv, "planned value is 0"),
    schedulePerformanceIndex: ratio("schedulePerformanceIndex", ev, pv, "planned value is 0"),
    costVariance: cv,
    costVariancePercent:
      cv === undefined
        ? ratio("costVariancePercent", 0, undefined, "")
        : ratio("costVariancePercent", cv * 100, ev, "earned value is 0"),
    costPerformanceIndex: cpi,
    estimateAtCompletion: eac,
    estimateToComplete: etc,
    varianceAtCompletion: vac,
    toCompletePerformanceIndex:
      ac === undefined
        ? ratio("toCompletePerformanceIndex", 0, undefined, "")
        : ratio(
            "toCompletePerformanceIndex",
            bac - ev,
            bac - ac,
            "budget at completion equals actual cost",
          ),
    undefinedReasons: reasons,
  };
}
