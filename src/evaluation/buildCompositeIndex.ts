import type { DecisionMatrix } from "./composite/types.js";

export type { DecisionMatrix } from "./composite/types.js";

import { CastPlanError } from "../errors/CastPlanError.js";
import {
  aggregateRows,
  checkDecisionMatrix,
  normaliseMatrix,
  resolveNormalisations,
} from "./composite/matrix.js";
import type { MeanKind } from "./computeWeightedMean.js";
import type { Normalisation } from "./normalise.js";
import { checkWeights, competitionRanks } from "./stats/ranks.js";

/**
 * How a composite index is built.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface CompositeIndexConfig {
  /** One non-negative weight per indicator, with a positive total (need not sum to 1). */
  weights: readonly number[];
  /** One normalisation for all indicators, or one per indicator. */
  normalisation: Normalisation | readonly Normalisation[];
  /** The weighted mean used to aggregate; default `arithmetic`. */
  aggregation?: MeanKind;
}

/**
 * One unit's composite score.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface CompositeUnitScore {
  /** The unit id. */
  unitId: string;
  /** The composite score, or `null` when the mean is undefined. */
  score: number | null;
  /** The rank, 1 = best, competition ranking ("1224"); `null` when the score is `null`. */
  rank: number | null;
  /** The normalised values, one per indicator. */
  normalised: number[];
  /** Why the score is `null`. */
  reason?: "non-positive-value";
}

/**
 * The result of {@link buildCompositeIndex}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface CompositeIndexResult {
  /** One score per unit, in input order. */
  units: CompositeUnitScore[];
  /** The ranked unit ids, best first; tied units in id order; unscored units left out. */
  ranking: string[];
  /** The tie rule of the ranks. */
  tieRule: "competition";
}

/**
 * Builds a composite index: normalises each indicator (direction first), aggregates each unit's
 * normalised values with weights, and ranks the units.
 *
 * @remarks
 * Steps of the OECD/JRC *Handbook on Constructing Composite Indicators* (Nardo et al. 2008, ISBN
 * 978-92-64-04345-9) with COINr's formulas (https://github.com/bluefoxr/COINr). Ties: scores
 * equal within a relative 1e-9 share the best rank of the tie and the next rank is skipped
 * (competition ranking, "1224"). A geometric or harmonic mean of a unit with a normalised value
 * ≤ 0 is undefined: score and rank `null` with a reason. Missing data are not imputed: every value
 * must be finite.
 *
 * @param matrix - The raw units × indicators values and indicator directions.
 * @param config - The weights, normalisation(s) and aggregation.
 * @returns Each unit's score and rank, and the ranking.
 * @throws {@link CastPlanError} INVALID_ARGUMENT or DUPLICATE_ID for a bad matrix (paths such as
 *   `["values", 2, 1]`), INVALID_WEIGHTS for bad weights (`["config", "weights", j]`), INVALID_ARGUMENT for
 *   a bad normalisation (`["config", "normalisation", …]`).
 *
 * @example
 * ```ts
 * import { buildCompositeIndex } from "cast-plan";
 * const index = buildCompositeIndex(
 *   { units: ["a", "b"], indicators: [{ id: "x", direction: "increase" }, { id: "cost", direction: "decrease" }],
 *     values: [[10, 5], [20, 8]] },
 *   { weights: [0.5, 0.5], normalisation: { method: "min-max" } },
 * );
 * index.units.map((unit) => unit.score) // => [50, 50]
 * index.units.map((unit) => unit.rank) // => [1, 1]
 * ```
 *
 * @see [Evaluation scoring: composite indices](../../docs/guides/evaluation.md#composite-indices-oecdjrc-handbook)
 * @category Evaluation
 * @since 0.1.0
 */
export function buildCompositeIndex(
  matrix: DecisionMatrix,
  config: CompositeIndexConfig,
): CompositeIndexResult {
  const fn = "buildCompositeIndex";
  checkDecisionMatrix(fn, matrix);
  if (config === null || typeof config !== "object")
    throw new CastPlanError("INVALID_ARGUMENT", `${fn}: config must be an object`, [
      { path: ["config"], rule: "invalid_type", message: "config must be an object" },
    ]);
  const m = matrix.indicators.length;
  checkWeights(fn, config.weights, m, ["config", "weights"]);
  const normalisations = resolveNormalisations(fn, config.normalisation, m);
  const aggregation = config.aggregation ?? "arithmetic";
  if (!["arithmetic", "geometric", "harmonic"].includes(aggregation))
    throw new CastPlanError("INVALID_ARGUMENT", `${fn}: unknown aggregation`, [
      {
        path: ["config", "aggregation"],
        rule: "enum",
        message: "aggregation must be arithmetic, geometric or harmonic",
      },
    ]);
  const n = matrix.units.length;
  const normalised = normaliseMatrix(matrix, normalisations);
  const scores = aggregateRows(normalised, n, config.weights, aggregation);
  const ranks = competitionRanks(scores);
  const units = matrix.units.map((unitId, i): CompositeUnitScore => {
    const score = scores[i] as number;
    const row = Array.from(normalised.subarray(i * m, (i + 1) * m));
    if (Number.isNaN(score))
      return { unitId, score: null, rank: null, normalised: row, reason: "non-positive-value" };
    return { unitId, score, rank: ranks[i] as number, normalised: row };
  });
  const ranking = units
    .filter((unit) => unit.rank !== null)
    .sort((a, b) => (a.rank as number) - (b.rank as number) || (a.unitId < b.unitId ? -1 : 1))
    .map((unit) => unit.unitId);
  return { units, ranking, tieRule: "competition" };
}
