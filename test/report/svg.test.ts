import { describe, expect, it } from "vitest";
import {
  CastPlanError,
  renderGanttSvg,
  renderProgressBar,
  renderTrajectorySvg,
} from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";

describe("renderTrajectorySvg", () => {
  const input = deepFreeze({
    title: "Share <literacy> & more",
    unit: "%",
    observed: [
      { year: 2015, value: 6.2 },
      { year: 2020, value: 10.56 },
    ],
    baseline: { year: 2015, value: 6.2 },
    targets: [{ year: 2025, value: 15, label: "2025: >15%" }],
    projections: [
      {
        label: "Linear",
        points: [
          { year: 2020, value: 10.56 },
          { year: 2025, value: 14.92 },
        ],
      },
    ],
    valueRange: { min: 0, max: 20 },
    width: 720,
    height: 400,
  });

  it("places points by hand-computed coordinates", () => {
    // Plot area: x from 64 to 720-24=696 (632 px) over 2015..2025; y from 48 to 400-72=328 (280 px) over 0..20.
    // (2015, 6.2): x = 64, y = 48 + 280 - 6.2/20*280 = 241.2.  (2020, 10.56): x = 64 + 316 = 380, y = 328 - 147.84 = 180.16 → 180.2.
    const svg = renderTrajectorySvg(input);
    expect(svg).toContain('<circle cx="64" cy="241.2" r="3"');
    expect(svg).toContain('<circle cx="380" cy="180.2" r="3"');
    // Target (2025, 15): x = 696, y = 328 - 210 = 118 → diamond top at (696, 112).
    expect(svg).toContain("M696,112 L702,118 L696,124 L690,118 Z");
  });

  it("escapes text and is deterministic", () => {
    const svg = renderTrajectorySvg(input);
    expect(svg).toContain("<title>Share &lt;literacy&gt; &amp; more</title>");
    expect(svg).toBe(renderTrajectorySvg(input));
    expect(svg.match(/<svg /g)).toHaveLength(1);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
  });

  it("refuses non-finite values", () => {
    expect(() =>
      renderTrajectorySvg({ ...input, observed: [{ year: 2020, value: Number.NaN }] }),
    ).toThrow(CastPlanError);
  });

  it("draws an empty chart without NaN", () => {
    const svg = renderTrajectorySvg({ title: "Empty", unit: "%", observed: [], targets: [] });
    expect(svg).not.toContain("NaN");
    expect(svg).not.toContain("Infinity");
  });
});

describe("renderGanttSvg", () => {
  it("draws bars proportional to days, inclusive ends", () => {
    // 2018-01-01..2019-12-31 is 730 days; width 900 → plot from 220 to 876 (656 px).
    // Second bar 2019-01-01..2019-12-31 starts at day 365 of 730: x = 220 + 328 = 548, width 328.
    const svg = renderGanttSvg({
      title: "t",
      width: 900,
      rows: [
        { label: "A", start: "2018-01-01", end: "2019-12-31" },
        { label: "B", start: "2019-01-01", end: "2019-12-31" },
      ],
    });
    expect(svg).toContain('<rect x="220" y="60" width="656"');
    expect(svg).toContain('<rect x="548" y="82" width="328"');
  });

  it("names the bad row", () => {
    try {
      renderGanttSvg({
        title: "t",
        rows: [{ label: "A", start: "2020-01-01", end: "2019-12-31" }],
      });
      expect.unreachable();
    } catch (error) {
      expect((error as CastPlanError).issues[0]?.path).toEqual(["rows", 0, "end"]);
    }
  });
});

describe("renderProgressBar", () => {
  it("uses eighth blocks and a fixed width", () => {
    // 0.3 of 10 chars = 3 full chars (24 eighths).  0.33 → 26.4 → 26 eighths = 3 full + 2 eighths (▎).
    expect(renderProgressBar(0.3, { width: 10 })).toBe("███       ");
    expect(renderProgressBar(0.33, { width: 10 })).toBe("███▎      ");
    expect(renderProgressBar(-1, { width: 3 })).toBe("   ");
    expect(renderProgressBar(Number.NaN, { width: 3 })).toBe("???");
    for (const s of [0, 0.01, 0.5, 0.99, 1, 2])
      expect(renderProgressBar(s, { width: 12 })).toHaveLength(12);
  });
});
