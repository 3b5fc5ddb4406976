// Run again under several TZ values by scripts/verify.mjs: schedule results must not depend on the
// machine's time zone. Expected values are the reference's worked examples (A2.2, A2.4, A2.9, A5).
import { describe, expect, it } from "vitest";
import {
  chinaWorkingCalendar,
  countWorkingDays,
  generatePlanSkeleton,
  scheduleTasks,
  skeletonToGanttItems,
  toICalendar,
  toMermaidGantt,
} from "../../src/index.js";
import { skeletonDocument } from "../schedule/skeleton-fixture.js";

describe(`schedule under TZ=${process.env.TZ ?? "(unset)"}`, () => {
  it("working days and CPM dates are the same in every zone", () => {
    expect(countWorkingDays("2021-01-01", "2025-12-31")).toBe(1304);
    // China's calendar (国办发明电〔2023〕7号): February 2024 has 18 working days in every zone.
    const calendar = chinaWorkingCalendar();
    expect(countWorkingDays("2024-02-01", "2024-02-29", { calendar })).toBe(18);
    expect(chinaWorkingCalendar(2018, 2018).extraWorkingDays).toContain("2018-12-29");
    const r = scheduleTasks(
      [
        { id: "B", duration: 4 },
        { id: "D", duration: 5 },
      ],
      [{ predecessorId: "B", successorId: "D", lag: 2 }],
      { start: "2021-03-04" },
    );
    // A2.4: B 2021-03-04..03-09, D 2021-03-12..03-18.
    expect(r.tasks.map((t) => [t.start, t.finish])).toEqual([
      ["2021-03-04", "2021-03-09"],
      ["2021-03-12", "2021-03-18"],
    ]);
  });
  it("skeleton exports carry the same dates in every zone", () => {
    const items = skeletonToGanttItems(generatePlanSkeleton(skeletonDocument, "outline"));
    const mermaid = toMermaidGantt(items);
    expect(mermaid).toContain("14th FYP phase (2021-2025) :outline_fyp14, 2021-01-01, 2026-01-01");
    expect(mermaid).toContain(
      "Mid-term evaluation 2023 :milestone, outline_cadence_evaluation_2023, 2023-06-30, 0d",
    );
    const ics = toICalendar(items, { domain: "example.org", timestamp: "20240101T000000Z" });
    expect(ics).toContain("DTSTART;VALUE=DATE:20210101\r\nDTEND;VALUE=DATE:20260101");
  });
});
