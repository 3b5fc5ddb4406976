import { CastPlanError, type ValidationIssue } from "../errors/CastPlanError.js";

/**
 * One key performance indicator (KPI, a *measure* in Kaplan & Norton's terms) of a perspective.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface BalancedScorecardKpi {
  /** The KPI id, unique within its perspective. */
  readonly id: string;
  /** `increase`: higher is better (achievement `a/t`); `decrease`: lower is better (`t/a`). */
  readonly direction: "increase" | "decrease";
  /** The target t, a finite number > 0. */
  readonly target: number;
  /** The actual value a, a finite number ≥ 0. */
  readonly actual: number;
  /**
   * The threshold, the worst value still counted as `near` the target (at most the target for
   * `increase`, at least it for `decrease`); without it, a KPI is `met` or `missed`.
   */
  readonly threshold?: number;
  /** The KPI's weight within its perspective, finite and ≥ 0; default 1. */
  readonly weight?: number;
}

/**
 * A perspective of a balanced scorecard (financial, customer, internal process, learning and
 * growth, or a public-sector variant) with its KPIs.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface BalancedScorecardPerspective {
  /** The perspective id, unique. */
  readonly id: string;
  /** The perspective's weight in the total, finite and ≥ 0; default 1. */
  readonly weight?: number;
  /** The KPIs. */
  readonly kpis: readonly BalancedScorecardKpi[];
}

/**
 * Options of {@link scoreBalancedScorecard}.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface ScoreBalancedScorecardOptions {
  /** The cap of a KPI's achievement, a finite number > 0; default 1.2. */
  cap?: number;
}

/**
 * One KPI's score.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface KpiScore {
  /** The KPI id. */
  kpiId: string;
  /** The achievement `a/t` (`increase`) or `t/a` (`decrease`), capped at `cap`. */
  achievement: number;
  /** `met` (at or beyond the target), `near` (at or beyond the threshold) or `missed`. */
  status: "met" | "near" | "missed";
  /** Set when a `decrease` KPI's actual is 0: `t/0` is unbounded, so the achievement is the cap. */
  reason?: "zero-actual";
}

/**
 * One perspective's score.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface PerspectiveScore {
  /** The perspective id. */
  perspectiveId: string;
  /** The weighted mean of the KPI achievements, or `null` when the KPI weights total 0. */
  score: number | null;
  /** The KPI scores, in input order. */
  kpis: KpiScore[];
  /** Why the score is `null`: no KPIs, or KPI weights that total 0. */
  reason?: "zero-total-weight";
}

/**
 * The result of {@link scoreBalancedScorecard}.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface BalancedScorecardResult {
  /** The total: the weighted mean of the scored perspectives' scores, or `null`. */
  score: number | null;
  /** The perspective scores, in input order. */
  perspectives: PerspectiveScore[];
  /** Why the total is `null`: no scored perspective with a positive weight. */
  reason?: "zero-total-weight";
}

const weightOf = (weight: number | undefined) => weight ?? 1;

function checkScorecard(
  perspectives: readonly BalancedScorecardPerspective[],
  cap: number,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const bad = (path: (string | number)[], rule: string, message: string) =>
    issues.push({ path, rule, message });
  const isWeight = (w: unknown) =>
    w === undefined || (typeof w === "number" && Number.isFinite(w) && w >= 0);
  if (!(typeof cap === "number" && Number.isFinite(cap) && cap > 0))
    bad(["options", "cap"], "positive", "cap must be a finite number > 0");
  if (!Array.isArray(perspectives)) {
    bad(["perspectives"], "invalid_type", "perspectives must be an array");
    return issues;
  }
  const ids = new Set<string>();
  perspectives.forEach((perspective, i) => {
    const at = ["perspectives", i];
    if (typeof perspective?.id !== "string" || perspective.id === "" || ids.has(perspective.id))
      bad([...at, "id"], "unique-id", "a perspective id must be a unique non-empty string");
    ids.add(perspective?.id);
    if (!isWeight(perspective?.weight))
      bad([...at, "weight"], "non-negative", "weight must be a finite number ≥ 0");
    if (!Array.isArray(perspective?.kpis)) {
      bad([...at, "kpis"], "invalid_type", "kpis must be an array");
      return;
    }
    const kpiIds = new Set<string>();
    (perspective.kpis as readonly BalancedScorecardKpi[]).forEach((kpi, k) => {
      const path = [...at, "kpis", k];
      const { target, actual, threshold, direction } = kpi ?? ({} as Partial<BalancedScorecardKpi>);
      if (typeof kpi?.id !== "string" || kpi.id === "" || kpiIds.has(kpi.id))
        bad([...path, "id"], "unique-id", "a KPI id must be unique within its perspective");
      kpiIds.add(kpi?.id);
      if (direction !== "increase" && direction !== "decrease")
        bad([...path, "direction"], "enum", "direction must be 'increase' or 'decrease'");
      if (!(typeof target === "number" && Number.isFinite(target) && target > 0))
        bad([...path, "target"], "positive", "target must be a finite number > 0");
      if (!(typeof actual === "number" && Number.isFinite(actual) && actual >= 0))
        bad([...path, "actual"], "non-negative", "actual must be a finite number ≥ 0");
      if (
        threshold !== undefined &&
        !(
          typeof threshold === "number" &&
          Number.isFinite(threshold) &&
          (direction === "increase" ? threshold <= target : threshold >= target)
        )
      )
        bad([...path, "threshold"], "domain", "threshold must be finite and not beyond the target");
      if (!isWeight(kpi?.weight))
        bad([...path, "weight"], "non-negative", "weight must be a finite number ≥ 0");
    });
  });
  return issues;
}

