import { dayNumber, isoFromDayNumber, parseIsoDate } from "../dates/dayNumbers.js";
import { CastPlanError } from "../errors/CastPlanError.js";
import { formatCalendarPoint, type Locale } from "../period/locale.js";
import { CHART_PHRASES } from "./labels.js";
import { PALETTE, px, xml } from "./svg.js";

/**
 * One bar (or milestone) of a Gantt chart drawn by {@link renderGanttSvg}.
 *
 * @category Reports
 * @since 0.1.0
 */
export interface GanttRow {
  /** The row's label. */
  readonly label: string;
  /** The first day, `YYYY-MM-DD` (inclusive). */
  readonly start: string;
  /** The last day, `YYYY-MM-DD` (inclusive); equal to `start` for a milestone. */
  readonly end: string;
  /** The section the row belongs to; rows of one section share a colour and a heading. */
  readonly section?: string | undefined;
  /** Draw as a milestone (a diamond at `start`) instead of a bar. */
  readonly milestone?: boolean | undefined;
  /** The share complete, 0–1, drawn as a darker part of the bar. */
  readonly progress?: number | undefined;
}

/**
 * Options of {@link renderGanttSvg}.
 *
 * @category Reports
 * @since 0.1.0
 */
export interface GanttChartInput {
  /** The chart title. */
  readonly title: string;
  /** The rows, drawn in order. */
  readonly rows: readonly GanttRow[];
  /** The image width in pixels; default 900. */
  readonly width?: number | undefined;
  /** A vertical marker for "as of", `YYYY-MM-DD`. */
  readonly asOf?: string | undefined;
  /** The locale of the chart's own words and dates (`zh-CN`: 截至2024年6月30日); default `en`. */
  readonly locale?: Locale | undefined;
}

/**
 * Renders a Gantt chart (phases, tasks, milestones) as a standalone SVG image, without a browser.
 *
 * @remarks
 * Bars run from the start of `start` to the end of `end` (both inclusive). Year grid lines are
 * drawn when the chart spans more than two years, month lines otherwise. Sections get colours from
 * a colour-blind-safe palette (Okabe–Ito).
 *
 * @param input - The title, rows and options.
 * @returns The SVG document as a string.
 * @throws {@link CastPlanError} with code `INVALID_ARGUMENT` naming the row with an invalid date or an end before its start.
 *
 * @example
 * ```ts
 * import { renderGanttSvg } from "cast-plan";
 * const svg = renderGanttSvg({
 *   title: "CAST outline",
 *   rows: [
 *     { label: "First step", start: "2018-01-01", end: "2020-12-31", section: "Steps" },
 *     { label: "Final evaluation", start: "2020-12-31", end: "2020-12-31", milestone: true },
 *   ],
 * });
 * svg.includes("First step") // => true
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export function renderGanttSvg(input: GanttChartInput): string {
  requireRowDates(input.rows);
  const width = input.width ?? 900;
  const sections = [...new Set(input.rows.map((r) => r.section ?? ""))];
  const height = TOP + input.rows.length * ROW_HEIGHT + 40;
  const [d0, d1] = daySpan(input.rows);
  const frame: Frame = { width, height, plotW: width - LABEL_WIDTH - 24, d0, d1 };
  const out = heading(input, frame);
  drawTimeAxis(out, frame, input.locale ?? "en");
  input.rows.forEach((row, i) => {
    const colour = PALETTE[sections.indexOf(row.section ?? "") % PALETTE.length] ?? "#0072B2";
    drawRow(out, row, TOP + i * ROW_HEIGHT, colour, frame);
  });
  if (input.asOf && parseIsoDate(input.asOf))
    drawAsOf(out, input.asOf, frame, input.locale ?? "en");
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

/** The width of the label column, in pixels. */
const LABEL_WIDTH = 220;
/** The height of a row, in pixels. */
const ROW_HEIGHT = 22;
/** The y coordinate of the first row's top. */
const TOP = 56;

/** The image size, the plot width and the day numbers [d0, d1) it spans. */
interface Frame {
  readonly width: number;
  readonly height: number;
  readonly plotW: number;
  readonly d0: number;
  readonly d1: number;
}

/** Throws INVALID_ARGUMENT at the first row without valid dates start <= end. */
function requireRowDates(rows: readonly GanttRow[]): void {
  rows.forEach((row, i) => {
    if (!parseIsoDate(row.start) || !parseIsoDate(row.end) || row.end < row.start) {
      throw new CastPlanError(
        "INVALID_ARGUMENT",
        `renderGanttSvg: row ${i} ('${row.label}') needs valid start <= end dates`,
        [
          {
            path: ["rows", i, parseIsoDate(row.start) ? "end" : "start"],
            rule: "gantt-dates",
            message: "invalid date or end before start",
          },
        ],
      );
    }
  });
}

