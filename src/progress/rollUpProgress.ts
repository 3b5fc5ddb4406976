import { calledAs } from "../errors/calledAs.js";
import type { PlanDocument } from "../schemas/document.js";
import type { Indicator, Observation } from "../schemas/indicator.js";
import type { IndicatorAssessment } from "./assessIndicator.js";
import { createRollUpState } from "./createRollUpState.js";
import {
  finalizeIndicator,
  finalizeRollUp,
  type RollUp,
  type RollUpOptions,
} from "./finalizeRollUp.js";
import { compileFacts } from "./rollup/columns/facts.js";
import { convertObservations, slotsOf } from "./rollup/columns/objects.js";
import { nodesOfRun, runColumns } from "./rollup/columns/run.js";
import { checkWeights } from "./rollup/tree.js";
import { checkCompleteness } from "./series/complete.js";
import { asOfYearOf } from "./series/select.js";

/**
 * Rolls indicator progress up a plan document in one pass: indicator → task/action →
 * area/project → plan, with weights, coverage and the all-children-achieved rule.
 *
 * @remarks
 * Gives what `finalizeRollUp(document, createRollUpState(document, observations), options)`
 * gives; use those (with {@link mergeRollUpStates}) to compute per shard or per organisation and
 * combine later with the same answer. Observations default to the document's own.
 *
 * **Two ways to the same result.** When every observation can be a row of
 * {@link ObservationColumns} (an integer year from 1000 to 9999, the whole population or one
 * organisation's figure, no dimension group, a finite value or ratio parts that give one, a known
 * status), the observations are converted to columns once (as {@link toObservationColumns} does;
 * observations of indicators not in the document are skipped, as below) and the nodes come from
 * the columnar engine of {@link rollUpProgressFromColumns}: about a third of the time of the
 * object path at a million observations (see the performance guide). Otherwise (a month, a date,
 * a span of time, a dimension group, an observation without a value, or a document that repeats an
 * indicator id) it takes the object path above. Both give equal results, errors included (a
 * property test holds them deep-equal).
 *
 * **Assessments are built when read.** On the columnar way, `assessments` is a getter that makes
 * the record on first read: its keys (the indicators with a value by the date) at once, and each
 * indicator's assessment the first time it is read, from that indicator's observations, by the
 * object path's own steps, then kept. Both are enumerable getters, so `Object.keys`,
 * `Object.entries`, spreading, `JSON.stringify` and `structuredClone` see plain values (reading
 * every assessment costs what the object path costs). Until every assessment was read, the result
 * refers to `observations` (no copy): they are read again then, so leave them unchanged while you
 * use the result, as this library leaves its inputs unchanged.
 *
 * @param document - The plan document.
 * @param options - The date, weights and projection; `observations` replaces the document's.
 * @returns Plan, item and indicator nodes with progress, coverage and achievement, and the
 *   indicators' assessments.
 * @throws {@link CastPlanError} as {@link finalizeRollUp}.
 *
 * @example
 * ```ts
 * import { rollUpProgress } from "cast-plan";
 * import { parsePlanDocument } from "cast-plan/schemas";
 * const document = parsePlanDocument({
 *   schemaVersion: 1,
 *   plans: [{ id: "p", kind: "local-plan", title: { en: "P" }, issuer: "X", period: { start: 2020, end: 2025 }, items: [{ id: "t", kind: "task", heading: "T" }] }],
 *   indicators: [{ id: "i", name: "I", measure: "count", unit: "events", direction: "increase", aggregation: "sum", baselines: [{ period: 2020, value: 0 }], targets: [{ id: "t1", deadline: 2025, comparator: ">=", value: 10 }], measures: ["t"] }],
 *   observations: [{ indicatorId: "i", period: 2022, value: 4, status: "final" }],
 * });
 * const result = rollUpProgress(document, { asOf: 2023 });
 * result.plans.p?.progress // ~> 0.4
 * result.assessments.i?.latest?.value // => 4
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function rollUpProgress(
  document: Pick<PlanDocument, "plans" | "indicators" | "alignments" | "observations">,
  options: RollUpOptions & { readonly observations?: readonly Observation[] | undefined },
): RollUp {
  return calledAs("rollUpProgress", () => {
    const observations = options.observations ?? document.observations;
    return (
      rollUpByColumns(document, observations, options) ??
      finalizeRollUp(document, createRollUpState(document, observations), options)
    );
  });
}

/** The columnar way (see the remarks above), or undefined when the observations cannot be rows. */
function rollUpByColumns(
  document: Pick<PlanDocument, "plans" | "indicators" | "alignments">,
  observations: readonly Observation[],
  options: RollUpOptions,
): RollUp | undefined {
  const list = document.indicators;
  const { slotOf, repeated } = slotsOf(list);
  // A repeated id: the object path keeps the last copy's node; the columns know the first only.
  if (repeated) return undefined;
  const converted = convertObservations(list, slotOf, observations, "exact");
  if (converted === undefined) return undefined;
  // Errors as finalizeRollUp's, in its order (calledAs names rollUpProgress).
  const fn = "finalizeRollUp";
  const weights = checkWeights(options.weights, fn);
  const asOfYear = asOfYearOf(options.asOf, fn);
  const completeness = checkCompleteness(options, fn);
  const run = runColumns(fn, list, compileFacts(list), converted.columns, asOfYear, completeness);
  const nodes = nodesOfRun(document, run, weights, asOfYear, fn);
  // The indicators with a value by the date (none where figures cannot be combined); a measured
  // one has a latest value.
  const slots: number[] = [];
  const measured = run.judged.measured;
  for (let s = 0; s < list.length; s++)
    if (measured[s] === 1 || run.seriesOf(s).count > 0) slots.push(s);
  const assessOptions = {
    asOf: options.asOf,
    projection: options.projection,
    detail: options.detail ?? "summary",
  };
  // What the assessments are built from: the observations themselves (a copy of a million rows
  // kept by the result would cost a full collection of the heap to free), grouped by indicator
  // on the first read.
  let source: readonly Observation[] | undefined = observations;
  let byIndicator: IndicatorRows | undefined;
  let left = slots.length;
  const build = (s: number): IndicatorAssessment => {
    const indicator = list[s] as Indicator;
    const all = source as readonly Observation[];
    byIndicator ??= groupRows(all, slotOf, list.length);
    const own: Observation[] = [];
    const end = byIndicator.from[s + 1] as number;
    for (let j = byIndicator.from[s] as number; j < end; j++)
      own.push(all[byIndicator.order[j] as number] as Observation);
    // The object path's own steps on this indicator's observations: its table, then its node.
    const table = createRollUpState({ indicators: [indicator] }, own).indicators.get(indicator.id);
    const { assessment } = finalizeIndicator(
      indicator,
      table,
      asOfYear,
      assessOptions,
      completeness,
    );
    left -= 1;
    if (left === 0) {
      // Every assessment was read: let the observations go.
      source = undefined;
      byIndicator = undefined;
    }
    return assessment as IndicatorAssessment;
  };
  // The record itself is made on first read too: its getters cost about as much as the nodes, and
  // V8 keeps getters in its old generation, whose collections walk the whole heap.
  let assessments: Record<string, IndicatorAssessment> | undefined;
  // The object path's key order: the nodes, the assessments, then the completeness facts.
  const { completeness: found, ...tree } = nodes;
  const result = { asOfYear, ...tree } as RollUp;
  Object.defineProperty(result, "assessments", {
    enumerable: true,
    configurable: true,
    get: () => {
      assessments ??= lazyRecord(
        slots.map((s) => (list[s] as Indicator).id),
        slots,
        build,
      );
      return assessments;
    },
  });
  Object.assign(result, { completeness: found });
  return result;
}

