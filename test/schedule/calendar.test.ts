import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  CastPlanError,
  computeSuccessorStart,
  countWorkingDays,
  scheduleTasks,
  subtractWorkingDays,
} from "../../src/index.js";

describe("working-day calendar — worked examples A2.2", () => {
  it("T-CAL-1: Wed 2022-10-12 .. Fri 2022-10-14 is 3 working days", () => {
    expect(countWorkingDays("2022-10-12", "2022-10-14")).toBe(3);
  });
  it("T-CAL-2/3: 4 days from Wed 2022-10-12 end Mon 2022-10-17 (working days) / Sat 2022-10-15 (all days)", () => {
    expect(addWorkingDays("2022-10-12", 4)).toBe("2022-10-17");
    expect(addWorkingDays("2022-10-12", 4, { workingDaysOnly: false })).toBe("2022-10-15");
  });
  it("A2.2-1 backward: finish Fri 2022-10-14, duration 3 → start Wed 2022-10-12", () => {
    expect(subtractWorkingDays("2022-10-14", 3)).toBe("2022-10-12");
    expect(subtractWorkingDays("2022-10-15", 3, { workingDaysOnly: false })).toBe("2022-10-13");
  });
  it("T-CAL-4: 2021-01-01..2025-12-31 has 1304 Mon–Fri days", () => {
    expect(countWorkingDays("2021-01-01", "2025-12-31")).toBe(1304);
  });
  it("T-CAL-5 / A2.2-2: working days per year 2018, 2019, 2020, 2021, 2025, 2050", () => {
    const perYear = [2018, 2019, 2020, 2021, 2025, 2050].map((y) =>
      countWorkingDays(`${y}-01-01`, `${y}-12-31`),
    );
    expect(perYear).toEqual([261, 261, 262, 261, 261, 260]);
  });
  it("T-LAG-1/2: FS successor of a 2020-12-31 finish: lag 0 → 2021-01-01, lag 2 → 2021-01-05, holiday → 2021-01-04", () => {
    expect(computeSuccessorStart("2020-12-31", 0)).toBe("2021-01-01");
    expect(computeSuccessorStart("2020-12-31", 2)).toBe("2021-01-05");
    expect(computeSuccessorStart("2020-12-31", 0, { calendar: { holidays: ["2021-01-01"] } })).toBe(
      "2021-01-04",
    );
    // Lead of 1: the last working day on or before the finish (Thu 2020-12-31 itself).
    expect(computeSuccessorStart("2020-12-31", -1)).toBe("2020-12-31");
  });
  it("extra working days (调休) and Fri/Sat weekends", () => {
    // 2020-01-19 was a Sunday worked in China before the Spring Festival holiday.
    expect(
      countWorkingDays("2020-01-13", "2020-01-19", {
        calendar: { extraWorkingDays: ["2020-01-19"] },
      }),
    ).toBe(6);
    // Fri+Sat weekend: Sun 2022-10-16 .. Sat 2022-10-22 has Sun–Thu = 5 working days.
    expect(
      countWorkingDays("2022-10-16", "2022-10-22", { calendar: { weekendDays: [5, 6] } }),
    ).toBe(5);
    // A holiday on a working day is skipped; an extra working day wins over a holiday.
    expect(addWorkingDays("2022-10-12", 2, { calendar: { holidays: ["2022-10-13"] } })).toBe(
      "2022-10-14",
    );
    expect(
      countWorkingDays("2022-10-13", "2022-10-13", {
        calendar: { holidays: ["2022-10-13"], extraWorkingDays: ["2022-10-13"] },
      }),
    ).toBe(1);
  });
  it("non-working start snaps forward; duration 0 gives the snapped start", () => {
    expect(addWorkingDays("2022-10-15", 1)).toBe("2022-10-17");
    expect(addWorkingDays("2022-10-15", 0)).toBe("2022-10-17");
  });
  it("bad input throws INVALID_ARGUMENT with a path", () => {
    const issuePath = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(CastPlanError);
        return (e as CastPlanError).issues[0]?.path;
      }
      return "no error";
    };
    expect(issuePath(() => countWorkingDays("2022-02-30", "2022-03-01"))).toEqual(["start"]);
    expect(issuePath(() => countWorkingDays("2022-03-02", "2022-03-01"))).toEqual(["finish"]);
    expect(issuePath(() => addWorkingDays("2022-03-01", -1))).toEqual(["duration"]);
    expect(
      issuePath(() =>
        countWorkingDays("2022-03-01", "2022-03-02", {
          calendar: { weekendDays: [1, 2, 3, 4, 5, 6, 7] },
        }),
      ),
    ).toEqual(["calendar", "weekendDays"]);
    expect(
      issuePath(() =>
        countWorkingDays("2022-03-01", "2022-03-02", { calendar: { weekendDays: [8] } }),
      ),
    ).toEqual(["calendar", "weekendDays", 0]);
    expect(
      issuePath(() =>
        countWorkingDays("2022-03-01", "2022-03-02", { calendar: { holidays: ["x"] } }),
      ),
    ).toEqual(["calendar", "holidays", 0]);
  });
  it("one options shape: the 0.1 positional calendar throws INVALID_ARGUMENT naming the key", () => {
    const cal = { holidays: ["2021-01-01"] } as never;
    expect(() => countWorkingDays("2021-01-01", "2021-01-04", cal)).toThrow(/pass \{ calendar/);
    expect(() => computeSuccessorStart("2020-12-31", 0, cal)).toThrow(CastPlanError);
    expect(() => addWorkingDays("2020-12-31", 1, cal)).toThrow(CastPlanError);
    expect(() => subtractWorkingDays("2020-12-31", 1, cal)).toThrow(CastPlanError);
    // workingDaysOnly: false is accepted by every working-day function.
    expect(countWorkingDays("2022-10-12", "2022-10-16", { workingDaysOnly: false })).toBe(5);
    expect(computeSuccessorStart("2022-10-14", 1, { workingDaysOnly: false })).toBe("2022-10-16");
  });
});

