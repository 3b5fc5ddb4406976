import { formatCalendarPoint, type Locale, localize } from "../period/locale.js";
import type { ProgressReport } from "./buildProgressReport.js";
import {
  ESCAP_LABELS,
  FLAG_MARKS,
  FLAG_WORDS,
  goalText,
  methodSummaryZh,
  PHRASES,
  STATUS_LABELS,
  WARNING_TEXT_ZH,
} from "./labels.js";
import { renderProgressBar } from "./renderProgressBar.js";

/**
 * Options of {@link renderProgressReportText}.
 *
 * @category Reports
 * @since 0.1.0
 */
export interface RenderProgressReportTextOptions {
  /** Use ANSI colours for statuses; default `false` (the CLI turns it on only on a TTY without NO_COLOR). */
  readonly color?: boolean | undefined;
  /** Use ASCII progress bars; default `false`. */
  readonly ascii?: boolean | undefined;
  /** The width of the progress bars; default 20. */
  readonly barWidth?: number | undefined;
  /** The locale of the words, dates and the document's own text; default `en`. */
  readonly locale?: Locale | undefined;
}

/**
 * Options of {@link renderProgressReportMarkdown}.
 *
 * @category Reports
 * @since 0.2.0
 */
export interface RenderProgressReportMarkdownOptions {
  /** The locale of the words, dates and the document's own text; default `en`. */
  readonly locale?: Locale | undefined;
}

type TargetRow = ProgressReport["indicators"][number]["targets"][number];
type Warning = TargetRow["warnings"][number];

function fmt(n: number, digits = 2): string {
  const s = n.toFixed(digits);
  return s === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : s;
}

/** The calendar year a decimal year falls in: the end of year Y is Y, so (Y − 1, Y] is year Y. */
function calendarYear(decimalYear: number): number {
  return Math.ceil(decimalYear - 1e-9);
}

const STATUS_ZH: Record<string, string> = { provisional: "初步", estimated: "估计" };
const IMPUTED_WORDS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { "carried-forward": "carried forward", interpolated: "interpolated" },
  "zh-CN": { "carried-forward": "含沿用上期数值", interpolated: "含插值" },
};

/**
 * A period, with the status of a value that is not final and how a combined figure was
 * completed: `2023`, `2019-05, estimated`, `2024, provisional, carried forward`.
 */
function when(
  point: {
    readonly period: string;
    readonly status: string;
    readonly imputed?: string | null | undefined;
  },
  locale: Locale,
): string {
  const zh = locale === "zh-CN";
  const parts = [formatCalendarPoint(point.period, locale)];
  if (point.status !== "final")
    parts.push(zh ? (STATUS_ZH[point.status] ?? point.status) : point.status);
  if (point.imputed) parts.push(IMPUTED_WORDS[locale][point.imputed] ?? point.imputed);
  return parts.join(zh ? "，" : ", ");
}

