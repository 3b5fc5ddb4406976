// The dashboard page: the CAST progress report with bars per target, the trajectory of a selected
// indicator, the phase and evaluation calendar, and a checker for uploaded plan documents.
// Everything is computed in the browser by the package's pure functions; "as of" comes from the
// URL (?asOf=YYYY-MM-DD) or, failing that, today's date read here, in the page: the library itself
// never reads the clock.
import {
  buildProgressReport,
  findNextEvaluation,
  formatIssues,
  formatPath,
  type IsoDate,
  isCalendarPoint,
  type Locale,
  localize,
  type PlanDocument,
  type ProgressReport,
  renderGanttSvg,
  renderTrajectorySvg,
  type ScheduleEvent,
} from "cast-plan";
import { castPlanDocument } from "cast-plan/data";
import { parsePlanDocument, safeParsePlanDocument } from "cast-plan/schemas";
import { ganttInput, skeletonOf, trajectoryInput } from "./charts.js";

/** The languages of the switch. */

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`the page has no #${id}`);
  return found;
}

const ui = {
  title: element("title", HTMLElement),
  asOf: element("as-of", HTMLInputElement),
  locale: element("locale", HTMLSelectElement),
  localeNote: element("locale-note", HTMLElement),
  summary: element("progress-summary", HTMLElement),
  indicators: element("indicators", HTMLElement),
  indicatorSelect: element("indicator-select", HTMLSelectElement),
  trajectory: element("trajectory-chart", HTMLElement),
  nextEvaluations: element("next-evaluations", HTMLElement),
  gantt: element("gantt-chart", HTMLElement),
  upload: element("upload", HTMLInputElement),
  uploadResult: element("upload-result", HTMLElement),
};

/** A real calendar day as `YYYY-MM-DD` (not a month or a year, not 2026-02-30). */
function isDay(value: string | null): value is IsoDate {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarPoint(value);
}

/** Today as `YYYY-MM-DD` in the reader's time zone: the page's decision, not the library's. */
function today(): IsoDate {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate;
}

const params = new URLSearchParams(location.search);
const fromUrl = params.get("asOf");
const state: { document: PlanDocument; asOf: IsoDate; indicatorId: string | undefined } = {
  document: parsePlanDocument(castPlanDocument),
  asOf: isDay(fromUrl) ? fromUrl : today(),
  indicatorId: params.get("indicator") ?? undefined,
};

