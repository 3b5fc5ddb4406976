// examples/provincial-completeness.ts (issue 15, "Done when"): a provincial plan, 3 cities, 5
// indicators over 2021–2025, one city-year missing, one provisional value, two tasks without data.
// Its output names the missing city and year, marks the provisional value, and the report and the
// roll-up give the same figures — each checked against hand arithmetic.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("examples/provincial-completeness.ts", () => {
  const r = spawnSync("npx", ["tsx", "examples/provincial-completeness.ts"], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  const out = r.stdout;

  it("runs and exits 0", () => {
    expect(r.status, r.stderr).toBe(0);
  });

  it("names the missing city and year, and leaves that year out (no partial sum)", () => {
    // Venues 2024: 52 + 42 = 94 from two cities; city.c's report is missing: the year is left out.
    expect(out).toContain(
      "! not every expected unit reported, so this period has no combined figure: 2024: city.c has not reported (2 of 3 expected units did)",
    );
    expect(out).toContain("venues: 2024 left out: city.c has not reported (2 of 3 cities did)");
    // 2021, 2022, 2023 and 2025 remain: 4 observations.
    expect(out).toContain("latest 137 (2025) · baseline 100 (2020) · 4 observations");
    // Carried forward instead: 52 + 42 + city.c's 2023 report 33 = 127.
    expect(out).toContain('With completeness "carry-forward", venues 2024 = 127 (carried-forward');
  });

  it("marks the provisional value in the report line and the comparison", () => {
    // Lectures 2025: 140 + 100 (provisional) + 60 = 300.
    expect(out).toContain("latest 300 (2025, provisional) · baseline 200 (2020)");
    expect(out).toContain("! the latest value (2025) is provisional, not final");
  });

  it("gives one figure per indicator in the report and the roll-up (hand arithmetic)", () => {
    const rows = [
      // venues: 56 + 45 + 36 = 137; (137 − 100) / (160 − 100) = 37 / 60 = 61.7 %.
      "venues      latest 137 (2025, final)        report  61.7 %   roll-up  61.7 %   same: yes",
      // volunteers: 740 + 460 + 320 = 1520; (1520 − 1000) / 1000 = 52.0 %.
      "volunteers  latest 1520 (2025, final)       report  52.0 %   roll-up  52.0 %   same: yes",
      // literacy, weighted by population 8, 5, 3: (8·15 + 5·13 + 3·12) / 16 = 221 / 16 = 13.8125;
      // (13.8125 − 10) / (15 − 10) = 76.25 % (shown 76.3 %).
      "literacy    latest 13.81 (2025, final)      report  76.3 %   roll-up  76.3 %   same: yes",
      // camps: (160 + 90 + 40) / (1000 + 500 + 250) = 290 / 1750 = 16.571 %; (16.571 − 10) / 10.
      "camps       latest 16.57 (2025, final)      report  65.7 %   roll-up  65.7 %   same: yes",
      // lectures: 300; (300 − 200) / (400 − 200) = 50.0 %.
      "lectures    latest 300 (2025, provisional)  report  50.0 %   roll-up  50.0 %   same: yes",
    ];
    for (const row of rows) expect(out).toContain(row);
  });

  it("lists the two tasks without data", () => {
    expect(out).toContain("Tasks without data: prov.task.5, prov.task.6");
    // Task 1.2: the mean of volunteers (52 %) and literacy (76.25 %) = 64.125 % (shown 64%).
    expect(out).toMatch(/64% {2}1\.2 Volunteers and literacy/);
  });
});