/** Brackets after a value: full-width and without a space in Chinese. */
function paren(text: string, locale: Locale): string {
  return locale === "zh-CN" ? `（${text}）` : ` (${text})`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A warning's text for a person: its own message in English, the code's sentence in Chinese. */
function warningText(w: Warning, locale: Locale): string {
  return locale === "zh-CN" ? (WARNING_TEXT_ZH[w.code] ?? w.message) : w.message;
}

/** Why a target cannot be measured: the reason (English), or its warnings' Chinese text. */
function reasonText(t: TargetRow, locale: Locale): string {
  if (locale !== "zh-CN") return t.reason ?? "";
  if (t.reason === null) return "";
  const codes = [...new Set(t.warnings.map((w) => warningText(w, locale)))];
  return codes.length > 0 ? codes.join("；") : STATUS_LABELS[locale].unmeasurable;
}

function outlook(t: TargetRow, decimals: number, locale: Locale): string {
  const words = PHRASES[locale];
  const zh = locale === "zh-CN";
  const parts: string[] = [];
  if (t.reason) parts.push(zh ? reasonText(t, locale) : t.reason);
  if (t.escapCategory && t.status === "active") parts.push(ESCAP_LABELS[locale][t.escapCategory]);
  if (t.projection && t.status === "active")
    parts.push(
      zh
        ? `${words.projected} ${fmt(t.projection.projectedValue, decimals)}`
        : `projected ${fmt(t.projection.projectedValue, decimals)} at the deadline`,
    );
  if (t.forecast && t.status === "active") {
    parts.push(
      t.forecast.outcome === "reached" && t.forecast.year !== null
        ? zh
          ? `${words.reachedDuring} ${formatCalendarPoint(calendarYear(t.forecast.year), locale)}`
          : `reached during ${calendarYear(t.forecast.year)}`
        : t.forecast.outcome === "not-reached"
          ? words.notReached
          : "",
    );
  }
  return parts.filter(Boolean).join(zh ? "；" : "; ");
}

/** A target's line heading: the report's English label, or in Chinese deadline, goal and who set it. */
function targetHeading(t: TargetRow, unit: string, locale: Locale): string {
  if (locale !== "zh-CN") return t.label.en;
  const goal = goalText(t, unit, locale, String);
  const by = t.label.zh ?? t.setBy.zh ?? t.setBy.en;
  return `${formatCalendarPoint(t.deadline, locale)}：${goal}（${by}）`;
}

/**
 * Renders a progress report as terminal text: one block per indicator with its latest value and
 * baseline, then one line per target with a progress bar of the clamped distance share, the
 * status and the outlook, then warnings.
 *
 * @param report - The report from {@link buildProgressReport}.
 * @param options - Colour, bar and locale options (`locale: "zh-CN"` writes Chinese words, dates
 *   such as `2024年6月`, the document's Chinese titles where it has them, and one Chinese
 *   sentence per warning code; codes stay English).
 * @returns The text, ending with a newline.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { type ProgressReport, renderProgressReportText } from "cast-plan";
 * const report: ProgressReport = {
 *   format: "cast-plan/progress-report@3", title: { en: "Demo", zh: "示例" }, asOf: "2021-06-30",
 *   method: { projection: "weighted-linear", summary: "Distance share." },
 *   indicators: [], items: [],
 * };
 * const text = renderProgressReportText(report);
 * text.split("\n")[0] // => "Demo — progress as of 2021-06-30"
 * renderProgressReportText(report, { locale: "zh-CN" }).split("\n")[0] // => "示例 — 进展（截至2021年6月30日）"
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export function renderProgressReportText(
  report: ProgressReport,
  options: RenderProgressReportTextOptions = {},
): string {
  const locale = options.locale ?? "en";
  const zh = locale === "zh-CN";
  const words = PHRASES[locale];
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const statusColour = (status: TargetRow["status"]) =>
    status.startsWith("achieved")
      ? "32"
      : status === "missed"
        ? "31"
        : status === "unmeasurable"
          ? "33"
          : "36";
  const asOf = formatCalendarPoint(report.asOf, locale);
  const lines: string[] = [
    paint(
      "1",
      zh
        ? `${localize(report.title, locale)} — ${words.progressAsOf}${asOf}）`
        : `${report.title.en} — progress as of ${asOf}`,
    ),
    zh
      ? `${words.method}：${methodSummaryZh(report.method.projection, report.method.completeness)}`
      : `Method: ${report.method.summary}`,
    "",
  ];
  for (const indicator of report.indicators) {
    const d = indicator.decimals;
    const latest = indicator.latest
      ? `${words.latest} ${fmt(indicator.latest.value, d)}${paren(when(indicator.latest, locale), locale)}`
      : words.noData;
    const baseline = indicator.baseline
      ? `${words.baseline} ${fmt(indicator.baseline.value, d)}${paren(when(indicator.baseline, locale), locale)}`
      : words.noBaseline;
    const count = zh
      ? `${indicator.observations} ${words.observations}`
      : `${indicator.observations} ${indicator.observations === 1 ? words.observation : words.observations}`;
    lines.push(
      paint("1", `${localize(indicator.name, locale)} [${indicator.unit}]`),
      `  ${latest} · ${baseline} · ${count}`,
    );
    for (const t of indicator.targets) {
      const share = t.distanceShare ? t.distanceShare.clamped : Number.NaN;
      const bar = renderProgressBar(share, { width: options.barWidth ?? 20, ascii: options.ascii });
      const shareText = t.distanceShare
        ? percent(t.distanceShare.clamped).padStart(5)
        : zh
          ? "  不适用"
          : "  n/a";
      const detail = t.status === "unmeasurable" ? reasonText(t, locale) : outlook(t, d, locale);
      lines.push(
        `  ${targetHeading(t, indicator.unit, locale)}`,
        `    ${bar} ${shareText}  ${paint(statusColour(t.status), STATUS_LABELS[locale][t.status])}${detail ? ` — ${detail}` : ""}`,
      );
    }
    for (const w of humanWarnings(indicator, locale))
      lines.push(paint("33", `    ! ${w.text}${zh ? `（${w.code}）` : ""}`));
    lines.push("");
  }
  if (report.items.length > 0) {
    lines.push(paint("1", words.rollUp));
    const legend = flagLegend(report.items, locale);
    if (legend) lines.push(`  ${legend}`);
    for (const item of report.items) {
      const bar = renderProgressBar(item.progress ?? Number.NaN, {
        width: 12,
        ascii: options.ascii,
      });
      const value =
        item.progress === null ? (zh ? "  不适用" : "  n/a") : percent(item.progress).padStart(5);
      lines.push(
        `${"  ".repeat(item.depth + 1)}${bar} ${value}${flagMarks(item.flags, locale)}  ${localize(item.heading, locale)}  ${zh ? `（${rollUpNote(item, locale)}）` : `(${rollUpNote(item, locale)})`}`,
      );
    }
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

type RollUpRow = ProgressReport["items"][number];

/** The marks of a roll-up figure's flags: ` (p)`, ` (p, e)`; `（初）` in Chinese; empty without. */
function flagMarks(flags: RollUpRow["flags"], locale: Locale): string {
  if (flags.length === 0) return "";
  const marks = flags.map((f) => FLAG_MARKS[locale][f]);
  return locale === "zh-CN" ? `（${marks.join("、")}）` : ` (${marks.join(", ")})`;
}

/** The legend of the flags some roll-up row carries, or an empty string. */
function flagLegend(rows: readonly RollUpRow[], locale: Locale): string {
  const used = ROLL_UP_FLAG_ORDER.filter((f) => rows.some((row) => row.flags.includes(f)));
  if (used.length === 0) return "";
  const entries = used.map((f) =>
    locale === "zh-CN"
      ? `（${FLAG_MARKS[locale][f]}）${FLAG_WORDS[locale][f]}`
      : `(${FLAG_MARKS[locale][f]}) ${FLAG_WORDS[locale][f]}`,
  );
  return locale === "zh-CN" ? `标记：${entries.join("；")}` : `Marks: ${entries.join("; ")}`;
}

const ROLL_UP_FLAG_ORDER: readonly RollUpRow["flags"][number][] = [
  "provisional",
  "estimated",
  "carried-forward",
  "interpolated",
  "incomplete",
];

/** Coverage with its counts: `coverage 17%: 1 of 6 items with evidence`. */
function coverageText(item: RollUpRow, locale: Locale): string {
  const { total, withEvidence } = item.leaves;
  if (locale === "zh-CN")
    return total === 0
      ? `覆盖率 ${percent(item.coverage)}：无可计项`
      : `覆盖率 ${percent(item.coverage)}：${total} 项中 ${withEvidence} 项有依据`;
  return total === 0
    ? `coverage ${percent(item.coverage)}: no items to count`
    : `coverage ${percent(item.coverage)}: ${withEvidence} of ${total} ${total === 1 ? "item" : "items"} with evidence`;
}

/** What a roll-up row's figure rests on beyond its children's rows: contributors judged here
 * against other targets, and indicator links not counted. */
function rollUpNotes(item: RollUpRow, locale: Locale): string[] {
  const zh = locale === "zh-CN";
  const notes: string[] = [];
  for (const j of item.judgedHere) {
    const value = j.progress === null ? (zh ? "不适用" : "n/a") : percent(j.progress);
    const targets = j.targets.map((t) =>
      zh ? `「${localize(t.label, locale)}」` : `"${localize(t.label, locale)}"`,
    );
    notes.push(
      zh
        ? `${localize(j.heading, locale)}在此计 ${value}，按目标${targets.join("、")}评估`
        : `${localize(j.heading, locale)} counts ${value} here, judged against the ${targets.length === 1 ? "target" : "targets"} ${targets.join(" and ")}`,
    );
  }
  for (const d of item.duplicates) {
    const name = localize(d.indicator, locale);
    const through = d.through.map((t) => localize(t.heading, locale));
    notes.push(
      through.length === 0
        ? zh
          ? `${name}重复列出，只计一次`
          : `${name} is listed twice, counted once`
        : zh
          ? `${name}经${through.join("、")}计入，只计一次`
          : `${name} counted once, through ${through.join(", ")}`,
    );
  }
  return notes;
}

/** The bracket after a roll-up row: coverage, what has no data (those rows are not shown), achieved. */
function rollUpNote(item: RollUpRow, locale: Locale): string {
  const parts = [coverageText(item, locale)];
  if (locale === "zh-CN") {
    if (item.withoutData > 0)
      parts.push(`${item.contributors} 项中 ${item.withoutData} 项无数据，未显示`);
    if (item.achieved) parts.push("已达成");
    return [...parts, ...rollUpNotes(item, locale)].join("；");
  }
  if (item.withoutData > 0)
    parts.push(`${item.withoutData} of ${item.contributors} contributors without data, not shown`);
  if (item.achieved) parts.push("achieved");
  return [...parts, ...rollUpNotes(item, locale)].join("; ");
}

/** The warnings worth showing a person: deduplicated, without "deadline passed" on achieved targets. */
function humanWarnings(
  indicator: ProgressReport["indicators"][number],
  locale: Locale,
): { code: string; text: string }[] {
  const targetWarnings = indicator.targets.flatMap((t) =>
    t.status.startsWith("achieved")
      ? t.warnings.filter((w) => w.code !== "target-year-passed")
      : t.warnings,
  );
  // A target repeats the indicator's "no observation" with its own wording only when the dates
  // differ; one line per code and message is enough.
  // In Chinese a code has one sentence, so one line per code.
  return dedupe(
    [...indicator.warnings, ...targetWarnings].map((w) => ({
      code: w.code,
      text: warningText(w, locale),
    })),
  );
}

function dedupe<T extends { code: string; text: string }>(warnings: readonly T[]): T[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}|${w.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

/**
 * Renders a progress report as Markdown: a table of targets per indicator (deadline, target, set
 * by, latest, distance share, status, outlook), warnings as a list, and the roll-up as a table.
 *
 * @param report - The report from {@link buildProgressReport}.
 * @param options - The locale; default `en`.
 * @returns The Markdown text, ending with a newline.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { type ProgressReport, renderProgressReportMarkdown } from "cast-plan";
 * const report: ProgressReport = {
 *   format: "cast-plan/progress-report@3", title: { en: "Demo", zh: "示例" }, asOf: "2021-06-30",
 *   method: { projection: "weighted-linear", summary: "Distance share." },
 *   indicators: [], items: [],
 * };
 * const md = renderProgressReportMarkdown(report);
 * md.startsWith("# Demo") // => true
 * renderProgressReportMarkdown(report, { locale: "zh-CN" }).startsWith("# 示例") // => true
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export function renderProgressReportMarkdown(
  report: ProgressReport,
  options: RenderProgressReportMarkdownOptions = {},
): string {
  const locale = options.locale ?? "en";
  const zh = locale === "zh-CN";
  const words = PHRASES[locale];
  const asOf = formatCalendarPoint(report.asOf, locale);
  const out: string[] = [
    `# ${localize(report.title, locale)}`,
    "",
    zh
      ? `进展截至 **${asOf}**。${methodSummaryZh(report.method.projection, report.method.completeness)}`
      : `Progress as of **${asOf}**. ${report.method.summary}`,
    "",
  ];
  for (const indicator of report.indicators) {
    out.push(`## ${cell(localize(indicator.name, locale))} (${cell(indicator.unit)})`, "");
    const d = indicator.decimals;
    const latest = indicator.latest
      ? zh
        ? `${fmt(indicator.latest.value, d)}（${when(indicator.latest, locale)}）`
        : `${fmt(indicator.latest.value, d)} in ${when(indicator.latest, locale)}`
      : words.noData;
    const baseline = indicator.baseline
      ? zh
        ? `${fmt(indicator.baseline.value, d)}（${when(indicator.baseline, locale)}，${indicator.baseline.source === "indicator" ? words.declared : words.fromObservations}）`
        : `${fmt(indicator.baseline.value, d)} in ${when(indicator.baseline, locale)} (${indicator.baseline.source})`
      : words.none;
    out.push(
      zh
        ? `最新值：${latest}。基线：${baseline}。${words.observationsUsed}：${indicator.observations} 个。`
        : `Latest: ${latest}. Baseline: ${baseline}. Observations used: ${indicator.observations}.`,
      "",
    );
    if (indicator.targets.length > 0) {
      out.push(
        `| ${words.target} | ${words.setBy} | ${words.progress} | ${words.status} | ${words.outlook} |`,
        "| --- | --- | --- | --- | --- |",
      );
      for (const t of indicator.targets) {
        const progress = t.distanceShare
          ? `${percent(t.distanceShare.clamped)} (${words.raw} ${fmt(t.distanceShare.raw, 3)})`
          : words.notAvailable;
        const detail = t.status === "unmeasurable" ? reasonText(t, locale) : outlook(t, d, locale);
        const target = zh
          ? `${formatCalendarPoint(t.deadline, locale)}：${goalText(t, indicator.unit, locale, String)}`
          : `${t.deadline}: ${t.goal}`;
        out.push(
          `| ${cell(target)} | ${cell(localize(t.setBy, locale))} | ${progress} | ${STATUS_LABELS[locale][t.status]} | ${cell(detail)} |`,
        );
      }
      out.push("");
    }
    const warnings = humanWarnings(indicator, locale);
    if (warnings.length > 0)
      out.push(...warnings.map((w) => `- ⚠ ${cell(w.text)} (\`${w.code}\`)`), "");
  }
  if (report.items.length > 0) {
    out.push(
      `## ${words.rollUp}`,
      "",
      `| ${words.item} | ${words.progress} | ${words.coverage} | ${words.withoutData} | ${words.achieved} | ${words.notes} |`,
      "| --- | --- | --- | --- | --- | --- |",
    );
    for (const item of report.items) {
      const without = zh
        ? `${item.contributors} 项中 ${item.withoutData} 项`
        : `${item.withoutData} of ${item.contributors}`;
      const { total, withEvidence } = item.leaves;
      const coverage = zh
        ? `${percent(item.coverage)}（${total} 项中 ${withEvidence} 项有依据）`
        : `${percent(item.coverage)} (${withEvidence} of ${total} ${total === 1 ? "item" : "items"})`;
      const progress =
        item.progress === null
          ? words.notAvailable
          : `${percent(item.progress)}${flagMarks(item.flags, locale)}`;
      out.push(
        `| ${"&nbsp;&nbsp;".repeat(item.depth)}${cell(localize(item.heading, locale))} | ${progress} | ${coverage} | ${without} | ${item.achieved ? words.yes : words.no} | ${cell(rollUpNotes(item, locale).join(zh ? "；" : "; "))} |`,
      );
    }
    out.push("");
    const legend = flagLegend(report.items, locale);
    if (legend) out.push(legend, "");
  }
  return `${out.join("\n")}\n`;
}
