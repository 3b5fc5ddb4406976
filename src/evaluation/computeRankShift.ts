import { CastPlanError, type ValidationIssue } from "../errors/CastPlanError.js";

/**
 * A ranked alternative as the ranking functions return it ({@link AlternativeScore},
 * {@link CompositeUnitScore}): an id and a rank, `null` when unranked.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface RankedAlternative {
  /** The alternative (unit) id. */
  readonly unitId: string;
  /** The rank, 1 = best, or `null` when the alternative is unranked. */
  readonly rank: number | null;
}

/**
 * One alternative's rank shift.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface RankShift {
  /** The alternative (unit) id. */
  unitId: string;
  /** The rank in the reference ranking. */
  referenceRank: number | null;
  /** The rank in the compared ranking. */
  rank: number | null;
  /** `rank − referenceRank`: positive = moved down, negative = moved up; `null` when either is `null`. */
  shift: number | null;
}

/**
 * The result of {@link computeRankShift}.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface RankShiftResult {
  /** One shift per alternative, in the reference's order. */
  alternatives: RankShift[];
  /** The average absolute rank shift `R̄ = (1/N) Σ |rank_ref − rank|` over the N compared alternatives. */
  averageAbsoluteShift: number;
  /** The largest absolute shift. */
  maxAbsoluteShift: number;
  /** N, the number of alternatives ranked in both rankings. */
  compared: number;
  /** Set when no alternative is ranked in both: the shifts are then 0. */
  reason?: "nothing-compared";
}

function checkRanking(
  fn: string,
  key: "reference" | "comparison",
  ranking: readonly RankedAlternative[],
): Map<string, number | null> {
  const byId = new Map<string, number | null>();
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(ranking))
    issues.push({ path: [key], rule: "invalid_type", message: `${key} must be an array` });
  else
    ranking.forEach((entry, i) => {
      const id = entry?.unitId;
      const rank = entry?.rank;
      if (typeof id !== "string" || id.length === 0 || byId.has(id))
        issues.push({
          path: [key, i, "unitId"],
          rule: byId.has(id) ? "unique-id" : "invalid_type",
          message: "a unit id must be a unique non-empty string",
        });
      else if (rank !== null && !(typeof rank === "number" && Number.isFinite(rank) && rank >= 1))
        issues.push({
          path: [key, i, "rank"],
          rule: "domain",
          message: `rank ${String(rank)} is neither null nor a finite number ≥ 1`,
        });
      else byId.set(id, rank);
    });
  if (issues.length > 0)
    throw new CastPlanError("INVALID_ARGUMENT", `${fn}: invalid ${key}`, issues);
  return byId;
}

/**
 * Compares two rankings of the same alternatives: each alternative's rank shift and the average
 * absolute rank shift.
 *
 * @remarks
 * The summary statistic of composite-indicator uncertainty analysis,
 * `R̄ = (1/N) Σ_c |rank_ref(c) − rank(c)|` (Saisana, Saltelli & Tarantola 2005; CItools
 * `compare.compind`, https://rdrr.io/cran/CItools/man/compare.compind.html), over the N alternatives
 * ranked in both. Takes the `alternatives` of {@link rankWeightedSum}, {@link rankTopsis} and
 * {@link rankCopeland}, or the `units` of {@link buildCompositeIndex}. An alternative unranked
 * (`null`) in either ranking has a `null` shift and is left out of N; when N = 0 the statistics
 * are 0 with a reason. Ranks may be fractional (average ranks).
 *
 * @param reference - The reference ranking.
 * @param comparison - The compared ranking: the same alternative ids, in any order.
 * @returns Each alternative's shift, the average and largest absolute shift, and N.
 * @throws {@link CastPlanError} INVALID_ARGUMENT for an entry without a unique id or with a rank
 *   that is neither `null` nor a finite number ≥ 1 (path `["reference", i, "unitId"]`,
 *   `["comparison", i, "rank"]`, …), or when the two rankings hold different ids (path
 *   `["comparison", i, "unitId"]` for an id the reference lacks, `["comparison"]` for a missing one).
 *
 * @example
 * ```ts
 * import { computeRankShift } from "cast-plan";
 * const result = computeRankShift(
 *   [{ unitId: "a", rank: 1 }, { unitId: "b", rank: 2 }, { unitId: "c", rank: 3 }],
 *   [{ unitId: "c", rank: 1 }, { unitId: "a", rank: 2 }, { unitId: "b", rank: 3 }],
 * );
 * result.alternatives.map((a) => a.shift) // => [1, 1, -2]
 * result.averageAbsoluteShift // ~> 1.3333
 * ```
 *
 * @see [Evaluation scoring: rank shifts](../../docs/guides/evaluation.md#rank-shifts)
 * @category Evaluation
 * @since 0.2.0
 */
export function computeRankShift(
  reference: readonly RankedAlternative[],
  comparison: readonly RankedAlternative[],
): RankShiftResult {
  const fn = "computeRankShift";
  const before = checkRanking(fn, "reference", reference);
  const after = checkRanking(fn, "comparison", comparison);
  comparison.forEach((entry, i) => {
    if (!before.has(entry.unitId))
      throw new CastPlanError("INVALID_ARGUMENT", `${fn}: unknown unit '${entry.unitId}'`, [
        { path: ["comparison", i, "unitId"], rule: "unknown-id", message: "not in the reference" },
      ]);
  });
  if (after.size !== before.size)
    throw new CastPlanError("INVALID_ARGUMENT", `${fn}: the comparison lacks units`, [
      { path: ["comparison"], rule: "missing-id", message: "every reference unit must be ranked" },
    ]);
  let total = 0;
  let max = 0;
  let compared = 0;
  const alternatives = [...before].map(([unitId, referenceRank]): RankShift => {
    const rank = after.get(unitId) ?? null;
    const shift = rank === null || referenceRank === null ? null : rank - referenceRank;
    if (shift !== null) {
      total += Math.abs(shift);
      max = Math.max(max, Math.abs(shift));
      compared++;
    }
    return { unitId, referenceRank, rank, shift };
  });
  return {
    alternatives,
    averageAbsoluteShift: compared === 0 ? 0 : total / compared,
    maxAbsoluteShift: max,
    compared,
    ...(compared === 0 ? { reason: "nothing-compared" as const } : {}),
  };
}
