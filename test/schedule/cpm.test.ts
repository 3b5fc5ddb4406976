import { describe, expect, it } from "vitest";
import {
  CastPlanError,
  type ScheduleLink,
  type ScheduleTask,
  scheduleTasks,
} from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";

// Reference §A2.4 (worked example) and Appendix T-CPM-1..5.
const tasks: ScheduleTask[] = deepFreeze([
  { id: "A", duration: 3 },
  { id: "B", duration: 4 },
  { id: "C", duration: 2 },
  { id: "D", duration: 5 },
  { id: "E", duration: 3 },
  { id: "F", duration: 2 },
  { id: "G", duration: 0 },
  { id: "H", duration: 1 },
]);
const links: ScheduleLink[] = deepFreeze([
  { predecessorId: "A", successorId: "B", type: "FS", lag: 0 },
  { predecessorId: "A", successorId: "C", type: "SS", lag: 1 },
  { predecessorId: "B", successorId: "D", type: "FS", lag: 2 },
  { predecessorId: "C", successorId: "E", type: "FS", lag: 0 },
  { predecessorId: "B", successorId: "E", type: "FF", lag: 1 },
  { predecessorId: "D", successorId: "F", type: "FS", lag: 0 },
  { predecessorId: "E", successorId: "F", type: "FS", lag: -1 },
  { predecessorId: "F", successorId: "G", type: "FS", lag: 0 },
  { predecessorId: "D", successorId: "H", type: "SF", lag: 0 },
]);

describe("scheduleTasks — worked example A2.4", () => {
  const result = scheduleTasks(tasks, links, { start: "2021-03-01" });
  const by = (id: string) => result.tasks.find((t) => t.id === id);

  it("T-CPM-1: project finish offset 16", () => {
    expect(result.projectFinish).toBe(16);
  });

  it("T-CPM-2/3: ES, EF, LS, LF, TF, FF per the reference table", () => {
    // [ES, EF, LS, LF, TF, FF] copied from the §A2.4 table.
    const expected: Record<string, number[]> = {
      A: [0, 3, 0, 3, 0, 0],
      B: [3, 7, 3, 7, 0, 0],
      C: [1, 3, 10, 12, 9, 2],
      D: [9, 14, 9, 14, 0, 0],
      E: [5, 8, 12, 15, 7, 7],
      F: [14, 16, 14, 16, 0, 0],
      G: [16, 16, 16, 16, 0, 0],
      H: [8, 9, 15, 16, 7, 7],
    };
    for (const [id, values] of Object.entries(expected)) {
      const t = by(id);
      expect(
        [t?.earlyStart, t?.earlyFinish, t?.lateStart, t?.lateFinish, t?.totalFloat, t?.freeFloat],
        id,
      ).toEqual(values);
    }
  });

  it("T-CPM-4: critical set {A, B, D, F, G} and the longest path A → B → D → F → G", () => {
    expect(result.criticalTaskIds).toEqual(["A", "B", "D", "F", "G"]);
    expect(result.criticalPath).toEqual(["A", "B", "D", "F", "G"]);
  });

  it("T-CPM-5 and the §A2.4 date table (Mon–Fri from Mon 2021-03-01)", () => {
    const dates: Record<string, [string, string]> = {
      A: ["2021-03-01", "2021-03-03"],
      B: ["2021-03-04", "2021-03-09"],
      C: ["2021-03-02", "2021-03-03"],
      D: ["2021-03-12", "2021-03-18"],
      E: ["2021-03-08", "2021-03-10"],
      F: ["2021-03-19", "2021-03-22"],
      H: ["2021-03-11", "2021-03-11"],
      // Milestone at offset 16, shown as the end of day 2021-03-22 (MS Project style).
      G: ["2021-03-22", "2021-03-22"],
    };
    for (const [id, [start, finish]] of Object.entries(dates)) {
      expect([by(id)?.start, by(id)?.finish], id).toEqual([start, finish]);
    }
    expect(result.finishDate).toBe("2021-03-22");
    expect(by("G")?.milestone).toBe(true);
  });

  it("reports no violations and does not mutate the frozen inputs", () => {
    expect(result.violations).toEqual([]);
  });
});

