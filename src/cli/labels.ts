// The CLI's own words in each locale (the report's live in src/report/labels.ts). Each table is a
// Record over its codes for both locales, so a missing label fails compilation.
import type { Locale } from "../period/locale.js";

type Table<Code extends string> = Readonly<Record<Locale, Readonly<Record<Code, string>>>>;

/** Checkpoint kinds of `cast-plan evaluate`. */
export const CHECKPOINT_LABELS: Table<"annual" | "mid-term" | "final"> = {
  en: { annual: "annual", "mid-term": "mid-term", final: "final" },
  "zh-CN": { annual: "年度", "mid-term": "中期", final: "终期" },
};

/** Activities of schedule events. */
export const ACTIVITY_LABELS: Table<"evaluation" | "planning" | "reporting"> = {
  en: { evaluation: "evaluation", planning: "planning", reporting: "reporting" },
  "zh-CN": { evaluation: "评估", planning: "规划", reporting: "报告" },
};

/** The fixed words of `schedule` and `evaluate`. */
export const CLI_PHRASES: Table<
  | "planCalendar"
  | "asOf"
  | "elapsed"
  | "outsidePlan"
  | "nationalFyp"
  | "nextEvaluation"
  | "due"
  | "noneScheduled"
  | "phases"
  | "events"
  | "findings"
  | "evaluation"
  | "overall"
  | "coverage"
  | "withEvidence"
  | "insufficientEvidence"
  | "notRated"
  | "unrated"
> = {
  en: {
    planCalendar: "Plan calendar",
    asOf: "As of",
    elapsed: "elapsed",
    outsidePlan: "outside the plan",
    nationalFyp: "national {n}th Five-Year Plan",
    nextEvaluation: "Next evaluation",
    due: "due",
    noneScheduled: "none scheduled",
    phases: "Phases",
    events: "Evaluation and planning events",
    findings: "Findings",
    evaluation: "evaluation",
    overall: "Overall",
    coverage: "coverage",
    withEvidence: "{rated} of {leaves} items with evidence",
    insufficientEvidence: "insufficient evidence",
    notRated: "not rated",
    unrated:
      "{unrated} of {total} top-level items have no indicator or rated child and are not rated; they count against coverage.",
  },
  "zh-CN": {
    planCalendar: "规划日历",
    asOf: "截至",
    elapsed: "已过",
    outsidePlan: "不在规划期内",
    nationalFyp: "国家第{n}个五年规划",
    nextEvaluation: "下次评估",
    due: "到期",
    noneScheduled: "未安排",
    phases: "阶段",
    events: "评估和规划事项",
    findings: "发现",
    evaluation: "评估",
    overall: "总体",
    coverage: "覆盖率",
    withEvidence: "{leaves} 项中 {rated} 项有依据",
    insufficientEvidence: "依据不足",
    notRated: "未评级",
    unrated:
      "{total} 个顶层项目中有 {unrated} 个没有指标或已评级的下级项目，未评级；计入覆盖率的缺口。",
  },
};

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}
