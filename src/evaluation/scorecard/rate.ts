// Private helpers of scoreCheckpoint: input checks and the rating of the item tree.
import { CastPlanError, type ValidationIssue } from "../../errors/CastPlanError.js";
import type { RatingScale } from "../../schemas/index.js";
import { FOUR_POINT_CATEGORY_RATINGS, SIX_POINT_CATEGORY_RATINGS } from "../categoryRatings.js";
import { checkScale, roundToLevelIndex } from "../rubric/checks.js";
import type {
  ItemScorecard,
  ScoreCheckpointOptions,
  ScorecardItem,
  ScorecardResult,
} from "./types.js";

type Level = RatingScale["levels"][number];

/** The rating part of an item scorecard. */
export type Rated = Pick<
  ItemScorecard,
  "rating" | "mean" | "source" | "coverage" | "leaves" | "ratedLeaves" | "withheld" | "explanation"
>;

/** What rating an item tree needs once the input is checked. */
export interface ScorecardContext {
  /** The result by item id, with its index. */
  results: Map<string, ScorecardResult>;
  /** The level for a category, or null when not rated. */
  levelOf: (category: string) => Level | null;
  /** Aggregates rated children into a parent's rating. */
  aggregate: (children: readonly (Rated & { weight?: number })[], label: string) => Rated;
}

const fmt = (value: number) => String(Math.round(value * 1e4) / 1e4);
const percent = (share: number) => `${Math.round(share * 100)}%`;
const describe = (level: Level) => `${level.value} (${level.label.en})`;

/** Checks the plan tree, results and options; returns the rating context. */
export function checkScorecardInput(
  fn: string,
  plan: { readonly items: readonly ScorecardItem[] },
  results: readonly ScorecardResult[],
  options: ScoreCheckpointOptions,
): ScorecardContext {
  const fail = (
    code: "INVALID_ARGUMENT" | "UNKNOWN_ID" | "DUPLICATE_ID" | "INVALID_WEIGHTS",
    issues: ValidationIssue[],
  ) => {
    if (issues.length > 0) throw new CastPlanError(code, `${fn}: invalid input`, issues);
  };
  const argument = (path: (string | number)[], message: string) =>
    fail("INVALID_ARGUMENT", [{ path, rule: "domain", message }]);
  if (!["annual", "mid-term", "final"].includes(options?.checkpoint))
    argument(["options", "checkpoint"], "checkpoint must be 'annual', 'mid-term' or 'final'");
  const levels = checkScale(fn, options.scale);
  const rounding = options.rounding ?? "half-away-from-zero";
  if (!["half-away-from-zero", "half-even", "floor", "ceil"].includes(rounding))
    argument(["options", "rounding"], "unknown rounding rule");
  const minimumCoverage = options.minimumCoverage ?? 0.5;
  if (!(typeof minimumCoverage === "number" && minimumCoverage >= 0 && minimumCoverage <= 1))
    argument(["options", "minimumCoverage"], "minimumCoverage must be a share from 0 to 1");
  const mapping =
    options.categoryRatings ??
    (options.scale.id === "four-point"
      ? FOUR_POINT_CATEGORY_RATINGS
      : options.scale.id === "six-point"
        ? SIX_POINT_CATEGORY_RATINGS
        : undefined);
  if (mapping === undefined)
    return argument(
      ["options", "categoryRatings"],
      `no default category mapping for scale '${options.scale.id}'`,
    ) as never;
  const offScale: ValidationIssue[] = [];
  for (const [category, value] of Object.entries(mapping))
    if (value !== null && !levels.some((level) => level.value === value))
      offScale.push({
        path: ["options", "categoryRatings", category],
        rule: "off-scale",
        message: `${String(value)} is not a level of scale '${options.scale.id}'`,
      });
  fail("INVALID_ARGUMENT", offScale);
  const ids = new Set<string>();
  const duplicates: ValidationIssue[] = [];
  const weights: ValidationIssue[] = [];
  const walk = (items: readonly ScorecardItem[], path: (string | number)[]) => {
    if (!Array.isArray(items))
      return void duplicates.push({
        path,
        rule: "invalid_type",
        message: "items must be an array",
      });
    items.forEach((item, i) => {
      if (typeof item?.id !== "string" || item.id.length === 0)
        duplicates.push({
          path: [...path, i, "id"],
          rule: "invalid_type",
          message: "an item id must be a non-empty string",
        });
      else if (ids.has(item.id))
        duplicates.push({
          path: [...path, i, "id"],
          rule: "unique-id",
          message: `duplicate item id '${item.id}'`,
        });
      ids.add(item?.id);
      if (item?.weight !== undefined && !(Number.isFinite(item.weight) && item.weight >= 0))
        weights.push({
          path: [...path, i, "weight"],
          rule: "non-negative",
          message: `weight ${String(item.weight)} is not a finite number ≥ 0`,
        });
      if (item?.children !== undefined) walk(item.children, [...path, i, "children"]);
    });
  };
  walk(plan?.items, ["items"]);
  fail(
    duplicates.some((issue) => issue.rule === "unique-id") ? "DUPLICATE_ID" : "INVALID_ARGUMENT",
    duplicates,
  );
  fail("INVALID_WEIGHTS", weights);
  if (!Array.isArray(results)) argument(["results"], "results must be an array");
  const byItem = new Map<string, ScorecardResult>();
  const unknown: ValidationIssue[] = [];
  const repeated: ValidationIssue[] = [];
  results.forEach((result, i) => {
    if (!ids.has(result?.itemId))
      unknown.push({
        path: ["results", i, "itemId"],
        rule: "reference",
        message: `no item has id '${String(result?.itemId)}'`,
      });
    else if (byItem.has(result.itemId))
      repeated.push({
        path: ["results", i, "itemId"],
        rule: "unique-id",
        message: `item '${result.itemId}' has two results`,
      });
    if (typeof result?.category !== "string" || !Object.hasOwn(mapping, result.category))
      unknown.push({
        path: ["results", i, "category"],
        rule: "reference",
        message: `category '${String(result?.category)}' is not in the mapping`,
      });
    if (result?.value !== undefined && !Number.isFinite(result.value))
      unknown.push({
        path: ["results", i, "value"],
        rule: "finite",
        message: "value must be finite",
      });
    if (ids.has(result?.itemId) && !byItem.has(result.itemId)) byItem.set(result.itemId, result);
  });
  fail(
    "UNKNOWN_ID",
    unknown.filter((issue) => issue.rule === "reference"),
  );
  fail("DUPLICATE_ID", repeated);
  fail("INVALID_ARGUMENT", unknown);
  const levelOf = (category: string): Level | null => {
    const value = mapping[category];
    return value === null || value === undefined
      ? null
      : (levels.find((level) => level.value === value) as Level);
  };
  const aggregate = (children: readonly (Rated & { weight?: number })[], label: string): Rated => {
    const rated = children.filter((child) => child.mean !== null);
    const leaves = children.reduce((sum, child) => sum + child.leaves, 0);
    const ratedLeaves = children.reduce((sum, child) => sum + child.ratedLeaves, 0);
    const coverage = leaves === 0 ? 0 : ratedLeaves / leaves;
    const evidence = { leaves, ratedLeaves, coverage };
    const total = rated.reduce((sum, child) => sum + (child.weight ?? 1), 0);
    const n = children.length;
    if (rated.length === 0 || total <= 0)
      return {
        rating: null,
        mean: null,
        source: "none",
        ...evidence,
        withheld: false,
        explanation: `${label}: not rated, ${
          n === 0
            ? "as it has no children and no result"
            : rated.length > 0
              ? `as its rated children all have weight 0`
              : n === 1
                ? "as its only child has no rating"
                : `as none of its ${n} children has a rating`
        }`,
      };
    const mean =
      rated.reduce((sum, child) => sum + (child.weight ?? 1) * (child.mean as number), 0) / total;
    // The mean to two decimals and at least one (4.0, 2.5, 3.67); "≈" when that is not exact.
    const shown = `${Number(mean.toFixed(2)) === mean ? "" : "≈"}${mean.toFixed(2).replace(/(\.\d)0$/, "$1")}`;
    const from =
      rated.length < n
        ? `from ${rated.length} of ${n} children (${n - rated.length} not rated)`
        : n === 1
          ? "from its only child"
          : n === 2
            ? "from both children"
            : `from all ${n} children`;
    const items = `${ratedLeaves} of ${leaves} ${leaves === 1 ? "item" : "items"} rated`;
    if (coverage < minimumCoverage)
      return {
        rating: null,
        mean,
        source: "children",
        ...evidence,
        withheld: true,
        explanation: `${label}: insufficient evidence, ${items} (${percent(coverage)}), below the ${percent(minimumCoverage)} a rating needs; the rated ones give a weighted mean of ${shown} ${from}`,
      };
    const rating = levels[roundToLevelIndex(mean, levels, rounding)] as Level;
    const rule = {
      "half-away-from-zero": "halves rounded away from zero",
      "half-even": "halves rounded to even",
      floor: "rounded down",
      ceil: "rounded up",
    }[rounding];
    return {
      rating,
      mean,
      source: "children",
      ...evidence,
      withheld: false,
      explanation: `${label}: weighted mean ${shown} ${from} → rated ${rating.value}, ${rating.label.en} (${rule}; ${items})`,
    };
  };
  return { results: byItem, levelOf, aggregate };
}

