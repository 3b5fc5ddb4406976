// Observations: ids, sources, duplicates, and (with the document's indicators and units) the
// indicator, dimensions, natural limits, milestone values and unit.

import { periodText } from "../../dates/periodText.js";
import type { Indicator, Observation } from "../indicator.js";
import type { Dimensions } from "../primitives.js";
import {
  checkSource,
  dimensionKey,
  each,
  type Parsed,
  type Path,
  type Report,
  uniqueIds,
} from "./common.js";

/** Checks dimension names and values against the indicator's declared dimensions. */
export function checkDimensions(
  report: Report,
  indicator: Indicator,
  dims: Dimensions | undefined,
  path: Path,
): void {
  if (!dims || indicator.dimensions.length === 0) return;
  for (const [name, value] of Object.entries(dims)) {
    const declared = indicator.dimensions.find((d) => d.name === name);
    if (!declared)
      report(
        [...path, name],
        "dimension",
        `indicator '${indicator.id}' has no dimension '${name}'`,
      );
    else if (!declared.values.includes(value))
      report(
        [...path, name],
        "dimension",
        `'${value}' is not a value of dimension '${name}' (${declared.values.join(", ")})`,
      );
  }
}

/** What observations are resolved against; without indicators or units those are not checked. */
export interface ObservationScope {
  readonly indicators?: ReadonlyMap<string, Indicator> | undefined;
  readonly unit?: ((id: string) => boolean) | undefined;
  readonly source: (id: string) => boolean;
  /** Ids inside entities that did not parse. */
  readonly unchecked: ReadonlySet<string>;
}

/** Checks every observation that parsed. */
export function checkObservations(
  report: Report,
  observations: Parsed<Observation>,
  scope: ObservationScope,
): void {
  const ids = uniqueIds(report, "observation");
  const seen = new Map<string, number>();
  each(observations, (o, i) => {
    const path: Path = ["observations", i];
    if (o.id !== undefined) ids(o.id, [...path, "id"]);
    checkSource(report, o.source, scope.source, [...path, "source"]);
    const key = `${o.indicatorId}|${periodText(o.period)}|${dimensionKey(o.dimensions)}|${o.unitId ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined)
      report(
        path,
        "duplicate-observation",
        `same indicator, period, dimensions and unit as observations[${first}]`,
      );
    else seen.set(key, i);
    if (scope.indicators) {
      const indicator = scope.indicators.get(o.indicatorId);
      if (!indicator) {
        if (!scope.unchecked.has(o.indicatorId))
          report([...path, "indicatorId"], "reference", `no indicator has id '${o.indicatorId}'`);
      } else {
        checkDimensions(report, indicator, o.dimensions, [...path, "dimensions"]);
        const limits = indicator.naturalLimits;
        if (
          o.value !== undefined &&
          limits &&
          ((limits.min !== undefined && o.value < limits.min) ||
            (limits.max !== undefined && o.value > limits.max))
        )
          report(
            [...path, "value"],
            "natural-limits",
            `value ${o.value} is outside the natural limits of '${indicator.id}'`,
          );
        if (
          indicator.measure === "milestone" &&
          o.value !== undefined &&
          o.value !== 0 &&
          o.value !== 1
        )
          report(
            [...path, "value"],
            "milestone-value",
            "a milestone indicator is observed as 0 (not done) or 1 (done)",
          );
      }
    }
    if (scope.unit && o.unitId !== undefined && !scope.unit(o.unitId))
      report([...path, "unitId"], "reference", `no unit has id '${o.unitId}'`);
    else if (o.unitId !== undefined) {
      const weights = scope.indicators?.get(o.indicatorId)?.unitWeights;
      if (weights !== undefined && weights[o.unitId] === undefined)
        report(
          [...path, "unitId"],
          "unit-weights",
          `unit '${o.unitId}' has no weight in the unitWeights of '${o.indicatorId}' (a weighted mean needs one for every unit that reports)`,
        );
    }
  });
}
