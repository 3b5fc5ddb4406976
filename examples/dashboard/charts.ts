// What the page draws, as pure functions of the document (no DOM): the trajectory chart input of
// one indicator and the Gantt rows of a plan's phase skeleton. The library has no
// "indicator -> TrajectoryChartInput" helper yet; this mirrors what `cast-plan report --format svg`
// draws (observed series, baseline, one marker per target, the report's projection to the last
// deadline).
import {
  assessIndicator,
  type GanttChartInput,
  generatePlanSkeleton,
  type IsoDate,
  type Locale,
  localize,
  type PlanDocument,
  type PlanSkeleton,
  projectSeries,
  skeletonToGanttItems,
  type TrajectoryChartInput,
  toDecimalYear,
} from "cast-plan";

/** The projection the report and the chart use (the report's default). */
const PROJECTION = "weighted-linear" as const;

/** The chart of one indicator as of a day: observed values up to it, targets and a projection. */
export function trajectoryInput(
  document: PlanDocument,
  indicatorId: string,
  asOf: IsoDate,
  locale: Locale = "en",
): TrajectoryChartInput | undefined {
  const indicator = document.indicators.find((i) => i.id === indicatorId);
  if (!indicator) return undefined;
  // Whole-population figures only, as the report's line (organisations' reports are combined there).
  const own = document.observations.filter(
    (o) =>
      o.indicatorId === indicatorId &&
      o.unitId === undefined &&
      Object.keys(o.dimensions ?? {}).length === 0,
  );
  const assessment = assessIndicator(indicator, own, {
    asOf,
    projection: PROJECTION,
    projections: [PROJECTION],
  });
  const observed = assessment.series.years.map((year, i) => ({
    year,
    value: assessment.series.values[i] ?? 0,
  }));
  // One marker per (deadline, value); targets stated by several documents share it.
  const markers = new Map<string, { year: number; value: number; label: string }>();
  for (const t of indicator.targets) {
    if (t.value === undefined || t.dimensions) continue;
    const year = toDecimalYear(t.deadline);
    const words = `${t.comparator === "=" ? "" : `${t.comparator} `}${t.value}`;
    const existing = markers.get(`${year}|${t.value}`);
    if (!existing)
      markers.set(`${year}|${t.value}`, { year, value: t.value, label: `${t.deadline}: ${words}` });
  }
  const targets = [...markers.values()];
  if (observed.length === 0 && targets.length === 0) return undefined;
  const latest = assessment.latest;
  const lastDeadline = Math.max(...targets.map((t) => t.year), latest?.year ?? 0);
  const projections: { label: string; points: { year: number; value: number }[] }[] = [];
  if (latest && lastDeadline > latest.year) {
    const points = [{ year: latest.year, value: latest.value }];
    for (let y = Math.floor(latest.year) + 1; y <= Math.ceil(lastDeadline); y++) {
      const p = projectSeries(assessment.series.years, assessment.series.values, {
        kind: PROJECTION,
        targetYear: y,
        limits: indicator.naturalLimits,
      });
      if (p.status === "measured") points.push({ year: y, value: p.projected });
    }
    if (points.length > 1) projections.push({ label: `Projection (${PROJECTION})`, points });
  }
  return {
    title: `${localize(indicator.name, locale)} — as of ${asOf}`,
    unit: indicator.unit,
    observed,
    baseline: assessment.baseline
      ? { year: assessment.baseline.year, value: assessment.baseline.value }
      : undefined,
    targets,
    projections,
    width: 640,
    height: 340,
  };
}

/** The phase skeleton of a plan (the outline when there is one), or why there is none. */
export function skeletonOf(document: PlanDocument): PlanSkeleton | string {
  const plan = document.plans.find((p) => p.kind === "outline") ?? document.plans[0];
  if (!plan) return "the document has no plan";
  try {
    return generatePlanSkeleton(document, plan.id);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The Gantt chart of a skeleton with an "as of" marker. */
export function ganttInput(
  document: PlanDocument,
  skeleton: PlanSkeleton,
  asOf: string,
  locale: Locale = "en",
): GanttChartInput {
  const plan = document.plans.find((p) => p.id === skeleton.planId);
  return {
    title: `${plan?.shortTitle ? localize(plan.shortTitle, locale) : skeleton.planId} ${skeleton.startYear}–${skeleton.endYear}`,
    rows: skeletonToGanttItems(skeleton).map((item) => ({
      label: item.name,
      start: item.start,
      end: item.finish,
      section: item.section,
      milestone: item.milestone,
    })),
    width: 640,
    asOf,
  };
}