/** Rates an item tree bottom-up. */
export function rateItems(
  items: readonly ScorecardItem[],
  context: ScorecardContext,
): ItemScorecard[] {
  return items.map((item): ItemScorecard => {
    const children = rateItems(item.children ?? [], context);
    const weighted = children.map((child, i) => ({
      ...child,
      weight: item.children?.[i]?.weight ?? 1,
    }));
    const result = context.results.get(item.id);
    const own = result ? context.levelOf(result.category) : null;
    const head = {
      itemId: item.id,
      ...(item.kind !== undefined ? { kind: item.kind } : {}),
      ...(item.heading !== undefined ? { heading: item.heading } : {}),
      ...(result ? { category: result.category } : {}),
    };
    const detail = result
      ? `${result.value !== undefined ? `, value ${fmt(result.value)}` : ""}${result.explanation ? `; ${result.explanation}` : ""}`
      : "";
    if (result && own) {
      // Its own result is the evidence for the item as a whole.
      const leaves = Math.max(
        1,
        children.reduce((sum, child) => sum + child.leaves, 0),
      );
      return {
        ...head,
        rating: own,
        mean: own.value,
        source: "result",
        coverage: 1,
        leaves,
        ratedLeaves: leaves,
        withheld: false,
        explanation: `category '${result.category}'${detail} → ${describe(own)}`,
        children,
      };
    }
    if (children.length === 0) {
      const explanation = result
        ? `category '${result.category}'${detail} is not rated`
        : "no result";
      return {
        ...head,
        rating: null,
        mean: null,
        source: "none",
        coverage: 0,
        leaves: 1,
        ratedLeaves: 0,
        withheld: false,
        explanation,
        children,
      };
    }
    const rated = context.aggregate(weighted, `'${item.id}'`);
    const note = result ? ` (own category '${result.category}' is not rated)` : "";
    return { ...head, ...rated, explanation: rated.explanation + note, children };
  });
}
