// Chinese output: the localized-text type, the locale helpers, each renderer and export in both
// locales, and `cast-plan report --locale zh-CN`. Expected strings are written by hand.
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { castPlanDocument } from "../../src/data/index.js";
import {
  buildProgressReport,
  FOUR_POINT_SCALE,
  formatCalendarPoint,
  isLocale,
  localize,
  type ProgressReport,
  renderGanttSvg,
  renderProgressReportMarkdown,
  renderProgressReportText,
  renderTrajectorySvg,
  toICalendar,
  toMermaidGantt,
} from "../../src/index.js";
import { STATUS_LABELS, WARNING_TEXT_ZH } from "../../src/report/labels.js";
import {
  LocalizedTextSchema,
  parsePlanDocument,
  RatingScaleSchema,
} from "../../src/schemas/index.js";

describe("LocalizedText", () => {
  it("a string is English only; the output is always { en, zh? }", () => {
    expect(LocalizedTextSchema.parse("Outline")).toEqual({ en: "Outline" });
    expect(LocalizedTextSchema.parse({ en: "Outline", zh: "纲要" })).toEqual({
      en: "Outline",
      zh: "纲要",
    });
    expect(LocalizedTextSchema.safeParse({ zh: "纲要" }).success).toBe(false);
    expect(LocalizedTextSchema.safeParse("").success).toBe(false);
  });

  it("the CAST data has Chinese only where an official text is the source", () => {
    const doc = parsePlanDocument(castPlanDocument);
    const zh = [
      ...doc.plans.map((p) => [p.id, p.title.zh]),
      ...doc.externalPlans.map((p) => [p.id, p.title.zh]),
      ...doc.indicators.filter((i) => i.name.zh).map((i) => [i.id, i.name.zh]),
    ];
    expect(zh).toEqual([
      ["outline", "面向建设世界科技强国的中国科协规划纲要"],
      ["ap2018", "中国科协事业发展三年行动计划（2018-2020年）"],
      ["national-literacy-2021", "全民科学素质行动规划纲要（2021—2035年）"],
      ["ind.science-literacy", "具备科学素质的比例"],
      ["ind.mobile-science-museums", "流动科技馆"],
      ["ind.popular-science-caravans", "科普大篷车"],
      ["ind.rural-middle-school-museums", "农村中学科技馆"],
    ]);
    const items: string[] = [];
    const walk = (list: (typeof doc.plans)[number]["items"]) => {
      for (const item of list) {
        if (item.heading.zh !== undefined) items.push(item.id);
        walk(item.children);
      }
    };
    for (const plan of doc.plans) walk(plan.items);
    expect(items).toEqual([]); // no official Chinese headings at hand: none invented
  });
});

describe("locale helpers", () => {
  it("localize falls back to English", () => {
    expect(localize({ en: "A", zh: "甲" }, "zh-CN")).toBe("甲");
    expect(localize({ en: "A" }, "zh-CN")).toBe("A");
    expect(localize({ en: "A", zh: "甲" }, "en")).toBe("A");
    expect(localize("A", "zh-CN")).toBe("A");
  });

  it("formats calendar values by hand, without Date or a time zone", () => {
    expect(formatCalendarPoint("2024-06", "zh-CN")).toBe("2024年6月");
    expect(formatCalendarPoint("2024-01-01", "zh-CN")).toBe("2024年1月1日");
    expect(formatCalendarPoint("2024-12-31", "zh-CN")).toBe("2024年12月31日");
    expect(formatCalendarPoint(2035, "zh-CN")).toBe("2035年");
    expect(formatCalendarPoint("2024-06", "en")).toBe("2024-06");
    expect(formatCalendarPoint("not a date", "zh-CN")).toBe("not a date");
    expect(isLocale("zh-CN")).toBe(true);
    expect(isLocale("zh")).toBe(false);
  });

  it("label tables cover every code in both locales", () => {
    expect(Object.keys(STATUS_LABELS["zh-CN"]).sort()).toEqual(
      Object.keys(STATUS_LABELS.en).sort(),
    );
    expect(STATUS_LABELS["zh-CN"]["achieved-early"]).toBe("提前达成");
    expect(STATUS_LABELS["zh-CN"].unmeasurable).toBe("无法测算");
    expect(WARNING_TEXT_ZH["irregular-gaps"]).toBe("观测间隔不均");
  });
});

