import type { ProgressReport } from "./buildProgressReport.js";
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
}

type TargetRow = ProgressReport["indicators"][number]["targets"][number];

const STATUS_TEXT: Record<TargetRow["status"], string> = {
  "achieved-early": "achieved early",
  "achieved-on-time": "achieved on time",
  "achieved-late": "achieved late",
  missed: "missed",
  active: "in progress",
  "not-yet-started": "not yet started",
  unmeasurable: "cannot be measured",
};

function fmt(n: number, digits = 2): string {
  const s = n.toFixed(digits);
  return s === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : s;
}

/** The calendar year a decimal year falls in: the end of year Y is Y, so (Y − 1, Y] is year Y. */
function calendarYear(decimalYear: number): number {
  return Math.ceil(decimalYear - 1e-9);
}

/** A period, with the status of a value that is not final: `2023`, `2019-05, estimated`. */
function when(point: { readonly period: string; readonly status: string }): string {
  return point.status === "final" ? point.period : `${point.period}, ${point.status}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

const ESCAP_TEXT: Record<NonNullable<TargetRow["escapCategory"]>, string> = {
  maintain: "maintain",
  accelerate: "accelerate",
  reverse: "reverse the trend",
  "insufficient-data": "too few observations for a trend",
  "target-year-passed": "the deadline has passed",
};

function outlook(t: TargetRow, decimals: number): string {
  const parts: string[] = [];
  if (t.reason) parts.push(t.reason);
  if (t.escapCategory && t.status === "active") parts.push(ESCAP_TEXT[t.escapCategory]);
  if (t.projection && t.status === "active")
    parts.push(`projected ${fmt(t.projection.projectedValue, decimals)} at the deadline`);
  if (t.forecast && t.status === "active") {
    parts.push(
      t.forecast.outcome === "reached" && t.forecast.year !== null
        ? `reached during ${calendarYear(t.forecast.year)}`
        : t.forecast.outcome === "not-reached"
          ? "not reached by the trend"
          : "",
    );
  }
  return parts.filter(Boolean).join("; ");
}

/**
 * Renders a progress report as terminal text: one block per indicator with its latest value and
 * baseline, then one line per target with a progress bar of the clamped distance share, the
 * status and the outlook, then warnings.
 *
 * @param report - The report from {@link buildProgressReport}.
 * @param options - Colour and bar options.
 * @returns The text, ending with a newline.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { renderProgressReportText } from "cast-plan";
 * const text = renderProgressReportText({
 *   format: "cast-plan/progress-report@1", title: "Demo", asOf: "2021-06-30",
 *   method: { projection: "weighted-linear", summary: "Distance share." },
 *   indicators: [], items: [],
 * });
 * text.split("\n")[0] // => "Demo — progress as of 2021-06-30"
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export function renderProgressReportText(
  report: ProgressReport,
  options: RenderProgressReportTextOptions = {},
): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const statusColour = (status: TargetRow["status"]) =>
    status.startsWith("achieved")
      ? "32"
      : status === "missed"
        ? "31"
        : status === "unmeasurable"
          ? "33"
          : "36";
  const lines: string[] = [
    paint("1", `${report.title} — progress as of ${report.asOf}`),
    `Method: ${report.method.summary}`,
    "",
  ];
  for (const indicator of report.indicators) {
    const d = indicator.decimals;
    const latest = indicator.latest
      ? `latest ${fmt(indicator.latest.value, d)} (${when(indicator.latest)})`
      : "no data yet";
    const baseline = indicator.baseline
      ? `baseline ${fmt(indicator.baseline.value, d)} (${when(indicator.baseline)})`
      : "no baseline";
    lines.push(
      paint("1", `${indicator.name} [${indicator.unit}]`),
      `  ${latest} · ${baseline} · ${indicator.observations} ${indicator.observations === 1 ? "observation" : "observations"}`,
    );
    for (const t of indicator.targets) {
      const share = t.distanceShare ? t.distanceShare.clamped : Number.NaN;
      const bar = renderProgressBar(share, { width: options.barWidth ?? 20, ascii: options.ascii });
      const shareText = t.distanceShare ? percent(t.distanceShare.clamped).padStart(5) : "  n/a";
      const detail = t.status === "unmeasurable" ? (t.reason ?? "") : outlook(t, d);
      lines.push(
        `  ${t.label}`,
        `    ${bar} ${shareText}  ${paint(statusColour(t.status), STATUS_TEXT[t.status])}${detail ? ` — ${detail}` : ""}`,
      );
    }
    for (const w of humanWarnings(indicator)) lines.push(paint("33", `    ! ${w.message}`));
    lines.push("");
  }
  if (report.items.length > 0) {
    lines.push(paint("1", "Roll-up over the plan structure"));
    for (const item of report.items) {
      const bar = renderProgressBar(item.progress ?? Number.NaN, {
        width: 12,
        ascii: options.ascii,
      });
      const value = item.progress === null ? "  n/a" : percent(item.progress).padStart(5);
      lines.push(
        `${"  ".repeat(item.depth + 1)}${bar} ${value}  ${item.heading}  (${rollUpNote(item)})`,
      );
    }
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

/** The bracket after a roll-up row: coverage, what has no data (those rows are not shown), achieved. */
function rollUpNote(item: ProgressReport["items"][number]): string {
  const parts = [`coverage ${percent(item.coverage)}`];
  if (item.withoutData > 0)
    parts.push(`${item.withoutData} of ${item.contributors} without data, not shown`);
  if (item.achieved) parts.push("achieved");
  return parts.join("; ");
}

/** The warnings worth showing a person: deduplicated, without "deadline passed" on achieved targets. */
function humanWarnings(
  indicator: ProgressReport["indicators"][number],
): { code: string; message: string }[] {
  const targetWarnings = indicator.targets.flatMap((t) =>
    t.status.startsWith("achieved")
      ? t.warnings.filter((w) => w.code !== "target-year-passed")
      : t.warnings,
  );
  // A target repeats the indicator's "no observation" with its own wording only when the dates
  // differ; one line per code and message is enough.
  return dedupe([...indicator.warnings, ...targetWarnings]);
}

function dedupe<T extends { code: string; message: string }>(warnings: readonly T[]): T[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}|${w.message}`;
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
 * @returns The Markdown text, ending with a newline.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { renderProgressReportMarkdown } from "cast-plan";
 * const md = renderProgressReportMarkdown({
 *   format: "cast-plan/progress-report@1", title: "Demo", asOf: "2021-06-30",
 *   method: { projection: "weighted-linear", summary: "Distance share." },
 *   indicators: [], items: [],
 * });
 * md.startsWith("# Demo") // => true
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export function renderProgressReportMarkdown(report: ProgressReport): string {
  const out: string[] = [
    `# ${report.title}`,
    "",
    `Progress as of **${report.asOf}**. ${report.method.summary}`,
    "",
  ];
  for (const indicator of report.indicators) {
    out.push(`## ${cell(indicator.name)} (${cell(indicator.unit)})`, "");
    const d = indicator.decimals;
    const latest = indicator.latest
      ? `${fmt(indicator.latest.value, d)} in ${when(indicator.latest)}`
      : "no data yet";
    const baseline = indicator.baseline
      ? `${fmt(indicator.baseline.value, d)} in ${when(indicator.baseline)} (${indicator.baseline.source})`
      : "none";
    out.push(
      `Latest: ${latest}. Baseline: ${baseline}. Observations used: ${indicator.observations}.`,
      "",
    );
    if (indicator.targets.length > 0) {
      out.push(
        "| target | set by | progress | status | outlook |",
        "| --- | --- | --- | --- | --- |",
      );
      for (const t of indicator.targets) {
        const progress = t.distanceShare
          ? `${percent(t.distanceShare.clamped)} (raw ${fmt(t.distanceShare.raw, 3)})`
          : "n/a";
        const detail = t.status === "unmeasurable" ? (t.reason ?? "") : outlook(t, d);
        out.push(
          `| ${cell(`${t.deadline}: ${t.goal}`)} | ${cell(t.setBy)} | ${progress} | ${STATUS_TEXT[t.status]} | ${cell(detail)} |`,
        );
      }
      out.push("");
    }
    const warnings = humanWarnings(indicator);
    if (warnings.length > 0)
      out.push(...warnings.map((w) => `- ⚠ ${cell(w.message)} (\`${w.code}\`)`), "");
  }
  if (report.items.length > 0) {
    out.push(
      "## Roll-up over the plan structure",
      "",
      "| item | progress | coverage | without data | achieved |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const item of report.items) {
      out.push(
        `| ${"&nbsp;&nbsp;".repeat(item.depth)}${cell(item.heading)} | ${item.progress === null ? "n/a" : percent(item.progress)} | ${percent(item.coverage)} | ${item.withoutData} of ${item.contributors} | ${item.achieved ? "yes" : "no"} |`,
      );
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}
