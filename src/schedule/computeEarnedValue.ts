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
  /** BAC: the total baseline budget; needed for EAC, VAC, TCPI and to derive EV from percent complete. */
  readonly budgetAtCompletion?: number | undefined;
  /** PV (BCWS): the budgeted cost of work scheduled to date; needed for SV, SV% and SPI. */
  readonly plannedValue?: number | undefined;
  /** EV (BCWP): the budgeted cost of work performed; default `BAC × percentComplete/100`. */
  readonly earnedValue?: number | undefined;
  /** The percent complete, 0–100, used with BAC when `earnedValue` is omitted. */
  readonly percentComplete?: number | undefined;
  /** AC (ACWP): the actual cost of work performed; needed for CV, CV%, CPI and what follows. */
  readonly actualCost?: number | undefined;
}

/**
 * Earned-value figures. A figure is `undefined` when an input it needs was not given or a
 * denominator is 0, and `undefinedReasons` says which (`"needs actual cost (actualCost)"`,
 * `"planned value is 0"`).
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
  /** BAC, as given. */
  readonly budgetAtCompletion: number | undefined;
  /** PV (BCWS), as given. */
  readonly plannedValue: number | undefined;
  /** EV (BCWP): given, or BAC × percent complete / 100. */
  readonly earnedValue: number | undefined;
  /** AC (ACWP), as given. */
  readonly actualCost: number | undefined;
  /** SV = EV − PV. */
  readonly scheduleVariance: number | undefined;
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
 * Every figure is computed from whatever inputs suffice for it: EV and AC alone give CV, CV% and
 * CPI; PV is needed only for the schedule figures, BAC only for EAC, ETC, VAC, TCPI and to turn
 * percent complete into EV. A figure whose inputs are missing is `undefined`, and
 * `undefinedReasons` names what it needs.
 *
 * @param input - Any of BAC, PV, EV (or percent complete with BAC) and AC.
 * @returns The figures; a figure without its inputs, or with a zero denominator, is `undefined`
 *   with a reason.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for a negative or non-finite input, or a
 *   percent complete above 100.
 *
 * @example
 * ```ts
 * import { computeEarnedValue } from "cast-plan";
 * const ev = computeEarnedValue({ budgetAtCompletion: 100, plannedValue: 75, actualCost: 70, earnedValue: 60 });
 * ev.schedulePerformanceIndex // ~> 0.8
 * ev.costPerformanceIndex // ~> 0.857143
 * ev.estimateAtCompletion // ~> 116.666667
 * const costOnly = computeEarnedValue({ earnedValue: 500, actualCost: 400 });
 * costOnly.costVariancePercent // ~> 20
 * costOnly.undefinedReasons.scheduleVariance // => "needs planned value (plannedValue)"
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
  check(input.budgetAtCompletion, "budgetAtCompletion");
  check(input.plannedValue, "plannedValue");
  check(input.earnedValue, "earnedValue");
  check(input.percentComplete, "percentComplete", 100);
  check(input.actualCost, "actualCost");
  const bac = input.budgetAtCompletion;
  const pv = input.plannedValue;
  const ac = input.actualCost;
  const reasons: Record<string, string> = {};
  let ev = input.earnedValue;
  if (ev === undefined && input.percentComplete !== undefined && bac !== undefined)
    ev = (bac * input.percentComplete) / 100;
  if (ev === undefined)
    reasons.earnedValue =
      input.percentComplete === undefined
        ? "needs earned value (earnedValue) or percent complete with the budget at completion"
        : "needs budget at completion (budgetAtCompletion) to turn percent complete into earned value";
  const names = {
    bac: "budget at completion (budgetAtCompletion)",
    pv: "planned value (plannedValue)",
    ev: "earned value",
    ac: "actual cost (actualCost)",
  } as const;
  /** The figure from its inputs, or undefined with the missing inputs (or zero divisor) named. */
  const figure = (
    key: string,
    inputs: Partial<Record<keyof typeof names, number | undefined>>,
    compute: (v: Record<keyof typeof names, number>) => number,
    divisor?: {
      readonly of: (v: Record<keyof typeof names, number>) => number;
      readonly why: string;
    },
  ): number | undefined => {
    const missing = (Object.keys(inputs) as (keyof typeof names)[]).filter(
      (k) => inputs[k] === undefined,
    );
    if (missing.length > 0) {
      reasons[key] = `needs ${missing.map((k) => names[k]).join(" and ")}`;
      return undefined;
    }
    const v = inputs as Record<keyof typeof names, number>;
    if (divisor && divisor.of(v) === 0) {
      reasons[key] = divisor.why;
      return undefined;
    }
    const value = compute(v);
    if (!Number.isFinite(value)) {
      // A divisor so small (subnormal) that the ratio overflows is treated like 0.
      reasons[key] =
        `${divisor?.why.replace(/ is 0$/, "") ?? "the input"} is too close to 0 for a finite ratio`;
      return undefined;
    }
    return value;
  };
  const sv = figure("scheduleVariance", { ev, pv }, (v) => v.ev - v.pv);
  const cv = figure("costVariance", { ev, ac }, (v) => v.ev - v.ac);
  const cpi = figure("costPerformanceIndex", { ev, ac }, (v) => v.ev / v.ac, {
    of: (v) => v.ac,
    why: "actual cost is 0",
  });
  let eac: number | undefined;
  if (cpi === undefined && ev !== undefined && ac !== undefined && bac !== undefined)
    reasons.estimateAtCompletion = "cost performance index is undefined";
  else
    eac = figure("estimateAtCompletion", { bac, ev, ac }, (v) => v.bac / (v.ev / v.ac), {
      of: (v) => v.ev,
      why: "cost performance index is 0",
    });
  const etc = eac === undefined ? undefined : eac - (ac as number);
  if (etc === undefined) reasons.estimateToComplete = "estimate at completion is undefined";
  const vac = eac === undefined ? undefined : (bac as number) - eac;
  if (vac === undefined) reasons.varianceAtCompletion = "estimate at completion is undefined";
  return {
    budgetAtCompletion: bac,
    plannedValue: pv,
    earnedValue: ev,
    actualCost: ac,
    scheduleVariance: sv,
    scheduleVariancePercent: figure(
      "scheduleVariancePercent",
      { ev, pv },
      (v) => ((v.ev - v.pv) * 100) / v.pv,
      { of: (v) => v.pv, why: "planned value is 0" },
    ),
    schedulePerformanceIndex: figure("schedulePerformanceIndex", { ev, pv }, (v) => v.ev / v.pv, {
      of: (v) => v.pv,
      why: "planned value is 0",
    }),
    costVariance: cv,
    costVariancePercent: figure(
      "costVariancePercent",
      { ev, ac },
      (v) => ((v.ev - v.ac) * 100) / v.ev,
      { of: (v) => v.ev, why: "earned value is 0" },
    ),
    costPerformanceIndex: cpi,
    estimateAtCompletion: eac,
    estimateToComplete: etc,
    varianceAtCompletion: vac,
    toCompletePerformanceIndex: figure(
      "toCompletePerformanceIndex",
      { bac, ev, ac },
      (v) => (v.bac - v.ev) / (v.bac - v.ac),
      { of: (v) => v.bac - v.ac, why: "budget at completion equals actual cost" },
    ),
    undefinedReasons: reasons,
  };
}
