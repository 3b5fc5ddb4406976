// scheduleTasks: the one-pass input validation (first bad field wins, with its path), parent cycles,
// nested summaries, and dates outside the plan's offset range (the ISO lookup's fallback paths).
import { describe, expect, it } from "vitest";
import {
  type CastPlanError,
  type ScheduleLink,
  type ScheduleTask,
  scheduleTasks,
} from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";

const start = { start: "2021-03-01" }; // a Monday

function failure(tasks: ScheduleTask[], links: ScheduleLink[]) {
  try {
    scheduleTasks(tasks, links, start);
  } catch (e) {
    const error = e as CastPlanError;
    return { code: error.code, path: error.issues[0]?.path, rule: error.issues[0]?.rule };
  }
  return undefined;
}

describe("scheduleTasks — link validation", () => {
  const two: ScheduleTask[] = [
    { id: "A", duration: 1 },
    { id: "B", duration: 1 },
  ];
  const link = (extra: object): ScheduleLink[] => [
    { predecessorId: "A", successorId: "B", ...extra } as ScheduleLink,
  ];

  it("names the bad field of the link", () => {
    expect(failure(two, link({ type: "XX" }))).toEqual({
      code: "INVALID_ARGUMENT",
      path: ["links", 0, "type"],
      rule: "link-type",
    });
    // An Object.prototype key is not a link type either.
    expect(failure(two, link({ type: "toString" }))?.path).toEqual(["links", 0, "type"]);
    expect(failure(two, link({ lag: 1.5 }))?.path).toEqual(["links", 0, "lag"]);
    expect(failure(two, link({ lag: Number.NaN, lagUnit: "%" }))?.path).toEqual([
      "links",
      0,
      "lag",
    ]);
    expect(failure(two, link({ lag: 1, lagUnit: "yy" }))?.path).toEqual(["links", 0, "lagUnit"]);
    expect(failure(two, [{ predecessorId: "Z", successorId: "B" }])).toEqual({
      code: "UNKNOWN_ID",
      path: ["links", 0, "predecessorId"],
      rule: "reference",
    });
  });

  it("reports the first bad field: links in input order, the lag before its unit", () => {
    const links = [
      { predecessorId: "A", successorId: "B" },
      { predecessorId: "A", successorId: "B", lag: 1.5, lagUnit: "yy" },
      { predecessorId: "A", successorId: "Q" },
    ] as ScheduleLink[];
    expect(failure(two, links)?.path).toEqual(["links", 1, "lag"]);
  });

  it("accepts a fractional percent lag and the default FS type", () => {
    // A (4 d) → B, SS with 12.5 % of 4 = 0.5 → rounds half away from zero to 1: ES_B = 1.
    const r = scheduleTasks(
      [
        { id: "A", duration: 4 },
        { id: "B", duration: 1 },
        { id: "C", duration: 1 },
      ],
      [
        { predecessorId: "A", successorId: "B", type: "SS", lag: 12.5, lagUnit: "%" },
        { predecessorId: "A", successorId: "C" },
      ],
      start,
    );
    expect(r.tasks.map((t) => t.earlyStart)).toEqual([0, 1, 4]);
  });
});

describe("scheduleTasks — summaries and parent cycles", () => {
  it("a parent cycle is named at the first task of the input on it", () => {
    const tasks = [
      { id: "R", duration: 1 },
      { id: "A", duration: 1, parentId: "C" },
      { id: "B", duration: 1, parentId: "A" },
      { id: "C", duration: 1, parentId: "B" },
    ];
    expect(failure(tasks, [])).toEqual({
      code: "DEPENDENCY_CYCLE",
      path: ["tasks", 1, "parentId"],
      rule: "cycle",
    });
    expect(() => scheduleTasks(tasks, [], start)).toThrow("task 'A' is its own ancestor");
  });

  it("an unknown parent is reported at its task", () => {
    expect(failure([{ id: "A" }, { id: "B", parentId: "Z" }], [])).toEqual({
      code: "UNKNOWN_ID",
      path: ["tasks", 1, "parentId"],
      rule: "reference",
    });
  });

  it("nested summaries roll up from their children, whatever the input order", () => {
    // X (2 d) → Y (3 d) FS: X [0, 2), Y [2, 5); Z (1 d) free: [0, 1), LF 5, TF 4.
    // Inner summary I = {Y, Z}: ES 0, EF 5, TF min(0, 4) = 0; outer O = {X, I}: [0, 5).
    const tasks: ScheduleTask[] = deepFreeze([
      { id: "O" },
      { id: "Y", duration: 3, parentId: "I" },
      { id: "I", parentId: "O" },
      { id: "X", duration: 2, parentId: "O" },
      { id: "Z", duration: 1, parentId: "I" },
    ]);
    const r = scheduleTasks(tasks, [{ predecessorId: "X", successorId: "Y" }], start);
    const row = (i: number) => {
      const t = r.tasks[i];
      return [t?.id, t?.summary, t?.earlyStart, t?.earlyFinish, t?.totalFloat, t?.start, t?.finish];
    };
    // Mon 2021-03-01 + 5 working days: the finish is Fri 2021-03-05.
    expect(row(0)).toEqual(["O", true, 0, 5, 0, "2021-03-01", "2021-03-05"]);
    expect(row(2)).toEqual(["I", true, 0, 5, 0, "2021-03-01", "2021-03-05"]);
    expect(r.tasks[4]?.freeFloat).toBe(4);
    expect(r.criticalTaskIds).toEqual(["O", "Y", "I", "X"]);
  });
});

describe("scheduleTasks — dates outside the usual offset range", () => {
  it("a manual task before the plan start has negative offsets and dates", () => {
    // Working days in [Thu 02-25, Mon 03-01): Thu 25, Fri 26 → offset −2; 2 days → EF 0.
    // Finish = the working day of offset −1 = Fri 2021-02-26.
    const r = scheduleTasks(
      [{ id: "M", duration: 2, mode: "manual", start: "2021-02-25" }],
      [],
      start,
    );
    const m = r.tasks[0];
    expect([m?.earlyStart, m?.earlyFinish, m?.start, m?.finish]).toEqual([
      -2,
      0,
      "2021-02-25",
      "2021-02-26",
    ]);
    // Project finish 0: the finish date is the plan start's working day.
    expect(r.finishDate).toBe("2021-03-01");
  });

  it("a plan far longer than its task count still dates every offset", () => {
    // 2000 working days = 400 full Mon–Fri weeks from Mon 2021-03-01; the last day is the Friday
    // of week 400: 2021-03-01 + 399 × 7 + 4 = +2797 days = Fri 2028-10-27 (2021-03-01 + 2797 d:
    // to 2028-03-01 is 2557 d (7 years, 2 leap days), then Mar 31 + Apr 30 + May 31 + Jun 30 +
    // Jul 31 + Aug 31 + Sep 30 = 214 d to 2028-10-01, and 26 more days).
    const r = scheduleTasks(
      [
        { id: "A", duration: 2000 },
        { id: "B", duration: 5 },
      ],
      [{ predecessorId: "A", successorId: "B" }],
      start,
    );
    expect(r.tasks[0]?.finish).toBe("2028-10-27");
    // B: the next week, Mon 2028-10-30 … Fri 2028-11-03.
    expect([r.tasks[1]?.start, r.tasks[1]?.finish]).toEqual(["2028-10-30", "2028-11-03"]);
    expect(r.finishDate).toBe("2028-11-03");
  });
});
