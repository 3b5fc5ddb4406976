import { describe, expect, it } from "vitest";
import {
  type ProgressReport,
  renderProgressReportMarkdown,
  renderProgressReportText,
} from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";

// A hand-written report: one indicator, one active target with a forecast at decimal year
// 2028.64 — the end of 2028 is 2028, so 2028.64 falls during 2029.
const report: ProgressReport = deepFreeze({
  format: "cast-plan/progress-report@3" as const,
  title: { en: "Demo", zh: "示例" },
  asOf: "2026-11-28",
  method: { projection: "weighted-linear" as const, summary: "Distance share." },
  indicators: [
    {
      id: "i",
      name: { en: "Share | with pipe" },
      unit: "%",
      decimals: 2,
      direction: "increase" as const,
      observations: 3,
      latest: { period: "2024-06", year: 2023.5, value: 15.37, status: "provisional" as const },
      baseline: {
        period: "2015",
        year: 2015,
        value: 6.2,
        source: "indicator" as const,
        status: "final" as const,
      },
      targets: [
        {
          id: "t",
          label: { en: "2035: more than 20% (outline)" },
          goal: "more than 20%",
          deadline: 2035,
          comparator: ">" as const,
          value: 20,
          band: null,
          setBy: { en: "Outline", zh: "纲要" },
          status: "active" as const,
          reason: null,
          distanceShare: { raw: 0.664493, clamped: 0.664493 },
          timeShare: 0.45,
          paceIndex: 1.48,
          escapCategory: "maintain" as const,
          projection: { kind: "weighted-linear" as const, projectedValue: 26.68, share: 1.48 },
          forecast: {
            kind: "weighted-linear" as const,
            outcome: "reached" as const,
            year: 2028.64,
          },
          warnings: [{ code: "irregular-gaps" as const, message: "gaps of 3, 2 years" }],
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
      flags: [],
      coverage: 0.25,
      leaves: { total: 4, withEvidence: 1 },
      achieved: false,
      contributors: 4,
      withoutData: 3,
      judgedHere: [],
      duplicates: [],
    },
    {
      id: "a",
      heading: { en: "(1) Area" },
      depth: 1,
      progress: 0.75,
      flags: ["provisional" as const, "estimated" as const],
      coverage: 1 / 3,
      leaves: { total: 3, withEvidence: 1 },
      achieved: false,
      contributors: 2,
      withoutData: 0,
      judgedHere: [
        {
          id: "s",
          heading: { en: "Step 2020" },
          progress: 0.664493,
          targets: [{ indicatorId: "i", targetId: "t", label: { en: "2035: more than 20%" } }],
        },
      ],
      duplicates: [
        {
          indicatorId: "i",
          indicator: { en: "Share" },
          through: [{ id: "x", heading: { en: "Action 15" } }],
        },
      ],
    },
  ],
});

describe("renderProgressReportText", () => {
  it("shows periods as written, a 20-wide bar at 66%, the outlook in calendar years, warnings and the roll-up", () => {
    const text = renderProgressReportText(report);
    // A value that is not final is marked where it is shown.
    expect(text).toContain(
      "latest 15.37 (2024-06, provisional) · baseline 6.20 (2015) · 3 observations",
    );
    // 0.664493 × 20 × 8 = 106.3 → 106 eighths = 13 full blocks + 2/8 (▎), padded to 20 characters
    // (6 spaces), then a space and "66%" right-aligned in 5 (2 spaces): 9 spaces after ▎.
    expect(text).toContain(
      `    ${"█".repeat(13)}▎${" ".repeat(9)}66%  in progress — maintain; projected 26.68 at the deadline; reached during 2029`,
    );
    expect(text).toContain("    ! gaps of 3, 2 years");
    expect(text).toContain(
      "50%  Plan  (coverage 25%: 1 of 4 items with evidence; 3 of 4 contributors without data, not shown)",
    );
    // Flags marked beside the figure, explained once; contributors judged against other targets
    // and indicators counted once are said in the row.
    expect(text).toContain(
      "  Marks: (p) some figure is provisional; (e) some figure is estimated\n",
    );
    expect(text).toContain(
      '75% (p, e)  (1) Area  (coverage 33%: 1 of 3 items with evidence; Step 2020 counts 66% here, judged against the target "2035: more than 20%"; Share counted once, through Action 15)',
    );
    expect(text).not.toContain("\u001b[");
    expect(renderProgressReportText(report, { color: true })).toContain("\u001b[");
  });
});

describe("renderProgressReportMarkdown", () => {
  it("escapes table cells and shows raw and clamped shares", () => {
    const md = renderProgressReportMarkdown(report);
    expect(md).toContain("## Share \\| with pipe (%)");
    expect(md).toContain(
      "Latest: 15.37 in 2024-06, provisional. Baseline: 6.20 in 2015 (indicator).",
    );
    expect(md).toContain(
      "| 2035: more than 20% | Outline | 66% (raw 0.664) | in progress | maintain; projected 26.68 at the deadline; reached during 2029 |",
    );
    expect(md).toContain("| Plan | 50% | 25% (1 of 4 items) | 3 of 4 | no |  |");
    expect(md).toContain(
      '| &nbsp;&nbsp;(1) Area | 75% (p, e) | 33% (1 of 3 items) | 0 of 2 | no | Step 2020 counts 66% here, judged against the target "2035: more than 20%"; Share counted once, through Action 15 |',
    );
    expect(md).toContain("\nMarks: (p) some figure is provisional; (e) some figure is estimated\n");
  });
});
