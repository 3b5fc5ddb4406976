// The computation run both in Chromium and in Node by browser.test.ts. It receives the modules
// as arguments (no imports), so its source text can be sent to the page.
export function browserScenario(lib: any, data: any): unknown {
  const document = data.castPlanDocument;
  return {
    range: lib.toDayRange({ start: 2018, end: "2020-06" }),
    bar: lib.renderProgressBar(0.42, { width: 12 }),
    weekday: lib.weekdayOf("2018-12-29"),
    plans: document.plans.map((p: { id: string }) => p.id),
  };
}