const report: ProgressReport = {
  format: "cast-plan/progress-report@3",
  title: { en: "Demo", zh: "示例" },
  asOf: "2024-06",
  method: { projection: "weighted-linear", summary: "Distance share." },
  indicators: [
    {
      id: "i",
      name: { en: "Share", zh: "比例" },
      unit: "%",
      decimals: 2,
      direction: "increase",
      observations: 3,
      latest: { period: "2023-09", year: 2023.7, value: 15.37, status: "provisional" },
      baseline: { period: "2015", year: 2015, value: 6.2, source: "indicator", status: "final" },
      targets: [
        {
          id: "t",
          label: { en: "2035: more than 20% (outline)" },
          goal: "more than 20%",
          deadline: 2035,
          comparator: ">",
          value: 20,
          band: null,
          setBy: { en: "Outline", zh: "纲要" },
          status: "active",
          reason: null,
          distanceShare: { raw: 0.664493, clamped: 0.664493 },
          timeShare: 0.45,
          paceIndex: 1.48,
          escapCategory: "accelerate",
          projection: { kind: "weighted-linear", projectedValue: 26.68, share: 1.48 },
          forecast: { kind: "weighted-linear", outcome: "reached", year: 2028.64 },
          warnings: [{ code: "irregular-gaps", message: "gaps of 3, 2 years" }],
        },
      ],
      warnings: [],
      explanation: "…",
    },
  ],
  items: [
    {
      id: "p",
      heading: { en: "Plan" },
      depth: 0,
      progress: 0.5,
      flags: ["provisional"],
      coverage: 0.25,
      leaves: { total: 4, withEvidence: 1 },
      achieved: false,
      contributors: 4,
      withoutData: 3,
      judgedHere: [
        {
          id: "s",
          heading: { en: "Step", zh: "第一步" },
          progress: 0.664493,
          targets: [{ indicatorId: "i", targetId: "t", label: { en: "2035", zh: "2035年目标" } }],
        },
      ],
      duplicates: [{ indicatorId: "i", indicator: { en: "Share", zh: "比例" }, through: [] }],
    },
  ],
};

describe("renderProgressReportText", () => {
  it("en", () => {
    const text = renderProgressReportText(report);
    expect(text.split("\n")[0]).toBe("Demo — progress as of 2024-06");
    expect(text).toContain("Share [%]");
    expect(text).toContain("latest 15.37 (2023-09, provisional) · baseline 6.20 (2015)");
    expect(text).toContain("in progress — accelerate; projected 26.68 at the deadline");
    expect(text).toContain("! gaps of 3, 2 years");
  });

  it("zh-CN", () => {
    const text = renderProgressReportText(report, { locale: "zh-CN" });
    expect(text.split("\n")[0]).toBe("示例 — 进展（截至2024年6月）");
    expect(text).toContain("比例 [%]");
    expect(text).toContain("最新值 15.37（2023年9月，初步） · 基线 6.20（2015年） · 3 个观测值");
    expect(text).toContain("  2035年：超过 20%（纲要）");
    expect(text).toContain("进行中 — 加速；预计目标年份达到 26.68；预计达成年份 2029年");
    expect(text).toContain("! 观测间隔不均（irregular-gaps）");
    expect(text).toContain("按规划结构汇总");
    expect(text).toContain("  标记：（初）含初步值\n");
    expect(text).toContain(
      "50%（初）  Plan  （覆盖率 25%：4 项中 1 项有依据；4 项中 3 项无数据，未显示；第一步在此计 66%，按目标「2035年目标」评估；比例重复列出，只计一次）",
    );
  });
});

describe("renderProgressReportMarkdown", () => {
  it("en", () => {
    const md = renderProgressReportMarkdown(report);
    expect(md.startsWith("# Demo\n")).toBe(true);
    expect(md).toContain("| target | set by | progress | status | outlook |");
    expect(md).toContain("| 2035: more than 20% | Outline | 66% (raw 0.664) | in progress |");
  });

  it("zh-CN", () => {
    const md = renderProgressReportMarkdown(report, { locale: "zh-CN" });
    expect(md.startsWith("# 示例\n")).toBe(true);
    expect(md).toContain("进展截至 **2024年6月**。ESCAP 距离份额；");
    expect(md).toContain("| 目标 | 提出者 | 进展 | 状态 | 展望 |");
    expect(md).toContain("| 2035年：超过 20% | 纲要 | 66% (原始值 0.664) | 进行中 |");
    expect(md).toContain("- ⚠ 观测间隔不均 (`irregular-gaps`)");
    expect(md).toContain("| 项目 | 进展 | 覆盖率 | 无数据 | 已达成 | 说明 |");
    expect(md).toContain(
      "| Plan | 50%（初） | 25%（4 项中 1 项有依据） | 4 项中 3 项 | 否 | 第一步在此计 66%，按目标「2035年目标」评估；比例重复列出，只计一次 |",
    );
  });
});

