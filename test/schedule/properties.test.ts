import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CastPlanError,
  type ScheduleLink,
  type ScheduleTask,
  scheduleTasks,
} from "../../src/index.js";

const TYPES = ["FS", "SS", "FF", "SF"] as const;

// A random DAG: links always go from a lower to a higher task index, so there is no cycle.
const dag = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.record({
    durations: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: n, maxLength: n }),
    notBefore: fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), {
      minLength: n,
      maxLength: n,
    }),
    links: fc.array(
      fc.record({
        a: fc.integer({ min: 0, max: n - 1 }),
        b: fc.integer({ min: 0, max: n - 1 }),
        type: fc.constantFrom(...TYPES),
        lag: fc.integer({ min: -4, max: 6 }),
      }),
      { maxLength: 3 * n },
    ),
    extra: fc.record({
      a: fc.integer({ min: 0, max: n - 1 }),
      b: fc.integer({ min: 0, max: n - 1 }),
      type: fc.constantFrom(...TYPES),
      lag: fc.integer({ min: -4, max: 6 }),
    }),
  }),
);

type Raw = { a: number; b: number; type: (typeof TYPES)[number]; lag: number };
const toLinks = (raw: Raw[]): ScheduleLink[] =>
  raw
    .filter((l) => l.a !== l.b)
    .map((l) => ({
      predecessorId: `t${Math.min(l.a, l.b)}`,
      successorId: `t${Math.max(l.a, l.b)}`,
      type: l.type,
      lag: l.lag,
    }));
// 2021-03-01 is a Monday; offset k ≥ 0 of a plain Mon–Fri calendar is easy to map back.
const mondayDates = ["2021-03-01", "2021-03-02", "2021-03-03", "2021-03-04", "2021-03-05"];
const toTasks = (durations: number[], notBefore: (number | undefined)[]): ScheduleTask[] =>
  durations.map((d, i) => {
    const nb = notBefore[i];
    if (nb === undefined) return { id: `t${i}`, duration: d };
    const week = Math.floor(nb / 5);
    const day = mondayDates[nb % 5] as string;
    const dayOfMonth = Number(day.slice(8)) + 7 * week;
    const date = `2021-03-${String(dayOfMonth).padStart(2, "0")}`;
    return { id: `t${i}`, duration: d, earliestStart: date };
  });

describe("scheduleTasks — properties over random DAGs", () => {
  it("never starts a task before its links, the plan start or its earliest start allow", () => {
    fc.assert(
      fc.property(dag, ({ durations, notBefore, links }) => {
        const ls = toLinks(links);
        const r = scheduleTasks(toTasks(durations, notBefore), ls, { start: "2021-03-01" });
        const by = new Map(r.tasks.map((t) => [t.id, t]));
        r.tasks.forEach((t, i) => {
          expect(t.earlyStart).toBeGreaterThanOrEqual(0);
          expect(t.earlyStart).toBeGreaterThanOrEqual(notBefore[i] ?? 0);
          expect(t.earlyFinish - t.earlyStart).toBe(durations[i]);
        });
        for (const l of ls) {
          const p = by.get(l.predecessorId);
          const s = by.get(l.successorId);
          if (!p || !s) throw new Error("missing task");
          const L = l.lag ?? 0;
          if (l.type === "FS") expect(s.earlyStart).toBeGreaterThanOrEqual(p.earlyFinish + L);
          if (l.type === "SS") expect(s.earlyStart).toBeGreaterThanOrEqual(p.earlyStart + L);
          if (l.type === "FF") expect(s.earlyFinish).toBeGreaterThanOrEqual(p.earlyFinish + L);
          if (l.type === "SF") expect(s.earlyFinish).toBeGreaterThanOrEqual(p.earlyStart + L);
        }
        expect(r.violations).toEqual([]);
      }),
    );
  });

  it("floats are never negative without manual dates or deadlines; LS − ES = LF − EF; free ≤ total", () => {
    fc.assert(
      fc.property(dag, ({ durations, notBefore, links }) => {
        const r = scheduleTasks(toTasks(durations, notBefore), toLinks(links), {
          start: "2021-03-01",
        });
        for (const t of r.tasks) {
          expect(t.totalFloat).toBeGreaterThanOrEqual(0);
          expect(t.freeFloat).toBeGreaterThanOrEqual(0);
          expect(t.freeFloat).toBeLessThanOrEqual(t.totalFloat);
          expect(t.lateFinish - t.earlyFinish).toBe(t.totalFloat);
          expect(t.lateFinish).toBeLessThanOrEqual(r.projectFinish);
        }
        expect(r.criticalPath.length).toBeGreaterThan(0);
        for (const t of r.tasks) {
          for (const v of Object.values(t))
            if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
        }
      }),
    );
  });

  it("adding a link never shortens the project", () => {
    fc.assert(
      fc.property(dag, ({ durations, notBefore, links, extra }) => {
        const tasks = toTasks(durations, notBefore);
        const before = scheduleTasks(tasks, toLinks(links), { start: "2021-03-01" }).projectFinish;
        const after = scheduleTasks(tasks, toLinks([...links, extra]), {
          start: "2021-03-01",
        }).projectFinish;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("a back link that closes a path is reported as a cycle whose steps are links", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 0, max: 1000 }), (n, salt) => {
        const tasks = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, duration: 1 }));
        const chain = tasks
          .slice(1)
          .map((_, i) => ({ predecessorId: `t${i}`, successorId: `t${i + 1}` }));
        const back = { predecessorId: `t${n - 1}`, successorId: `t${salt % (n - 1)}` };
        try {
          scheduleTasks(tasks, [...chain, back], { start: "2021-03-01" });
          expect.unreachable();
        } catch (e) {
          expect((e as CastPlanError).code).toBe("DEPENDENCY_CYCLE");
          const ids = ((e as CastPlanError).message.split("cycle ")[1] ?? "").split(" → ");
          const all = [...chain, back];
          for (let k = 0; k + 1 < ids.length; k++) {
            expect(
              all.some((l) => l.predecessorId === ids[k] && l.successorId === ids[k + 1]),
            ).toBe(true);
          }
          expect(ids.length - 1).toBe(n - (salt % (n - 1)));
        }
      }),
    );
  });
});
