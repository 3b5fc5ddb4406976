// Helpers of generatePlanSkeleton: calendar points to years/days, cadence events.

import { daysFromCivil, formatIsoDate, monthLength, parseIsoDate } from "../../dates/dayNumbers.js";
import type { Cadence } from "../../schemas/plan.js";
import type { IsoDate } from "../../schemas/primitives.js";
import type { ScheduleEvent, SkeletonPhase } from "../SkeletonTypes.js";
import { invalidArgument } from "../workdays/calendar.js";

/** Options controlling event due dates (validated by generatePlanSkeleton). */
export interface EventSettings {
  readonly midTermDue: string;
  readonly finalDue: string;
  readonly finalInFollowingYear: boolean;
  readonly annualDue: string;
  readonly annualInFollowingYear: boolean;
  readonly planningDue: string;
  readonly midTermYearIndex: number | undefined;
  readonly keepAnnualInFinalYear: boolean;
}

/** The year of a calendar point. */
export function yearOf(point: string | number): number {
  return typeof point === "number" ? point : Number(point.slice(0, 4));
}

/** The first day number a calendar point covers. */
export function firstDay(point: string | number): number {
  if (typeof point === "number") return daysFromCivil(point, 1, 1);
  const y = Number(point.slice(0, 4));
  const m = point.length >= 7 ? Number(point.slice(5, 7)) : 1;
  const d = point.length >= 10 ? Number(point.slice(8, 10)) : 1;
  return daysFromCivil(y, m, d);
}

/** The last day number a calendar point covers. */
export function lastDay(point: string | number): number {
  if (typeof point === "number") return daysFromCivil(point, 12, 31);
  const y = Number(point.slice(0, 4));
  if (point.length === 4) return daysFromCivil(y, 12, 31);
  const m = Number(point.slice(5, 7));
  if (point.length === 7) return daysFromCivil(y, m, monthLength(y, m));
  return daysFromCivil(y, m, Number(point.slice(8, 10)));
}

/** Validates an `MM-DD` option (29 February is refused: it does not exist every year). */
export function checkMonthDay(fn: string, key: string, value: string): string {
  if (typeof value !== "string" || !/^\d{2}-\d{2}$/.test(value) || !parseIsoDate(`2021-${value}`)) {
    invalidArgument(
      fn,
      ["options", key],
      "month-day",
      `${key} ${JSON.stringify(value)} is not a valid MM-DD`,
    );
  }
  return value;
}

/** The year index (0-based) of occurrence j (1..k) of an event in a span of `length` years. */
export function occurrenceIndex(j: number, k: number, length: number): number {
  return Math.ceil((j * length) / k) - 1;
}

function midIndex(s: EventSettings, length: number): number {
  return s.midTermYearIndex === undefined
    ? Math.floor((length - 1) / 2)
    : Math.min(s.midTermYearIndex, length - 1);
}

/** A phase from years. */
export function yearPhase(
  base: Omit<SkeletonPhase, "start" | "end" | "startYear" | "endYear">,
  startYear: number,
  endYear: number,
): SkeletonPhase {
  return {
    ...base,
    start: formatIsoDate(startYear, 1, 1),
    end: formatIsoDate(endYear, 12, 31),
    startYear,
    endYear,
  };
}

/** The events of one cadence over the spans it applies to. */
export function cadenceEvents(
  planId: string,
  cadence: Cadence,
  spans: readonly { start: number; end: number; phaseId?: string | undefined }[],
  s: EventSettings,
): ScheduleEvent[] {
  const out: ScheduleEvent[] = [];
  const push = (
    kind: ScheduleEvent["kind"],
    year: number,
    due: string, // a year and a checked MM-DD setting: a calendar day by construction
    phaseId?: string,
  ): void => {
    out.push({
      id: `${cadence.id}.${year}`,
      cadenceId: cadence.id,
      planId,
      activity: cadence.activity,
      kind,
      label: cadence.label,
      year,
      due: due as IsoDate,
      phaseId,
    });
  };
  const finalDue = (year: number): string =>
    s.finalInFollowingYear ? `${year + 1}-${s.finalDue}` : `${year}-${s.finalDue}`;
  const annualDue = (year: number): string =>
    s.annualInFollowingYear ? `${year + 1}-${s.annualDue}` : `${year}-${s.annualDue}`;
  for (const span of spans) {
    const length = span.end - span.start + 1;
    if (cadence.activity === "planning") {
      // A plan for a span is due before the span starts.
      if (cadence.kind === "annual") {
        for (let y = span.start; y <= span.end; y++)
          push("annual", y, `${y - 1}-${s.planningDue}`, span.phaseId);
      } else push(cadence.kind, span.start, `${span.start - 1}-${s.planningDue}`, span.phaseId);
      continue;
    }
    if (cadence.kind === "annual") {
      for (let y = span.start; y <= span.end; y++) push("annual", y, annualDue(y), span.phaseId);
    } else if (cadence.kind === "final") {
      push("final", span.end, finalDue(span.end), span.phaseId);
    } else if (cadence.kind === "mid-term") {
      const y = span.start + midIndex(s, length);
      push("mid-term", y, `${y}-${s.midTermDue}`, span.phaseId);
    } else {
      const k = cadence.occurrences ?? 1;
      for (let j = 1; j <= k; j++) {
        const last = j === k;
        const mid = k === 2 && j === 1;
        const y = span.start + (mid ? midIndex(s, length) : occurrenceIndex(j, k, length));
        if (last)
          push(
            cadence.activity === "evaluation" ? "final" : "periodic",
            y,
            finalDue(y),
            span.phaseId,
          );
        else if (mid) push("mid-term", y, `${y}-${s.midTermDue}`, span.phaseId);
        else push("periodic", y, annualDue(y), span.phaseId);
      }
    }
  }
  // Make ids unique when one cadence yields two events in one year.
  const seen = new Map<string, number>();
  return out.map((e) => {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    return n === 1 ? e : { ...e, id: `${e.id}.${n}` };
  });
}
