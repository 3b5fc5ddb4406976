import { dayNumber, isoFromDayNumber } from "../dates/dayNumbers.js";
import type { Locale } from "../period/locale.js";
import type { GanttItem } from "./GanttItem.js";
import { invalidArgument, requireIsoDay } from "./workdays/calendar.js";

/**
 * Options of {@link toMermaidGantt}.
 *
 * @example
 * ```ts
 * import { toMermaidGantt } from "cast-plan";
 * toMermaidGantt([], { title: "Plan", tickInterval: "60month" }).split("\n")[1] // => "    title Plan"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface MermaidGanttOptions {
  /** The diagram title. */
  readonly title?: string | undefined;
  /** The d3 axis format; default `%Y` (`%Y年` in `zh-CN`). */
  readonly axisFormat?: string | undefined;
  /**
   * The locale of the diagram's own words (the default axis format, the name of an unnamed
   * section); default `en`. Titles, sections and item names are written by the caller in it.
   */
  readonly locale?: Locale | undefined;
  /** The tick interval, `<n><millisecond|second|minute|hour|day|week|month>` (no `year`: use `60month`). */
  readonly tickInterval?: string | undefined;
  /** `false` keeps the today marker; default `true` writes `todayMarker off` (output must not depend on today). */
  readonly todayMarkerOff?: boolean | undefined;
  /** `excludes` values: `weekends`, weekday names or `YYYY-MM-DD` dates. */
  readonly excludes?: readonly string[] | undefined;
}

const KEYWORDS = [
  "title",
  "section",
  "dateformat",
  "axisformat",
  "tickinterval",
  "excludes",
  "includes",
  "todaymarker",
  "weekday",
  "weekend",
  "inclusiveenddates",
  "topaxis",
  "click",
  "acctitle",
  "accdescr",
  "accdescription",
  "gantt",
];
const TICK = /^([1-9][0-9]*)(millisecond|second|minute|hour|day|week|month)$/;

/** Makes text safe as a Mermaid task title: no `:`, no newline, not starting with a keyword. */
function safeTitle(text: string, fallback: string): string {
  let t = text
    .replace(/[\r\n]+/g, " ")
    .replace(/:/g, "\uFF1A")
    .trim();
  if (t.length === 0) t = fallback;
  const lower = t.toLowerCase();
  if (KEYWORDS.some((k) => lower.startsWith(k)) || t.startsWith("%%")) t = `\u00B7 ${t}`;
  return t;
}

/** Makes text safe on a `title` or `section` line: no `:`, `#`, `;` or newline. */
function safeLine(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/:/g, "\uFF1A")
    .replace(/#/g, "\uFF03")
    .replace(/;/g, "\uFF1B")
    .trim();
}

/**
 * Writes Mermaid `gantt` text: sections in order of first appearance, explicit dates, exclusive
 * end dates (Mermaid's default), milestones as `milestone, id, date, 0d`.
 *
 * @remarks
 * Sanitising rules from the Mermaid gantt grammar (`gantt.jison`, v11.14.0; reference §A4.2):
 * a `:` in a title becomes a full-width `：` (U+FF1A); a title starting with a keyword
 * (`title`, `section`, `excludes`, … compared case-insensitively) gets a `· ` prefix; ids are
 * rewritten to `^[A-Za-z][A-Za-z0-9_-]*$` (invalid characters become `_`, a `t` is prefixed when
 * needed, duplicates get `_2`, `_3`…); `title`/`section` lines also lose `#` and `;` (full-width).
 * An item ending on 2025-12-31 is written with end `2026-01-01`. Syntax:
 * https://mermaid.js.org/syntax/gantt.html.
 *
 * @param items - The items; `section` groups them, `critical`/`done`/`active`/`milestone` become tags.
 * @param options - Title, axis format, tick interval, excludes.
 * @returns The Mermaid text, lines joined with `\n`, indented by four spaces.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for an invalid date or tick interval.
 *
 * @example
 * ```ts
 * import { toMermaidGantt } from "cast-plan";
 * toMermaidGantt([{ id: "p1", name: "Plan: phase 1", start: "2021-01-01", finish: "2025-12-31" }]).split("\n").at(-1)
 * // => "    Plan： phase 1 :p1, 2021-01-01, 2026-01-01"
 * toMermaidGantt([], { locale: "zh-CN" }).includes("axisFormat %Y年") // => true
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function toMermaidGantt(
  items: readonly GanttItem[],
  options: MermaidGanttOptions = {},
): string {
  const fn = "toMermaidGantt";
  if (options.tickInterval !== undefined && !TICK.test(options.tickInterval)) {
    invalidArgument(
      fn,
      ["options", "tickInterval"],
      "tick-interval",
      `tickInterval ${JSON.stringify(options.tickInterval)} is not <n><millisecond|second|minute|hour|day|week|month>`,
    );
  }
  const zh = options.locale === "zh-CN";
  const lines = ["gantt"];
  if (options.title !== undefined) lines.push(`    title ${safeLine(options.title)}`);
  lines.push(
    "    dateFormat YYYY-MM-DD",
    `    axisFormat ${safeLine(options.axisFormat ?? (zh ? "%Y年" : "%Y"))}`,
  );
  if (options.tickInterval !== undefined) lines.push(`    tickInterval ${options.tickInterval}`);
  if (options.todayMarkerOff !== false) lines.push("    todayMarker off");
  if (options.excludes && options.excludes.length > 0)
    lines.push(`    excludes ${options.excludes.map(safeLine).join(", ")}`);
  const ids = new Map<GanttItem, string>();
  const used = new Set<string>();
  for (const item of items) {
    let id = item.id.replace(/[^A-Za-z0-9_-]/g, "_");
    if (!/^[A-Za-z]/.test(id)) id = `t${id}`;
    let unique = id;
    for (let k = 2; used.has(unique); k++) unique = `${id}_${k}`;
    used.add(unique);
    ids.set(item, unique);
  }
  const sections: (string | undefined)[] = [];
  for (const item of items) if (!sections.includes(item.section)) sections.push(item.section);
  sections.sort((a, b) => (a === undefined ? -1 : b === undefined ? 1 : 0));
  items.forEach((item, index) => {
    requireIsoDay(fn, item.start, ["items", index, "start"]);
    requireIsoDay(fn, item.finish, ["items", index, "finish"]);
  });
  for (const section of sections) {
    if (section !== undefined)
      lines.push(`    section ${safeLine(section) || (zh ? "分组" : "Section")}`);
    for (const item of items.filter((x) => x.section === section)) {
      const tags: string[] = [];
      if (item.active) tags.push("active");
      if (item.done) tags.push("done");
      if (item.critical) tags.push("crit");
      if (item.milestone) tags.push("milestone");
      const id = ids.get(item) as string;
      const end = item.milestone ? "0d" : isoFromDayNumber(dayNumber(item.finish) + 1);
      const data = [...tags, id, item.start, end].join(", ");
      lines.push(`    ${safeTitle(item.name, id)} :${data}`);
    }
  }
  return lines.join("\n");
}