describe("scheduleTasks — errors", () => {
  it("names the cycle's task ids in order", () => {
    const cyc = [
      { predecessorId: "A", successorId: "B" },
      { predecessorId: "B", successorId: "C" },
      { predecessorId: "C", successorId: "A" },
      { predecessorId: "C", successorId: "D" },
    ];
    const t = ["D", "A", "B", "C"].map((id) => ({ id, duration: 1 }));
    try {
      scheduleTasks(t, cyc, { start: "2021-03-01" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CastPlanError);
      expect((e as CastPlanError).code).toBe("DEPENDENCY_CYCLE");
      // Cycle starts at the first task in input order that is on it (A, index 1).
      expect((e as CastPlanError).message).toBe("scheduleTasks: dependency cycle A → B → C → A");
      expect((e as CastPlanError).issues[0]?.path).toEqual(["links", 0]);
    }
  });

  it("a self-link is a cycle", () => {
    expect(() =>
      scheduleTasks([{ id: "X", duration: 1 }], [{ predecessorId: "X", successorId: "X" }], {
        start: "2021-03-01",
      }),
    ).toThrow(/dependency cycle X → X/);
  });

  it("rejects duplicate ids, unknown ids, bad durations and bad dates with paths", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as CastPlanError).code, (e as CastPlanError).issues[0]?.path];
      }
      return undefined;
    };
    const s = { start: "2021-03-01" };
    expect(code(() => scheduleTasks([{ id: "A" }, { id: "A" }], [], s))).toEqual([
      "DUPLICATE_ID",
      ["tasks", 1, "id"],
    ]);
    expect(
      code(() => scheduleTasks([{ id: "A" }], [{ predecessorId: "A", successorId: "Z" }], s)),
    ).toEqual(["UNKNOWN_ID", ["links", 0, "successorId"]]);
    expect(code(() => scheduleTasks([{ id: "A", duration: -1 }], [], s))).toEqual([
      "INVALID_ARGUMENT",
      ["tasks", 0, "duration"],
    ]);
    expect(code(() => scheduleTasks([{ id: "A", duration: 1.5 }], [], s))).toEqual([
      "INVALID_ARGUMENT",
      ["tasks", 0, "duration"],
    ]);
    expect(code(() => scheduleTasks([], [], { start: "2021-02-30" }))).toEqual([
      "INVALID_ARGUMENT",
      ["options", "start"],
    ]);
    expect(code(() => scheduleTasks([{ id: "A", mode: "manual" }], [], s))).toEqual([
      "INVALID_ARGUMENT",
      ["tasks", 0, "start"],
    ]);
  });

  it("an empty network finishes at offset 0", () => {
    const r = scheduleTasks([], [], { start: "2021-03-06" });
    expect(r.projectFinish).toBe(0);
    expect(r.finishDate).toBe("2021-03-08"); // first working day on or after Sat 2021-03-06
    expect(r.criticalPath).toEqual([]);
  });
});

describe("scheduleTasks — free float capped at total float (reference ambiguity 1)", () => {
  it("an SS successor held back by another link: raw link float 6, total float 0 → free float 0", () => {
    // A (10 d) and X (6 d) start at 0; B (2 d) has X→B FS 0 and A→B SS 0, so ES_B = 6.
    // Project finish = max(EF_A 10, EF_B 8) = 10. B: LF 10, LS 8. A: LF = min(10, LS_B + d_A = 18) = 10, TF_A = 0.
    // Raw link free float A→B (SS) = ES_B − 0 − ES_A = 6 > TF_A, so free float is capped at 0.
    const r = scheduleTasks(
      [
        { id: "A", duration: 10 },
        { id: "X", duration: 6 },
        { id: "B", duration: 2 },
      ],
      [
        { predecessorId: "X", successorId: "B" },
        { predecessorId: "A", successorId: "B", type: "SS" },
      ],
      { start: "2021-03-01" },
    );
    const a = r.tasks[0];
    expect([a?.totalFloat, a?.freeFloat]).toEqual([0, 0]);
    // X: ES 0, EF 6, LF = LS_B = 8 → TF 2; link float X→B = 6 − 6 = 0.
    expect([r.tasks[1]?.totalFloat, r.tasks[1]?.freeFloat]).toEqual([2, 0]);
    // B: no successors → free float = 10 − 8 = 2 = TF.
    expect([r.tasks[2]?.totalFloat, r.tasks[2]?.freeFloat]).toEqual([2, 2]);
  });
});
