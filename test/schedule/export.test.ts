import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  type GanttItem,
  generatePlanSkeleton,
  scheduleTasks,
  skeletonToGanttItems,
  toFrappeGanttTasks,
  toGanttItems,
  toGanttTaskReactTasks,
  toICalendar,
  toMermaidGantt,
} from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { parseGantt } from "./mermaid-parser.js";
import { skeletonDocument } from "./skeleton-fixture.js";

// Worked example A4.3, copied from the reference (it parsed without error in mermaid 11.14.0).
const A43 = `gantt
    title Strategic plan 2018-2050 (phases)
    dateFormat YYYY-MM-DD
    axisFormat %Y
    tickInterval 60month
    todayMarker off
    section Goals
    Step 1 goal (2020)            :milestone, g2020, 2020-12-31, 0d
    Step 2 goal (2035)            :milestone, g2035, 2035-12-31, 0d
    Step 3 goal (2050)            :milestone, g2050, 2050-12-31, 0d
    section Implementation phases
    Three-year action plan        :p0, 2018-01-01, 2021-01-01
    14th FYP phase (2021-2025)    :p1, after p0, 2026-01-01
    15th FYP phase (2026-2030)    :p2, after p1, 2031-01-01
    16th FYP phase (2031-2035)    :crit, p3, after p2, 2036-01-01
    section Evaluations
    Mid-term evaluation 14th      :milestone, e1m, 2023-06-30, 0d
    Final evaluation 14th         :milestone, e1f, 2025-12-31, 0d`;

// The same content as items with inclusive finishes.
const A43_ITEMS: GanttItem[] = deepFreeze([
  {
    id: "g2020",
    name: "Step 1 goal (2020)",
    start: "2020-12-31",
    finish: "2020-12-31",
    milestone: true,
    section: "Goals",
  },
  {
    id: "g2035",
    name: "Step 2 goal (2035)",
    start: "2035-12-31",
    finish: "2035-12-31",
    milestone: true,
    section: "Goals",
  },
  {
    id: "g2050",
    name: "Step 3 goal (2050)",
    start: "2050-12-31",
    finish: "2050-12-31",
    milestone: true,
    section: "Goals",
  },
  {
    id: "p0",
    name: "Three-year action plan",
    start: "2018-01-01",
    finish: "2020-12-31",
    section: "Implementation phases",
  },
  {
    id: "p1",
    name: "14th FYP phase (2021-2025)",
    start: "2021-01-01",
    finish: "2025-12-31",
    section: "Implementation phases",
  },
  {
    id: "p2",
    name: "15th FYP phase (2026-2030)",
    start: "2026-01-01",
    finish: "2030-12-31",
    section: "Implementation phases",
  },
  {
    id: "p3",
    name: "16th FYP phase (2031-2035)",
    start: "2031-01-01",
    finish: "2035-12-31",
    critical: true,
    section: "Implementation phases",
  },
  {
    id: "e1m",
    name: "Mid-term evaluation 14th",
    start: "2023-06-30",
    finish: "2023-06-30",
    milestone: true,
    section: "Evaluations",
  },
  {
    id: "e1f",
    name: "Final evaluation 14th",
    start: "2025-12-31",
    finish: "2025-12-31",
    milestone: true,
    section: "Evaluations",
  },
]);

