// The computation run both in Chromium and in Node by browser.test.ts. It receives the modules
// as arguments (no imports), so its source text can be sent to the page. It must not use zod:
// the root and data entries never load it, and the page has no import map for it.
export function browserScenario(lib: any, data: any): unknown {
  const document = data.castPlanDocument;
  // The bundled document is written in input form; the report needs the parsed form, which for
  // this document only adds empty lists, so fill those in the same way parsing would.
  const parsed = JSON.parse(JSON.stringify(document));
  for (const key of [
    "externalPlans",
    "sources",
    "indicators",
    "observations",
    "units",
    "alignments",
    "ratingScales",
    "rubrics",
    "assessments",
  ])
    parsed[key] ??= [];
  const fillItem = (item: any) => {
    item.tags ??= [];
    item.children ??= [];
    item.children.forEach(fillItem);
  };
  for (const plan of parsed.plans) {
    plan.phases ??= [];
    plan.cadences ??= [];
    plan.assignments ??= [];
    for (const phase of plan.phases) phase.goalIds ??= [];
    plan.items.forEach(fillItem);
  }
  for (const indicator of parsed.indicators) {
    for (const key of ["dimensions", "baselines", "targets", "measures", "references"])
      indicator[key] ??= [];
  }
  const report = lib.buildProgressReport(parsed, { asOf: "2026-11-28" });
  const skeleton = lib.generatePlanSkeleton(parsed, "outline");
  return {
    range: lib.toDayRange({ start: 2018, end: "2020-06" }),
    bar: lib.renderProgressBar(0.42, { width: 12 }),
    weekday: lib.weekdayOf("2018-12-29"),
    text: lib.renderProgressReportText(report),
    phases: skeleton.phases.map((p: any) => [p.id, p.start, p.end]),
    events: skeleton.events.length,
    svg: lib.renderTrajectorySvg({
      title: "t",
      unit: "%",
      observed: [
        { year: 2015, value: 6.2 },
        { year: 2024, value: 15.37 },
      ],
      targets: [],
    }),
  };
}