describe("SVG charts", () => {
  const trajectory = {
    title: "比例",
    unit: "%",
    observed: [
      { year: 2015, value: 6.2 },
      { year: 2020, value: 10.56 },
    ],
    baseline: { year: 2015, value: 6.2 },
    targets: [{ year: 2025, value: 15, label: "2025年：超过 15%" }],
  };

  it("renderTrajectorySvg en and zh-CN", () => {
    const en = renderTrajectorySvg(trajectory);
    expect(en).toContain(">Observed</text>");
    expect(en).toContain(">Target path</text>");
    const zh = renderTrajectorySvg({ ...trajectory, locale: "zh-CN" });
    expect(zh).toContain(">观测值</text>");
    expect(zh).toContain(">目标路径</text>");
    expect(zh).toContain("<desc>观测值 2 个；目标：2025年：超过 15%。</desc>");
  });

  it("renderGanttSvg en and zh-CN", () => {
    const input = {
      title: "行动计划",
      rows: [{ label: "第一阶段", start: "2024-01-01", end: "2024-06-30" }],
      asOf: "2024-03-31",
    };
    const en = renderGanttSvg(input);
    expect(en).toContain(">as of 2024-03-31</text>");
    expect(en).toContain(">2024-06</text>");
    expect(en).toContain("<desc>1 rows from 2024-01-01 to 2024-06-30</desc>");
    const zh = renderGanttSvg({ ...input, locale: "zh-CN" });
    expect(zh).toContain(">截至2024年3月31日</text>");
    expect(zh).toContain(">2024年6月</text>");
    expect(zh).toContain("<desc>共 1 行，自2024年1月1日至2024年6月30日</desc>");
  });
});

describe("schedule exports", () => {
  const items = [
    { id: "m", name: "中期评估", start: "2023-06-30", finish: "2023-06-30", milestone: true },
  ];
  const stamp = { domain: "example.org", timestamp: "20240101T000000Z" };

  it("toICalendar en and zh-CN", () => {
    const en = toICalendar(items, stamp);
    expect(en).toContain("PRODID:-//cast-plan//schedule//EN\r\n");
    expect(en).toContain("SUMMARY:中期评估\r\n");
    const zh = toICalendar(items, { ...stamp, locale: "zh-CN" });
    expect(zh).toContain("PRODID:-//cast-plan//schedule//ZH\r\n");
    expect(zh).toContain("SUMMARY;LANGUAGE=zh-CN:中期评估\r\n");
    expect(zh).toContain("DTSTART;VALUE=DATE:20230630\r\n");
  });

  it("toMermaidGantt en and zh-CN", () => {
    const unnamed = [{ id: "a", name: "A", start: "2021-01-01", finish: "2021-12-31" }];
    const withSection = [{ ...unnamed[0]!, section: "" }];
    expect(toMermaidGantt(withSection)).toContain("    axisFormat %Y\n");
    expect(toMermaidGantt(withSection)).toContain("    section Section\n");
    const zh = toMermaidGantt(withSection, { locale: "zh-CN", title: "规划日历" });
    expect(zh).toContain("    title 规划日历\n");
    expect(zh).toContain("    axisFormat %Y年\n");
    expect(zh).toContain("    section 分组\n");
  });
});

