// The words of the progress reports and charts in each locale. Every table is a Record over the
// codes, for both locales, so a code added to a status, category or warning union without its
// label in each locale fails compilation.
import type { Locale } from "../period/locale.js";
import type { ProgressReportJson } from "../schemas/report.js";

type TargetRow = ProgressReportJson["indicators"][number]["targets"][number];

/** A target's milestone status code, as in the report. @internal */
export type StatusCode = TargetRow["status"];
/** An ESCAP category code, as in the report. @internal */
export type EscapCode = NonNullable<TargetRow["escapCategory"]>;
/** A warning code, as in the report. @internal */
export type WarningCode = TargetRow["warnings"][number]["code"];
/** A comparator, as in the report. @internal */
export type ComparatorCode = TargetRow["comparator"];

/** A table of labels: one per code, for every locale. @internal */
export type LabelTable<Code extends string> = Readonly<
  Record<Locale, Readonly<Record<Code, string>>>
>;

/**
 * Target statuses. The Chinese follow the wording of Chinese plan monitoring: 提前达成 / 按期达成 /
 * 逾期达成 for a target met before, at or after its deadline.
 *
 * @internal
 */
export const STATUS_LABELS: LabelTable<StatusCode> = {
  en: {
    "achieved-early": "achieved early",
    "achieved-on-time": "achieved on time",
    "achieved-late": "achieved late",
    missed: "missed",
    active: "in progress",
    "not-yet-started": "not yet started",
    unmeasurable: "cannot be measured",
  },
  "zh-CN": {
    "achieved-early": "提前达成",
    "achieved-on-time": "按期达成",
    "achieved-late": "逾期达成",
    missed: "未达成",
    active: "进行中",
    "not-yet-started": "尚未开始",
    unmeasurable: "无法测算",
  },
};

/** ESCAP categories of an active target (the ESCAP SDG progress report's 保持/加速/扭转). @internal */
export const ESCAP_LABELS: LabelTable<EscapCode> = {
  en: {
    maintain: "maintain",
    accelerate: "accelerate",
    reverse: "reverse the trend",
    "insufficient-data": "too few observations for a trend",
    "target-year-passed": "the deadline has passed",
  },
  "zh-CN": {
    maintain: "保持",
    accelerate: "加速",
    reverse: "扭转趋势",
    "insufficient-data": "观测值过少",
    "target-year-passed": "目标年份已过",
  },
};

/**
 * The human text of each warning code in Chinese. The English text is the warning's own
 * `message` (with its figures); the Chinese is one sentence per code, and the code itself stays
 * English in every locale.
 *
 * @internal
 */
export const WARNING_TEXT_ZH: Readonly<Record<WarningCode, string>> = {
  "baseline-meets-target": "基线已达目标",
  "invalid-for-growth-rate": "数值不宜算增长率",
  "degenerate-range": "基线等于目标",
  "target-year-passed": "目标年份已过",
  "insufficient-data": "观测值不足",
  "irregular-gaps": "观测间隔不均",
  "projection-outside-natural-limits": "预测值超出取值范围",
  "zero-replaced": "零值已替换",
  "baseline-from-observation": "以最早观测值为基线",
  "target-no-longer-met": "目标已不再达成",
  "not-aggregatable": "不可跨单位汇总",
  "missing-ratio-parts": "比率缺分子或分母",
  "no-contributors": "无可汇总项",
  "non-finite-input": "含非有限数值",
  "not-final": "含初步或估计值",
  "incomplete-period": "有单位未报，该期不汇总",
  "carried-forward": "缺报单位沿用上期数值",
  interpolated: "缺报单位数值为插值",
  "undeclared-reporter": "未列明的单位报送了数值",
  "combined-from-units": "由各单位数值汇总",
  "dimensions-not-used": "分组观测值未计入",
};

/** Comparator words before the target value. @internal */
export const COMPARATOR_LABELS: LabelTable<Exclude<ComparatorCode, "band">> = {
  en: { ">": "more than", ">=": "at least", "<": "under", "<=": "at most", "=": "reach" },
  "zh-CN": { ">": "超过", ">=": "不低于", "<": "低于", "<=": "不超过", "=": "达到" },
};

/** The fixed words of the text and Markdown reports and of the charts. @internal */
export type PhraseKey =
  | "progressAsOf"
  | "method"
  | "latest"
  | "noData"
  | "baseline"
  | "noBaseline"
  | "observation"
  | "observations"
  | "rollUp"
  | "coverage"
  | "withoutData"
  | "achieved"
  | "projected"
  | "reachedDuring"
  | "notReached"
  | "notAvailable"
  | "target"
  | "setBy"
  | "progress"
  | "status"
  | "outlook"
  | "item"
  | "yes"
  | "no"
  | "observationsUsed"
  | "none"
  | "within"
  | "declared"
  | "fromObservations"
  | "raw"
  | "notes";

