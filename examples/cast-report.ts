// The CAST progress report on the bundled real data: every indicator of the outline and the
// three-year action plan, against each of its targets, with the roll-up over the plans' structure.
//
// Run: npm run example:cast-report            (as of today)
//      npm run example:cast-report -- 2021-06-30
import { castPlanDocument } from "../src/data/index.js";
import { buildProgressReport, isCalendarPoint, renderProgressReportText } from "../src/index.js";
import { parsePlanDocument } from "../src/schemas/index.js";

// "Now" is the caller's decision: the library never reads the clock.
// A command-line argument is a string: check it (a year is a number) before use.
const arg = process.argv[2] ?? new Date().toISOString().slice(0, 10);
const asOf: unknown = /^\d{4}$/.test(arg) ? Number(arg) : arg;
if (!isCalendarPoint(asOf)) throw new Error(`'${arg}' is not YYYY, YYYY-MM or YYYY-MM-DD`);
const document = parsePlanDocument(castPlanDocument);
const report = buildProgressReport(document, {
  asOf,
  title: "CAST outline and Three-Year Action Plan",
});
console.log(
  renderProgressReportText(report, { color: process.stdout.isTTY && !process.env.NO_COLOR }),
);
