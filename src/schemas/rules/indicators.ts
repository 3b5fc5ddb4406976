// Indicators: sources, measured items, baselines, and each target's order, plan, limits and
// comparator.
import type { Indicator } from "../indicator.js";
import { firstDayKey, lastDayKeyOf } from "../primitives.js";
import {
  checkSource,
  describe,
  each,
  type Parsed,
  type Path,
  periodInside,
  uniqueIds,
} from "./common.js";
import { checkDimensions } from "./observations.js";
import type { Scope } from "./scope.js";

/** Checks every indicator and its targets; returns the indicators that parsed, by id. */
export function checkIndicators(
  indicators: Parsed<Indicator>,
  scope: Scope,
): ReadonlyMap<string, Indicator> {
  const { report } = scope;
  const indicatorIds = uniqueIds(report, "indicator");
  const targetIds = uniqueIds(report, "target");
  const byId = new Map<string, Indicator>();
  each(indicators, (ind, i) => {
    const path: Path = ["indicators", i];
    indicatorIds(ind.id, [...path, "id"]);
    if (!byId.has(ind.id)) byId.set(ind.id, ind);
    checkSource(report, ind.source, scope.source, [...path, "source"]);
    ind.measures.forEach((m, j) => {
      if (!scope.item(m)) report([...path, "measures", j], "reference", `no item has id '${m}'`);
    });
    ind.baselines.forEach((b, j) => {
      checkSource(report, b.source, scope.source, [...path, "baselines", j, "source"]);
      checkDimensions(report, ind, b.dimensions, [...path, "baselines", j, "dimensions"]);
    });
    checkReporters(ind, path, scope);
    let previous: string | undefined;
    ind.targets.forEach((t, j) => {
      const tp: Path = [...path, "targets", j];
      targetIds(t.id, [...tp, "id"]);
      checkSource(report, t.source, scope.source, [...tp, "source"]);
      checkDimensions(report, ind, t.dimensions, [...tp, "dimensions"]);
      const key = lastDayKeyOf(t.deadline);
      if (previous !== undefined && key < previous)
        report([...tp, "deadline"], "target-order", "targets must be ordered by deadline");
      previous = key;
      if (t.statedIn !== undefined) {
        const plan = scope.itemPlan.get(t.statedIn);
        if (!plan) {
          if (!scope.unchecked.has(t.statedIn))
            report([...tp, "statedIn"], "reference", `no item has id '${t.statedIn}'`);
        } else if (!periodInside(t.deadline, plan.period))
          report(
            [...tp, "deadline"],
            "inside-plan-period",
            `deadline ${t.deadline} is outside the period ${describe(plan.period)} of plan '${plan.id}'`,
          );
      }
      const limits = ind.naturalLimits;
      const values = t.band ? [t.band.low, t.band.high] : t.value === undefined ? [] : [t.value];
      if (
        limits &&
        values.some(
          (v) =>
            (limits.min !== undefined && v < limits.min) ||
            (limits.max !== undefined && v > limits.max),
        )
      )
        report(
          [...tp, t.band ? "band" : "value"],
          "natural-limits",
          `target outside the natural limits of '${ind.id}'`,
        );
      if ((ind.direction === "band") !== (t.comparator === "band"))
        report(
          [...tp, "comparator"],
          "target-direction",
          `a '${ind.direction}' indicator cannot take comparator '${t.comparator}'`,
        );
      if (ind.direction === "increase" && (t.comparator === "<" || t.comparator === "<="))
        report(
          [...tp, "comparator"],
          "target-direction",
          "an 'increase' indicator takes >, >= or =",
        );
      if (ind.direction === "decrease" && (t.comparator === ">" || t.comparator === ">="))
        report(
          [...tp, "comparator"],
          "target-direction",
          "a 'decrease' indicator takes <, <= or =",
        );
    });
  });
  return byId;
}

/**
 * Checks an indicator's expected reporters and unit weights: units that resolve, `from` not after
 * `until`, only for rules that combine several units (expected reporters: sum, mean, ratio; unit
 * weights: mean), and a weight for every declared reporter of a weighted mean.
 */
function checkReporters(ind: Indicator, path: Path, scope: Scope): void {
  const { report } = scope;
  const combining =
    ind.aggregation === "sum" || ind.aggregation === "mean" || ind.aggregation === "ratio";
  if (ind.expectedReporters !== undefined && !combining)
    report(
      [...path, "expectedReporters"],
      "expected-reporters",
      `aggregation '${ind.aggregation}' does not combine units' reports, so no unit is expected to report (completeness applies to sum, mean and ratio)`,
    );
  ind.expectedReporters?.forEach((r, j) => {
    const rp: Path = [...path, "expectedReporters", j];
    if (!scope.unit(r.unitId))
      report([...rp, "unitId"], "reference", `no unit has id '${r.unitId}'`);
    else if (ind.unitWeights !== undefined && ind.unitWeights[r.unitId] === undefined)
      report(
        [...rp, "unitId"],
        "unit-weights",
        `unit '${r.unitId}' has no weight in unitWeights (a weighted mean needs one for every unit)`,
      );
    if (
      r.from !== undefined &&
      r.until !== undefined &&
      firstDayKey(r.from) > lastDayKeyOf(r.until)
    )
      report([...rp, "until"], "period-order", `until ${r.until} is before from ${r.from}`);
  });
  if (ind.unitWeights === undefined) return;
  if (ind.aggregation !== "mean")
    report(
      [...path, "unitWeights"],
      "unit-weights",
      `unit weights weigh a mean; aggregation '${ind.aggregation}' does not use them`,
    );
  for (const id of Object.keys(ind.unitWeights))
    if (!scope.unit(id))
      report([...path, "unitWeights", id], "reference", `no unit has id '${id}'`);
}