describe("toMermaidGantt", () => {
  const text = toMermaidGantt(A43_ITEMS, {
    title: "Strategic plan 2018-2050 (phases)",
    tickInterval: "60month",
  });

  it("A4.3: header lines match the worked example; task lines match it up to title padding", () => {
    const norm = (t: string) => t.split("\n").map((l) => l.replace(/\s+:/, " :"));
    // The reference writes `after pN` starts; we write explicit dates, which the parser resolves the same.
    const ref = norm(A43).map((l) => l.replace(/after p\d, /, ""));
    const ours = norm(text).map((l, i) =>
      i >= 12 && i <= 14 ? l.replace(/, \d{4}-\d{2}-\d{2}, /, ", ") : l,
    );
    expect(ours).toEqual(ref);
  });

  it("A4.3 via the real mermaid 11.14.0 parser: same sections and the same 9 tasks and dates as the reference text", async () => {
    const ref = await parseGantt(A43);
    const ours = await parseGantt(text);
    expect(ref.dateFormat).toBe("YYYY-MM-DD");
    expect(ref.tickInterval).toBe("60month");
    expect(ref.sections).toEqual(["Goals", "Implementation phases", "Evaluations"]);
    expect(ref.tasks).toHaveLength(9);
    expect(ours).toEqual(ref);
  });

  it("T-MMD-3: a phase ending 2025-12-31 (inclusive) is written with end 2026-01-01", () => {
    expect(text).toContain(":p1, 2021-01-01, 2026-01-01");
  });

  it("T-MMD-1/2: no raw ':' in titles, keyword-led titles prefixed; the real parser keeps them intact", async () => {
    const items: GanttItem[] = [
      { id: "a1", name: "Plan: phase 1", start: "2021-01-01", finish: "2021-12-31" },
      { id: "a2", name: "title of task", start: "2022-01-01", finish: "2022-12-31" },
      {
        id: "a3",
        name: "Excludes weekends? no",
        start: "2022-01-01",
        finish: "2022-01-01",
        milestone: true,
      },
      {
        id: "bad id#1",
        name: "中文；标题 #1 (x), y %% z",
        start: "2023-01-01",
        finish: "2023-01-31",
      },
      { id: "bad id#1", name: "Duplicate id", start: "2023-01-01", finish: "2023-01-31" },
      { id: "9x", name: "Line\nbreak", start: "2023-01-01", finish: "2023-01-31" },
    ];
    const out = toMermaidGantt(items, { title: "A: b # c ; d" });
    for (const line of out.split("\n").slice(1)) {
      const title = line.split(" :")[0] ?? "";
      expect(title.includes(":")).toBe(false);
    }
    const parsed = await parseGantt(out);
    expect(parsed.title).toBe("A： b ＃ c ； d");
    expect(parsed.tasks.map((t) => [t.task, t.id])).toEqual([
      ["Plan： phase 1", "a1"],
      ["· title of task", "a2"],
      ["· Excludes weekends? no", "a3"],
      ["中文；标题 #1 (x), y %% z", "bad_id_1"],
      ["Duplicate id", "bad_id_1_2"],
      ["Line break", "t9x"],
    ]);
    expect(parsed.tasks[0]?.end).toBe("2022-01-01");
  });

  it("the CAST-like 2018–2050 skeleton parses: 3 steps, 7 phases, 12 + 3 evaluations", async () => {
    const skeleton = generatePlanSkeleton(skeletonDocument, "outline");
    const gantt = toMermaidGantt(skeletonToGanttItems(skeleton), {
      title: "CAST 2018-2050",
      tickInterval: "60month",
    });
    const parsed = await parseGantt(gantt);
    expect(parsed.sections).toEqual(["Goals", "Implementation phases", "Evaluations"]);
    expect(parsed.tasks).toHaveLength(3 + 7 + 15);
    expect(parsed.tasks.find((t) => t.id === "outline_fyp19")).toMatchObject({
      start: "2046-01-01",
      end: "2051-01-01",
    });
  });

  it("a CPM schedule exports with crit tags on the critical tasks", async () => {
    const r = scheduleTasks(
      [
        { id: "A", duration: 3 },
        { id: "B", duration: 1 },
        { id: "C", duration: 1 },
      ],
      [{ predecessorId: "A", successorId: "B" }],
      { start: "2021-03-01" },
    );
    const parsed = await parseGantt(toMermaidGantt(toGanttItems(r)));
    expect(parsed.tasks.map((t) => [t.id, t.crit, t.start, t.end])).toEqual([
      ["A", true, "2021-03-01", "2021-03-04"],
      ["B", true, "2021-03-04", "2021-03-05"],
      ["C", false, "2021-03-01", "2021-03-02"],
    ]);
  });

  it("refuses a tick interval in years and an invalid date", () => {
    expect(() => toMermaidGantt([], { tickInterval: "5year" })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
    expect(() =>
      toMermaidGantt([{ id: "a", name: "a", start: "2021-02-30", finish: "2021-03-01" }]),
    ).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });
});

// Worked example A5, copied from the reference.
const A5 = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//example//strategic-plan//EN",
  "BEGIN:VEVENT",
  "UID:eval-14fyp-mid@example.org",
  "DTSTAMP:20240101T000000Z",
  "DTSTART;VALUE=DATE:20230630",
  "DTEND;VALUE=DATE:20230701",
  "SUMMARY:Mid-term evaluation\\, 14th FYP phase (2021-2025)",
  "DESCRIPTION:Responsible unit: Planning Office\\nScope: all tasks",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:phase-14fyp@example.org",
  "DTSTAMP:20240101T000000Z",
  "DTSTART;VALUE=DATE:20210101",
  "DTEND;VALUE=DATE:20260101",
  "SUMMARY:14th FYP-aligned implementation phase",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

describe("toICalendar", () => {
  const ics = toICalendar(
    [
      {
        id: "14fyp-mid",
        kind: "eval",
        name: "Mid-term evaluation, 14th FYP phase (2021-2025)",
        start: "2023-06-30",
        finish: "2023-06-30",
        milestone: true,
        description: "Responsible unit: Planning Office\nScope: all tasks",
      },
      {
        id: "14fyp",
        kind: "phase",
        name: "14th FYP-aligned implementation phase",
        start: "2021-01-01",
        finish: "2025-12-31",
      },
    ],
    {
      domain: "example.org",
      timestamp: "20240101T000000Z",
      productId: "-//example//strategic-plan//EN",
    },
  );

  it("A5: reproduces the worked example byte for byte", () => {
    expect(ics).toBe(A5);
  });

  it("T-ICS-1/2 via ical.js: all-day dates, 1-day and 1826-day durations, unescaped summary", () => {
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
    expect(vevents).toHaveLength(2);
    const [mid, phase] = vevents.map((v) => new ICAL.Event(v));
    expect(mid?.summary).toBe("Mid-term evaluation, 14th FYP phase (2021-2025)");
    expect(mid?.startDate.isDate).toBe(true);
    expect(mid?.startDate.toString()).toBe("2023-06-30");
    expect(mid?.duration.toSeconds()).toBe(86400);
    expect(phase?.endDate.toString()).toBe("2026-01-01");
    expect((phase?.duration.toSeconds() ?? 0) / 86400).toBe(1826);
    expect(mid?.description).toBe("Responsible unit: Planning Office\nScope: all tasks");
  });

  it("folds long lines at 75 octets without splitting UTF-8 characters; ical.js reads them back", () => {
    const name = `${"评估".repeat(40)}; a, b\\c`;
    const out = toICalendar([{ id: "x", name, start: "2021-01-01", finish: "2021-01-01" }], {
      domain: "d.org",
      timestamp: "20240101T000000Z",
    });
    for (const line of out.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(out)).getFirstSubcomponent("vevent") ?? undefined,
    );
    expect(event.summary).toBe(name);
    expect(event.uid).toBe("x@d.org");
  });

  it("the CAST-like skeleton exports every phase and event; ical.js parses them all", () => {
    const items = skeletonToGanttItems(generatePlanSkeleton(skeletonDocument, "outline"));
    const out = toICalendar(items, { domain: "example.org", timestamp: "20240101T000000Z" });
    const events = new ICAL.Component(ICAL.parse(out)).getAllSubcomponents("vevent");
    expect(events).toHaveLength(items.length);
    expect(new Set(events.map((e) => e.getFirstPropertyValue("uid"))).size).toBe(items.length);
  });

  it("refuses a local timestamp and a bad domain", () => {
    expect(() => toICalendar([], { domain: "example.org", timestamp: "20240101T000000" })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
    expect(() => toICalendar([], { domain: "a b", timestamp: "20240101T000000Z" })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
  });
});

describe("Gantt JSON shapes", () => {
  const items: GanttItem[] = deepFreeze([
    { id: "s", name: "Summary", start: "2021-01-04", finish: "2021-01-15", summary: true },
    {
      id: "a",
      name: "A",
      start: "2021-01-04",
      finish: "2021-01-08",
      parentId: "s",
      progress: 40,
      critical: true,
    },
    {
      id: "b",
      name: "B",
      start: "2021-01-11",
      finish: "2021-01-15",
      parentId: "s",
      dependencies: ["a"],
    },
    {
      id: "m",
      name: "M",
      start: "2021-01-15",
      finish: "2021-01-15",
      milestone: true,
      dependencies: ["a", "b"],
    },
  ]);
  it("frappe-gantt: inclusive end, dependencies as 'a, b', progress 0–100", () => {
    expect(toFrappeGanttTasks(items)).toEqual([
      {
        id: "s",
        name: "Summary",
        start: "2021-01-04",
        end: "2021-01-15",
        progress: 0,
        dependencies: "",
        custom_class: "is-summary",
      },
      {
        id: "a",
        name: "A",
        start: "2021-01-04",
        end: "2021-01-08",
        progress: 40,
        dependencies: "",
        custom_class: "is-critical",
      },
      {
        id: "b",
        name: "B",
        start: "2021-01-11",
        end: "2021-01-15",
        progress: 0,
        dependencies: "a",
      },
      {
        id: "m",
        name: "M",
        start: "2021-01-15",
        end: "2021-01-15",
        progress: 0,
        dependencies: "a, b",
        custom_class: "is-milestone",
      },
    ]);
  });
  it("gantt-task-react: types task/milestone/project, exclusive end, project = parent", () => {
    const tasks = toGanttTaskReactTasks(items);
    expect(tasks.map((t) => [t.type, t.end, t.project, t.displayOrder])).toEqual([
      ["project", "2021-01-16", undefined, 1],
      ["task", "2021-01-09", "s", 2],
      ["task", "2021-01-16", "s", 3],
      ["milestone", "2021-01-15", undefined, 4],
    ]);
    expect(tasks[3]?.dependencies).toEqual(["a", "b"]);
  });
});

describe("docs/guides/scheduling.md", () => {
  it("shows the exporter's current output for the CAST-like skeleton, and mermaid parses it", async () => {
    const { readFileSync } = await import("node:fs");
    const guide = readFileSync("docs/guides/scheduling.md", "utf8");
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(guide)?.[1];
    const skeleton = generatePlanSkeleton(skeletonDocument, "outline");
    const text = toMermaidGantt(skeletonToGanttItems(skeleton), {
      title: "CAST development plan 2018-2050",
      tickInterval: "60month",
    });
    expect(block).toBe(text);
    expect((await parseGantt(text)).tasks).toHaveLength(25);
  });
});

describe("a pinned milestone keeps its own date in the schedule and in every export", () => {
  // The bug: a milestone with earliestStart 2023-06-30 (a Friday) sat at offset ES = that day, and
  // the schedule showed a milestone at offset k as the end of the previous working day, k − 1
  // (MS Project style for a milestone driven by a predecessor's finish): 2023-06-29. The skeleton
  // and iCalendar showed the evaluation on 06-30. A pinned milestone (earliestStart, or a manual
  // start) is now shown on its own day; a milestone driven by a link keeps the previous rule.
  const result = scheduleTasks(
    [
      { id: "A", duration: 3 },
      { id: "M", name: "Mid-term evaluation", duration: 0, earliestStart: "2023-06-30" },
      { id: "N", duration: 0 },
      { id: "P", duration: 0, mode: "manual", start: "2023-07-03" },
    ],
    [{ predecessorId: "A", successorId: "N" }],
    { start: "2023-06-26" },
  );
  it("the schedule shows 2023-06-30 for the pinned milestone, start and finish", () => {
    const m = result.tasks[1];
    expect([m?.start, m?.finish, m?.milestone]).toEqual(["2023-06-30", "2023-06-30", true]);
    expect(result.tasks[3]?.finish).toBe("2023-07-03");
    // A milestone after A (Mon 26 .. Wed 28 June) is at the end of A's last day.
    expect(result.tasks[2]?.finish).toBe("2023-06-28");
  });
  it("iCalendar and Mermaid agree with the schedule", () => {
    const items = toGanttItems(result, []);
    const ics = toICalendar([items[1] as GanttItem], {
      domain: "example.org",
      timestamp: "20240101T000000Z",
    });
    expect(ics).toContain("DTSTART;VALUE=DATE:20230630");
    expect(ics).toContain("DTEND;VALUE=DATE:20230701");
    expect(toMermaidGantt([items[1] as GanttItem])).toContain("milestone, M, 2023-06-30, 0d");
  });
});