/**
 * A record whose values are built on first read: enumerable getters that keep what they built
 * (in an array, so that a frozen record keeps working). One descriptor object serves every key.
 */
function lazyRecord<T>(
  keys: readonly string[],
  args: readonly number[],
  build: (arg: number) => T,
): Record<string, T> {
  const out: Record<string, T> = {};
  const built: (T | undefined)[] = new Array(keys.length);
  const descriptor: PropertyDescriptor = { enumerable: true, configurable: true };
  for (let k = 0; k < keys.length; k++) {
    descriptor.get = () => {
      let value = built[k];
      if (value === undefined) {
        value = build(args[k] as number);
        built[k] = value;
      }
      return value;
    };
    Object.defineProperty(out, keys[k] as string, descriptor);
  }
  return out;
}

/** The observations of each indicator, in input order: `order[from[s]] … order[from[s + 1] − 1]`. */
interface IndicatorRows {
  readonly from: Int32Array;
  readonly order: Int32Array;
}

/** Groups observations by indicator slot (a counting sort: stable); unknown ids are left out. */
function groupRows(
  observations: readonly Observation[],
  slotOf: ReadonlyMap<string, number>,
  m: number,
): IndicatorRows {
  const n = observations.length;
  const slot = new Int32Array(n);
  const from = new Int32Array(m + 1);
  let lastId: string | undefined;
  let last = -1;
  for (let k = 0; k < n; k++) {
    const id = (observations[k] as Observation).indicatorId;
    if (id !== lastId) {
      lastId = id;
      last = slotOf.get(id) ?? -1;
    }
    slot[k] = last;
    if (last >= 0) from[last + 1] = (from[last + 1] as number) + 1;
  }
  for (let s = 0; s < m; s++) from[s + 1] = (from[s + 1] as number) + (from[s] as number);
  const next = from.slice(0, m);
  const order = new Int32Array(from[m] as number);
  for (let k = 0; k < n; k++) {
    const s = slot[k] as number;
    if (s < 0) continue;
    order[next[s] as number] = k;
    next[s] = (next[s] as number) + 1;
  }
  return { from, order };
}