/** The day numbers [d0, d1) the rows cover, at least one day. */
function daySpan(rows: readonly GanttRow[]): [number, number] {
  const days = rows.flatMap((r) => [dayNumber(r.start), dayNumber(r.end) + 1]);
  const d0 = days.length ? Math.min(...days) : 0;
  let d1 = days.length ? Math.max(...days) : 1;
  if (d1 <= d0) d1 = d0 + 1;
  return [d0, d1];
}

/** The x coordinate of the start of a day. */
function sx(frame: Frame, day: number): number {
  return LABEL_WIDTH + ((day - frame.d0) / (frame.d1 - frame.d0)) * frame.plotW;
}

/** The description for screen readers: how many rows over which days. */
function describeRows(input: GanttChartInput, d0: number, d1: number): string {
  const locale = input.locale ?? "en";
  const first = formatCalendarPoint(isoFromDayNumber(d0), locale);
  const last = formatCalendarPoint(isoFromDayNumber(d1 - 1), locale);
  return locale === "zh-CN"
    ? `共 ${input.rows.length} 行，自${first}至${last}`
    : `${input.rows.length} rows from ${first} to ${last}`;
}

/** The opening tag, title and description for screen readers, background and visible title. */
function heading(input: GanttChartInput, frame: Frame): string[] {
  const { width, height, d0, d1 } = frame;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${xml(input.title)}</title>`,
    `<desc>${xml(describeRows(input, d0, d1))}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="12" y="28" font-size="16" font-weight="600">${xml(input.title)}</text>`,
  ];
}

/**
 * A grid line at each month start (each year start when the span covers two years or more) with
 * its label (every fifth year beyond twenty years).
 */
function drawTimeAxis(out: string[], frame: Frame, locale: Locale): void {
  const { height, d0, d1 } = frame;
  const firstYear = Number(isoFromDayNumber(d0).slice(0, 4));
  const lastYear = Number(isoFromDayNumber(d1 - 1).slice(0, 4));
  const yearly = lastYear - firstYear >= 2;
  const every = lastYear - firstYear > 20 ? 5 : 1;
  for (let y = firstYear; y <= lastYear + 1; y++) {
    for (let m = 1; m <= (yearly ? 1 : 12); m++) {
      const day = dayNumber(`${y}-${String(m).padStart(2, "0")}-01`);
      if (day < d0 || day > d1) continue;
      const x = px(sx(frame, day));
      out.push(`<line x1="${x}" x2="${x}" y1="${TOP - 8}" y2="${height - 32}" stroke="#eee"/>`);
      if (yearly ? y % every === 0 : true) {
        out.push(
          `<text x="${x}" y="${TOP - 12}" text-anchor="middle" fill="#555">${yearly ? y : formatCalendarPoint(`${y}-${String(m).padStart(2, "0")}`, locale)}</text>`,
        );
      }
    }
  }
}

/** A row at `y`: its label, and a diamond (milestone) or a bar with its progress darker. */
function drawRow(out: string[], row: GanttRow, y: number, colour: string, frame: Frame): void {
  out.push(`<text x="12" y="${y + 15}" fill="#222">${xml(row.label)}</text>`);
  if (row.milestone) {
    const x = sx(frame, dayNumber(row.start) + 0.5);
    out.push(
      `<path d="M${px(x)},${y + 3} L${px(x + 8)},${y + 11} L${px(x)},${y + 19} L${px(x - 8)},${y + 11} Z" fill="${colour}"/>`,
    );
    return;
  }
  const x0 = sx(frame, dayNumber(row.start));
  const x1 = sx(frame, dayNumber(row.end) + 1);
  out.push(
    `<rect x="${px(x0)}" y="${y + 4}" width="${px(Math.max(1, x1 - x0))}" height="${ROW_HEIGHT - 8}" rx="2" fill="${colour}" fill-opacity="0.45"/>`,
  );
  const progress = row.progress;
  if (progress !== undefined && Number.isFinite(progress) && progress > 0) {
    const share = Math.min(1, progress);
    out.push(
      `<rect x="${px(x0)}" y="${y + 4}" width="${px(Math.max(1, (x1 - x0) * share))}" height="${ROW_HEIGHT - 8}" rx="2" fill="${colour}"/>`,
    );
  }
}

/** The as-of line across the rows, labelled below them. */
function drawAsOf(out: string[], asOf: string, frame: Frame, locale: Locale): void {
  const marker =
    locale === "zh-CN"
      ? `${CHART_PHRASES[locale].asOf}${formatCalendarPoint(asOf, locale)}`
      : `${CHART_PHRASES[locale].asOf} ${asOf}`;
  const x = px(sx(frame, dayNumber(asOf)));
  out.push(
    `<line x1="${x}" x2="${x}" y1="${TOP - 8}" y2="${frame.height - 32}" stroke="#D55E00" stroke-width="1.5"/>`,
    `<text x="${x}" y="${frame.height - 18}" text-anchor="middle" fill="#D55E00">${xml(marker)}</text>`,
  );
}