describe("scheduleTasks — calendars, lags, manual tasks, deadlines, summaries", () => {
  const start = { start: "2021-03-01" }; // Monday
  it("T-LAG-2 inside the engine: a holiday pushes the successor", () => {
    const r = scheduleTasks(
      [
        { id: "P", duration: 1 },
        { id: "S", duration: 1 },
      ],
      [{ predecessorId: "P", successorId: "S" }],
      { start: "2020-12-31", calendar: { holidays: ["2021-01-01"] } },
    );
    expect(r.tasks[1]?.start).toBe("2021-01-04");
  });
  it("% lag: 50 % of a 4-day predecessor on FS is 2 working days; 12.5 % of 4 rounds half away from zero to 1", () => {
    const r = scheduleTasks(
      [
        { id: "P", duration: 4 },
        { id: "S", duration: 1 },
        { id: "T", duration: 1 },
      ],
      [
        { predecessorId: "P", successorId: "S", lag: 50, lagUnit: "%" },
        { predecessorId: "P", successorId: "T", lag: 12.5, lagUnit: "%" },
      ],
      start,
    );
    expect(r.tasks[1]?.earlyStart).toBe(6); // 4 + 2
    expect(r.tasks[2]?.earlyStart).toBe(5); // 4 + round(0.5) = 4 + 1
  });
  it("calendar-day lag: finish Fri, FS +2 cd → starts Mon; +3 cd → starts Tue", () => {
    // P occupies Mon 1 .. Fri 5 March 2021. +2 cd after Fri ends on Sun; the successor can start Mon 8.
    // +3 cd ends on Mon 8, so the successor starts Tue 9.
    const r = scheduleTasks(
      [
        { id: "P", duration: 5 },
        { id: "S", duration: 1 },
        { id: "T", duration: 1 },
      ],
      [
        { predecessorId: "P", successorId: "S", lag: 2, lagUnit: "cd" },
        { predecessorId: "P", successorId: "T", lag: 3, lagUnit: "cd" },
      ],
      start,
    );
    expect(r.tasks[1]?.start).toBe("2021-03-08");
    expect(r.tasks[2]?.start).toBe("2021-03-09");
  });
  it("calendar-day task: Wed + 4 calendar days ends Sat (A2.2-1 'all days'); its FS successor starts Mon", () => {
    const r = scheduleTasks(
      [
        { id: "C", duration: 4, calendarDays: true, earliestStart: "2022-10-12" },
        { id: "S", duration: 1 },
      ],
      [{ predecessorId: "C", successorId: "S" }],
      { start: "2022-10-10" },
    );
    expect([r.tasks[0]?.start, r.tasks[0]?.finish]).toEqual(["2022-10-12", "2022-10-15"]);
    expect(r.tasks[1]?.start).toBe("2022-10-17");
  });
  it("manual task keeps its date; the link it breaks is reported and its float is negative", () => {
    const r = scheduleTasks(
      [
        { id: "A", duration: 5 },
        { id: "B", duration: 2, mode: "manual", start: "2021-03-03" },
      ],
      [{ predecessorId: "A", successorId: "B" }],
      start,
    );
    // B fixed at offset 2 although A finishes at 5: FS link broken by 3 days.
    expect(r.tasks[1]?.earlyStart).toBe(2);
    expect(r.violations).toEqual([{ linkIndex: 0, predecessorId: "A", successorId: "B", by: 3 }]);
    // Project finish 5 (A's EF). B: LF = 5, LS = 3. A: LF = LS_B − 0 = 3, LS = 3 − 5 = −2, TF = −2.
    expect(r.tasks[0]?.totalFloat).toBe(-2);
    expect(r.tasks[1]?.totalFloat).toBe(1);
  });
  it("deadline earlier than the network allows gives negative total float", () => {
    const r = scheduleTasks([{ id: "A", duration: 5, deadline: "2021-03-03" }], [], start);
    // LF = offsetOf(2021-03-04) = 3, LS = −2, TF = −2.
    expect(r.tasks[0]?.totalFloat).toBe(-2);
    expect(r.tasks[0]?.critical).toBe(true);
  });
  it("earliestStart (SNET) holds a task back", () => {
    const r = scheduleTasks([{ id: "A", duration: 1, earliestStart: "2021-03-10" }], [], start);
    expect(r.tasks[0]?.start).toBe("2021-03-10");
    expect(r.tasks[0]?.earlyStart).toBe(7);
  });
  it("summary tasks span their children: min start, max finish, min float", () => {
    const r = scheduleTasks(
      [
        { id: "S" },
        { id: "A", duration: 3, parentId: "S" },
        { id: "B", duration: 2, parentId: "S" },
        { id: "C", duration: 4 },
      ],
      [{ predecessorId: "A", successorId: "B" }],
      start,
    );
    const s = r.tasks[0];
    expect([s?.summary, s?.earlyStart, s?.earlyFinish, s?.start, s?.finish]).toEqual([
      true,
      0,
      5,
      "2021-03-01",
      "2021-03-05",
    ]);
    expect(s?.totalFloat).toBe(0);
    expect(r.tasks[3]?.totalFloat).toBe(1);
  });
  it("a link to a summary is refused", () => {
    expect(() =>
      scheduleTasks(
        [{ id: "S" }, { id: "A", parentId: "S", duration: 1 }, { id: "B", duration: 1 }],
        [{ predecessorId: "S", successorId: "B" }],
        start,
      ),
    ).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });
});