/** Creates an element with text and attributes. */
function h(
  tag: string,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

function formatValue(value: number, decimals: number): string {
  return value.toLocaleString("en", { maximumFractionDigits: decimals });
}

/** One indicator: its latest value, and per target a bar of the distance share covered. */
function indicatorBlock(
  indicator: ProgressReport["indicators"][number],
  locale: Locale,
): HTMLElement {
  const latest = indicator.latest
    ? `latest ${formatValue(indicator.latest.value, indicator.decimals)} ${indicator.unit} (${indicator.latest.period})`
    : "no observation yet";
  const heading = h("h3", { title: "Show its trajectory" }, localize(indicator.name, locale), " ");
  heading.append(h("span", { class: "latest" }, latest));
  const block = h("div", {
    class: `indicator${indicator.id === state.indicatorId ? " selected" : ""}`,
    "data-indicator": indicator.id,
  });
  block.append(heading);
  heading.addEventListener("click", () => selectIndicator(indicator.id));
  for (const target of indicator.targets) {
    const share = target.distanceShare?.clamped;
    const percent = share === undefined ? undefined : Math.round(share * 100);
    const achieved = target.status.startsWith("achieved");
    const row = h("div", {
      class: `target${achieved ? " achieved" : ""}${percent === undefined ? " unmeasurable" : ""}`,
      "data-target": target.id,
    });
    const bar = h("div", {
      class: "bar",
      role: "meter",
      "aria-valuemin": "0",
      "aria-valuemax": "100",
      "aria-label": localize(target.label, locale),
    });
    if (percent !== undefined) {
      bar.setAttribute("aria-valuenow", String(percent));
      bar.append(h("span", { style: `width: ${percent}%` }));
    }
    const words = [target.status.replaceAll("-", " ")];
    if (target.escapCategory) words.push(`ESCAP: ${target.escapCategory.replaceAll("-", " ")}`);
    if (target.forecast?.year !== null && target.forecast?.year !== undefined)
      words.push(`forecast ${Math.round(target.forecast.year)}`);
    if (target.reason) words.push(target.reason);
    row.append(
      h(
        "span",
        {
          class: "label",
          title: `${localize(target.label, locale)} — set by ${localize(target.setBy, locale)}`,
        },
        localize(target.label, locale),
      ),
      bar,
      h("span", { class: "percent" }, percent === undefined ? "—" : `${percent} %`),
      h("span", { class: "status" }, words.join(" · ")),
    );
    block.append(row);
  }
  return block;
}

function renderProgress(report: ProgressReport, locale: Locale): void {
  ui.title.textContent = `${localize(report.title, locale)}: progress dashboard`;
  const measured = report.indicators.filter((i) => i.targets.some((t) => t.distanceShare));
  ui.summary.textContent = `As of ${report.asOf}: ${report.indicators.length} indicators, ${measured.length} with a measured target. Bars show the share of the distance from the baseline to each target that the latest value covers (ESCAP current status, clamped to 0–100 %).`;
  ui.indicators.replaceChildren(...report.indicators.map((i) => indicatorBlock(i, locale)));
}

function renderTrajectory(report: ProgressReport, locale: Locale): void {
  const options = report.indicators.filter((i) => i.observations > 0);
  if (!options.some((i) => i.id === state.indicatorId)) state.indicatorId = options[0]?.id;
  ui.indicatorSelect.replaceChildren(
    ...options.map((i) => {
      const option = h("option", { value: i.id }, localize(i.name, locale)) as HTMLOptionElement;
      option.selected = i.id === state.indicatorId;
      return option;
    }),
  );
  const input = state.indicatorId
    ? trajectoryInput(state.document, state.indicatorId, state.asOf, locale)
    : undefined;
  // The SVG is the library's own escaped output, so it is inserted as markup.
  ui.trajectory.innerHTML = input
    ? renderTrajectorySvg({ ...input, locale })
    : "<p class='note'>No indicator has observations.</p>";
}

/** The evaluations due after the date: the next one, and the two after it. */
function nextEvaluations(skeleton: Parameters<typeof findNextEvaluation>[0]): ScheduleEvent[] {
  const out: ScheduleEvent[] = [];
  let from = state.asOf;
  for (let i = 0; i < 3; i++) {
    const next = findNextEvaluation(skeleton, from);
    if (!next) break;
    out.push(next);
    from = next.due;
  }
  return out;
}

function renderCalendar(locale: Locale): void {
  const skeleton = skeletonOf(state.document);
  if (typeof skeleton === "string") {
    ui.nextEvaluations.replaceChildren(h("li", {}, `No calendar: ${skeleton}`));
    ui.gantt.replaceChildren();
    return;
  }
  const next = nextEvaluations(skeleton);
  ui.nextEvaluations.replaceChildren(
    ...(next.length > 0
      ? next.map((e, i) =>
          h(
            "li",
            { "data-due": e.due },
            h("strong", {}, i === 0 ? "Next evaluation: " : "Then: "),
            `${e.label} (${e.kind}), due ${e.due}`,
          ),
        )
      : [h("li", {}, `No evaluation is due after ${state.asOf}.`)]),
  );
  ui.gantt.innerHTML = renderGanttSvg({
    ...ganttInput(state.document, skeleton, state.asOf, locale),
    locale,
  });
}

/**
 * Renders the whole page in a language: the plan's own names and labels (their official Chinese
 * form where the data has one, else English) and the charts' words and dates follow the locale;
 * the page's own words stay English, as the note under the switch says.
 */
function render(locale: Locale): void {
  document.body.removeAttribute("data-ready");
  document.documentElement.lang = locale;
  ui.localeNote.hidden = locale === "en";
  const report = buildProgressReport(state.document, { asOf: state.asOf });
  renderProgress(report, locale);
  renderTrajectory(report, locale);
  renderCalendar(locale);
  // Tests and screenshots wait for this attribute.
  document.body.setAttribute("data-ready", state.asOf);
}

function currentLocale(): Locale {
  return ui.locale.value === "zh-CN" ? "zh-CN" : "en";
}

function selectIndicator(id: string): void {
  state.indicatorId = id;
  render(currentLocale());
}

ui.asOf.value = state.asOf;
ui.asOf.addEventListener("change", () => {
  const value = ui.asOf.value;
  if (!isDay(value)) return;
  state.asOf = value;
  const url = new URL(location.href);
  url.searchParams.set("asOf", state.asOf);
  history.replaceState(null, "", url);
  render(currentLocale());
});
ui.locale.addEventListener("change", () => render(currentLocale()));
ui.indicatorSelect.addEventListener("change", () => selectIndicator(ui.indicatorSelect.value));

/** Checks an uploaded file; a valid document replaces the CAST plan on the page. */
ui.upload.addEventListener("change", async () => {
  const file = ui.upload.files?.[0];
  if (!file) return;
  ui.uploadResult.removeAttribute("data-checked");
  let input: unknown;
  try {
    input = JSON.parse(await file.text());
  } catch (error) {
    ui.uploadResult.replaceChildren(
      h("p", { class: "bad" }, `${file.name} is not JSON: ${(error as Error).message}`),
    );
    ui.uploadResult.setAttribute("data-checked", "invalid");
    return;
  }
  const result = safeParsePlanDocument(input);
  if (result.success) {
    state.document = result.data;
    state.indicatorId = undefined;
    ui.uploadResult.replaceChildren(
      h(
        "p",
        { class: "ok" },
        `${file.name} is valid: ${result.data.plans.length} plan(s), ${result.data.indicators.length} indicator(s). The page now shows it.`,
      ),
    );
    ui.uploadResult.setAttribute("data-checked", "valid");
    render(currentLocale());
    return;
  }
  // One line per problem, `$.path: message (rule)`, exactly as formatIssues writes it; the path
  // (formatPath) is set in code type.
  const list = h("ul", { id: "issues" });
  for (const issue of result.issues) {
    const path = formatPath(issue.path);
    list.append(
      h("li", { "data-path": path }, h("code", {}, path), formatIssues([issue]).slice(path.length)),
    );
  }
  ui.uploadResult.replaceChildren(
    h("p", { class: "bad" }, `${file.name} has ${result.issues.length} problem(s):`),
    list,
  );
  ui.uploadResult.setAttribute("data-checked", "invalid");
});

render(currentLocale());
