import type { RatingScale } from "../schemas/index.js";
import { freezeDeep } from "./tables/freeze.js";

/**
 * The 4-point scale High (4) / Substantial (3) / Modest (2) / Negligible (1), 4 = best.
 *
 * @remarks
 * Labels as the World Bank IEG sub-ratings are widely reported to use (the 4-point scale itself
 * is confirmed at https://ieg.worldbankgroup.org/data; the labels are unverified). The Chinese
 * labels (高, 较高, 一般, 微弱) are this library's wording for `--locale zh-CN`, not an official
 * translation.
 *
 * @example
 * ```ts
 * import { FOUR_POINT_SCALE } from "cast-plan";
 * FOUR_POINT_SCALE.levels.map((level) => level.value) // => [4, 3, 2, 1]
 * ```
 *
 * @category Evaluation
 * @since 0.1.0
 */
export const FOUR_POINT_SCALE: RatingScale = /* @__PURE__ */ freezeDeep({
  id: "four-point",
  name: { en: "4-point High–Negligible", zh: "四级：高—微弱" },
  levels: [
    { value: 4, label: { en: "High", zh: "高" }, code: "H" },
    { value: 3, label: { en: "Substantial", zh: "较高" }, code: "S" },
    { value: 2, label: { en: "Modest", zh: "一般" }, code: "M" },
    { value: 1, label: { en: "Negligible", zh: "微弱" }, code: "N" },
  ],
});

/**
 * The 6-point scale Highly Satisfactory (6) … Highly Unsatisfactory (1), as used by UNEP and the
 * World Bank IEG for outcome ratings.
 *
 * @remarks
 * Sources: https://web.unep.org/evaluation/learning/facts-figures and
 * https://ieg.worldbankgroup.org/data (HS, S, MS, MU, U, HU).
 *
 * @example
 * ```ts
 * import { SIX_POINT_SCALE } from "cast-plan";
 * SIX_POINT_SCALE.levels.map((level) => level.code) // => ["HS", "S", "MS", "MU", "U", "HU"]
 * ```
 *
 * @category Evaluation
 * @since 0.1.0
 */
export const SIX_POINT_SCALE: RatingScale = /* @__PURE__ */ freezeDeep({
  id: "six-point",
  name: {
    en: "6-point Highly Satisfactory–Highly Unsatisfactory",
    zh: "六级：非常满意—非常不满意",
  },
  levels: [
    { value: 6, label: { en: "Highly Satisfactory", zh: "非常满意" }, code: "HS" },
    { value: 5, label: { en: "Satisfactory", zh: "满意" }, code: "S" },
    { value: 4, label: { en: "Moderately Satisfactory", zh: "比较满意" }, code: "MS" },
    { value: 3, label: { en: "Moderately Unsatisfactory", zh: "不太满意" }, code: "MU" },
    { value: 2, label: { en: "Unsatisfactory", zh: "不满意" }, code: "U" },
    { value: 1, label: { en: "Highly Unsatisfactory", zh: "非常不满意" }, code: "HU" },
  ],
});

/**
 * The ADB-style 0–3 criterion scale: 3 Highly successful, 2 Successful, 1 Less than successful,
 * 0 Unsuccessful.
 *
 * @remarks
 * ADB's four overall categories are documented at
 * https://www.adb.org/site/evaluation/portfolio-performance; scoring each criterion 0–3 is
 * reported but unverified — verify against the guideline edition you follow before use.
 *
 * @example
 * ```ts
 * import { ZERO_TO_THREE_SCALE } from "cast-plan";
 * ZERO_TO_THREE_SCALE.levels.length // => 4
 * ```
 *
 * @category Evaluation
 * @since 0.1.0
 */
export const ZERO_TO_THREE_SCALE: RatingScale = /* @__PURE__ */ freezeDeep({
  id: "zero-to-three",
  name: { en: "0–3 (ADB-style)", zh: "0—3 级（亚行式）" },
  levels: [
    { value: 3, label: { en: "Highly successful", zh: "非常成功" }, code: "HS" },
    { value: 2, label: { en: "Successful", zh: "成功" }, code: "S" },
    { value: 1, label: { en: "Less than successful", zh: "不太成功" }, code: "LS" },
    { value: 0, label: { en: "Unsuccessful", zh: "不成功" }, code: "US" },
  ],
});