describe("buildProgressReport stays locale-neutral", () => {
  it("statuses are codes; the document's text comes in both languages where it has both", () => {
    const doc = parsePlanDocument(castPlanDocument);
    const built = buildProgressReport(doc, {
      asOf: "2024-06",
      indicatorIds: ["ind.science-literacy"],
    });
    expect(built.format).toBe("cast-plan/progress-report@3");
    expect(built.title).toEqual({
      en: "CAST Outline and Three-Year Action Plan",
      zh: "面向建设世界科技强国的中国科协规划纲要和中国科协事业发展三年行动计划（2018-2020年）",
    });
    const indicator = built.indicators[0];
    expect(indicator?.name).toEqual({
      en: "Share of citizens with science literacy",
      zh: "具备科学素质的比例",
    });
    expect(indicator?.targets.map((t) => t.status)).toContain("achieved-on-time");
  });
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, {
    stdout: (s: string) => {
      out += s;
    },
    stderr: (s: string) => {
      err += s;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    noColor: false,
    today: "2026-11-28",
  });
  return { code, out, err };
}

describe("cast-plan --locale zh-CN", () => {
  it("report prints headings, statuses, warnings, numbers and dates in Chinese", async () => {
    const r = await run(["report", "--locale", "zh-CN", "--as-of", "2024-06"]);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe(
      "面向建设世界科技强国的中国科协规划纲要和中国科协事业发展三年行动计划（2018-2020年） — 进展（截至2024年6月）",
    );
    expect(lines[1]).toBe(
      "方法：ESCAP 距离份额；按比较符判断达成；weighted-linear 预测；有应报单位缺报的时期不汇总。",
    );
    expect(r.out).toContain(
      "具备科学素质的比例 [%]\n  最新值 14.14（2023年） · 基线 6.20（2015年） · 9 个观测值\n",
    );
    expect(r.out).toContain("  2020年：超过 10%（面向建设世界科技强国的中国科协规划纲要）\n");
    expect(r.out).toContain("100%  按期达成");
    expect(r.out).toContain("进行中 — 保持；预计目标年份达到 16.09；预计达成年份 2024年");
    expect(r.out).toContain("! 观测间隔不均（irregular-gaps）");
    expect(r.out).toContain(
      "流动科技馆 [sets]\n  最新值 657（2023年9月） · 基线 420（2019年5月，估计） · 5 个观测值\n",
    );
    expect(r.out).toContain("100%  提前达成");
    expect(r.out).toContain("无法测算 — 观测值不足");
  });

  it("report without --locale is unchanged English; a bad locale is a usage error", async () => {
    const en = await run(["report", "--as-of", "2024-06"]);
    expect(en.out.split("\n")[0]).toBe(
      "CAST Outline and Three-Year Action Plan — progress as of 2024-06",
    );
    const bad = await run(["report", "--locale", "fr"]);
    expect(bad.code).toBe(2);
  });

  it("schedule and evaluate take --locale zh-CN", async () => {
    const s = await run([
      "schedule",
      "--plan-id",
      "outline",
      "--locale",
      "zh-CN",
      "--as-of",
      "2024-06-30",
    ]);
    expect(s.code).toBe(0);
    expect(s.out).toContain("规划日历 2018–2050");
    expect(s.out).toContain("截至2024年6月30日：");
    const m = await run([
      "schedule",
      "--plan-id",
      "ap2018",
      "--format",
      "mermaid",
      "--locale",
      "zh-CN",
    ]);
    expect(m.out).toContain("title 中国科协事业发展三年行动计划（2018-2020年） 2018–2020");
    expect(m.out).toContain("axisFormat %Y年");
    const e = await run([
      "evaluate",
      "--plan-id",
      "ap2018",
      "--locale",
      "zh-CN",
      "--as-of",
      "2021-03-31",
    ]);
    expect(e.code).toBe(0);
    expect(e.out.split("\n")[0]).toBe("中国科协事业发展三年行动计划（2018-2020年）：终期评估");
    expect(e.out).toContain("总体：");
    // Rating levels are localized texts too: the 4-point scale's High reads 高 (H).
    const rated = await run([
      "evaluate",
      "--plan-id",
      "ap2018",
      "--locale",
      "zh-CN",
      "--as-of",
      "2021-03-31",
      "--minimum-coverage",
      "0",
    ]);
    expect(rated.out).toContain("总体：H 高（");
  });
  it("rating scales name their levels in both languages", () => {
    expect(FOUR_POINT_SCALE.levels.map((l) => l.label)).toEqual([
      { en: "High", zh: "高" },
      { en: "Substantial", zh: "较高" },
      { en: "Modest", zh: "一般" },
      { en: "Negligible", zh: "微弱" },
    ]);
    // Input may give a label as an English string.
    const parsed = RatingScaleSchema.parse({
      id: "s",
      name: "Two levels",
      levels: [
        { value: 1, label: "Low" },
        { value: 2, label: { en: "High", zh: "高" } },
      ],
    });
    expect(parsed.name).toEqual({ en: "Two levels" });
    expect(parsed.levels[0]?.label).toEqual({ en: "Low" });
  });
});