/** The weighted mean of the scored entries, or null when their weights total 0. */
function weightedMean(entries: readonly { score: number | null; weight: number }[]): number | null {
  let total = 0;
  let sum = 0;
  for (const { score, weight } of entries)
    if (score !== null) {
      total += weight;
      sum += weight * score;
    }
  return total > 0 ? sum / total : null;
}

/**
 * Scores a balanced scorecard: each KPI's achievement against its target, each perspective's
 * weighted mean of its KPIs, and the total as the weighted mean of the perspectives.
 *
 * @remarks
 * Kaplan & Norton, "The Balanced Scorecard—Measures That Drive Performance", *Harvard Business
 * Review*, Jan–Feb 1992 (https://hbr.org/1992/01/the-balanced-scorecard-measures-that-drive-performance-2),
 * and *The Balanced Scorecard: Translating Strategy into Action* (HBS Press 1996): perspectives with
 * objectives, measures, targets and initiatives. The scoring is a CONVENTION of the reference: achievement `a/t` when
 * higher is better and `t/a` when lower is better, capped at 1.2; a perspective scores the weighted
 * mean of its KPIs and the total the weighted mean of the perspectives, weights divided by their
 * total (default 1 each). A perspective without KPIs or whose KPI weights total 0 scores `null`
 * with a reason and is left out of the total; when no perspective is left, the total is `null`
 * with a reason. The status compares the actual with the target and the optional threshold.
 *
 * @param perspectives - The perspectives and their KPIs.
 * @param options - The achievement cap; default 1.2.
 * @returns The total, each perspective's score and each KPI's achievement and status.
 * @throws {@link CastPlanError} INVALID_ARGUMENT with the path of each bad field, such as
 *   `["perspectives", 0, "kpis", 1, "target"]` (a target ≤ 0), `["perspectives", 2, "weight"]` or
 *   `["options", "cap"]`.
 *
 * @example
 * ```ts
 * import { scoreBalancedScorecard } from "cast-plan";
 * const result = scoreBalancedScorecard([
 *   { id: "financial", kpis: [
 *     { id: "budget-execution", direction: "increase", target: 100, actual: 90 },
 *     { id: "cost-overrun-pct", direction: "decrease", target: 5, actual: 6, threshold: 8 },
 *   ] },
 *   { id: "customer", kpis: [{ id: "satisfaction", direction: "increase", target: 80, actual: 84 }] },
 * ]);
 * result.perspectives[0]?.score // ~> 0.866667
 * result.perspectives[0]?.kpis[1]?.status // => "near"
 * result.score // ~> 0.958333
 * ```
 *
 * @see [Evaluation scoring: organisational assessment](../../docs/guides/evaluation.md#organisational-assessment)
 * @category Evaluation
 * @since 0.2.0
 */
export function scoreBalancedScorecard(
  perspectives: readonly BalancedScorecardPerspective[],
  options: ScoreBalancedScorecardOptions = {},
): BalancedScorecardResult {
  const cap = options?.cap ?? 1.2;
  const issues = checkScorecard(perspectives, cap);
  if (issues.length > 0)
    throw new CastPlanError(
      "INVALID_ARGUMENT",
      "scoreBalancedScorecard: invalid scorecard",
      issues,
    );
  const scored = perspectives.map((perspective): PerspectiveScore => {
    const kpis = perspective.kpis.map((kpi): KpiScore => {
      const { target: t, actual: a, threshold } = kpi;
      const up = kpi.direction === "increase";
      const ratio = up ? a / t : a === 0 ? cap : t / a;
      const status = (up ? a >= t : a <= t)
        ? "met"
        : threshold !== undefined && (up ? a >= threshold : a <= threshold)
          ? "near"
          : "missed";
      return {
        kpiId: kpi.id,
        achievement: Math.min(cap, ratio),
        status,
        ...(!up && a === 0 ? { reason: "zero-actual" as const } : {}),
      };
    });
    const score = weightedMean(
      kpis.map((k, index) => ({
        score: k.achievement,
        weight: weightOf(perspective.kpis[index]?.weight),
      })),
    );
    return {
      perspectiveId: perspective.id,
      score,
      kpis,
      ...(score === null ? { reason: "zero-total-weight" as const } : {}),
    };
  });
  const score = weightedMean(
    scored.map((p, i) => ({ score: p.score, weight: weightOf(perspectives[i]?.weight) })),
  );
  return {
    score,
    perspectives: scored,
    ...(score === null ? { reason: "zero-total-weight" as const } : {}),
  };
}