/** The fixed words, per locale. @internal */
export const PHRASES: LabelTable<PhraseKey> = {
  en: {
    progressAsOf: "progress as of",
    method: "Method",
    latest: "latest",
    noData: "no data yet",
    baseline: "baseline",
    noBaseline: "no baseline",
    observation: "observation",
    observations: "observations",
    rollUp: "Roll-up over the plan structure",
    coverage: "coverage",
    withoutData: "without data",
    achieved: "achieved",
    projected: "projected",
    reachedDuring: "reached during",
    notReached: "not reached by the trend",
    notAvailable: "n/a",
    target: "target",
    setBy: "set by",
    progress: "progress",
    status: "status",
    outlook: "outlook",
    item: "item",
    yes: "yes",
    no: "no",
    observationsUsed: "Observations used",
    none: "none",
    within: "within",
    declared: "indicator",
    fromObservations: "observation",
    raw: "raw",
    notes: "notes",
  },
  "zh-CN": {
    progressAsOf: "进展（截至",
    method: "方法",
    latest: "最新值",
    noData: "暂无数据",
    baseline: "基线",
    noBaseline: "无基线",
    observation: "个观测值",
    observations: "个观测值",
    rollUp: "按规划结构汇总",
    coverage: "覆盖率",
    withoutData: "无数据",
    achieved: "已达成",
    projected: "预计目标年份达到",
    reachedDuring: "预计达成年份",
    notReached: "按当前趋势无法达成",
    notAvailable: "不适用",
    target: "目标",
    setBy: "提出者",
    progress: "进展",
    status: "状态",
    outlook: "展望",
    item: "项目",
    yes: "是",
    no: "否",
    observationsUsed: "使用的观测值",
    none: "无",
    within: "保持在",
    declared: "指标声明",
    fromObservations: "取自观测值",
    raw: "原始值",
    notes: "说明",
  },
};

/**
 * The method summary of a report in Chinese (the English is the report's own `method.summary`).
 *
 * @internal
 */
export function methodSummaryZh(projection: string, completeness?: string | undefined): string {
  const units =
    completeness === "carry-forward"
      ? "缺报单位沿用其上期数值（已标注）"
      : completeness === "interpolate"
        ? "缺报单位数值按前后报告插值（已标注）"
        : "有应报单位缺报的时期不汇总";
  return `ESCAP 距离份额；按比较符判断达成；${projection} 预测；${units}。`;
}

/** The words of a target's goal: comparator and value with the unit. @internal */
export function goalText(
  row: Pick<TargetRow, "comparator" | "value" | "band">,
  unit: string,
  locale: Locale,
  show: (n: number) => string,
): string {
  const u = unit === "%" ? "%" : ` ${unit}`;
  if (row.comparator === "band" && row.band)
    return `${locale === "zh-CN" ? `${PHRASES[locale].within} ` : ""}${show(row.band.low)}–${show(row.band.high)}${u}`;
  if (row.comparator === "band") return "";
  const value = row.value === null ? "" : show(row.value);
  return `${COMPARATOR_LABELS[locale][row.comparator]} ${value}${u}`.trim();
}

/** The marks of a roll-up figure's data-quality flags, and the words of the legend. @internal */
export const FLAG_MARKS: LabelTable<
  "provisional" | "estimated" | "carried-forward" | "interpolated" | "incomplete"
> = {
  en: {
    provisional: "p",
    estimated: "e",
    "carried-forward": "cf",
    interpolated: "ip",
    incomplete: "inc",
  },
  "zh-CN": {
    provisional: "初",
    estimated: "估",
    "carried-forward": "沿",
    interpolated: "插",
    incomplete: "缺",
  },
};

/** What each flag means, in the legend. @internal */
export const FLAG_WORDS: LabelTable<
  "provisional" | "estimated" | "carried-forward" | "interpolated" | "incomplete"
> = {
  en: {
    provisional: "some figure is provisional",
    estimated: "some figure is estimated",
    "carried-forward": "some report is carried forward",
    interpolated: "some report is interpolated",
    incomplete: "a period is left out: an expected unit has not reported",
  },
  "zh-CN": {
    provisional: "含初步值",
    estimated: "含估计值",
    "carried-forward": "含沿用上期的报告",
    interpolated: "含插值补齐的报告",
    incomplete: "有单位未报，该时期未计入",
  },
};

/** The fixed words of the SVG charts. @internal */
export const CHART_PHRASES: LabelTable<"observed" | "targetPath" | "asOf"> = {
  en: { observed: "Observed", targetPath: "Target path", asOf: "as of" },
  "zh-CN": { observed: "观测值", targetPath: "目标路径", asOf: "截至" },
};
