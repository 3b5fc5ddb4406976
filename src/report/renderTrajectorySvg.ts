import { CastPlanError } from "../errors/CastPlanError.js";
import type { Locale } from "../period/locale.js";
import { CHART_PHRASES } from "./labels.js";
import { niceTicks, PALETTE, px, xml } from "./svg.js";

/**
 * A point of a chart series: a (decimal) year and a value.
 *
 * @category Reports
 * @since 0.1.0
 */
export interface ChartPoint {
  /** The year (decimal years allowed). */
  readonly year: number;
  /** The value. */
  readonly value: number;
}

/**
 * What {@link renderTrajectorySvg} draws: an indicator's observed series, its targets, the
 * straight path from baseline to each target, and projections.
 *
 * @category Reports
 * @since 0.1.0
 */
export interface TrajectoryChartInput {
  /** The chart title. */
  readonly title: string;
  /** The unit shown on the value axis, such as `%`. */
  readonly unit: string;
  /** The observed values. */
  readonly observed: readonly ChartPoint[];
  /** The baseline the target paths start from; omitted to draw no target paths. */
  readonly baseline?: ChartPoint | undefined;
  /** The targets, each drawn as a marker with its label. */
  readonly targets: readonly (ChartPoint & { readonly label: string })[];
  /** Projected series, each drawn dashed with its label. */
  readonly projections?:
    | readonly { readonly label: string; readonly points: readonly ChartPoint[] }[]
    | undefined;
  /** The value axis range; defaults to the data's range, widened to include 0 when all values are positive. */
  readonly valueRange?: { readonly min: number; readonly max: number } | undefined;
  /** The image width in pixels; default 720. */
  readonly width?: number | undefined;
  /** The image height in pixels; default 400. */
  readonly height?: number | undefined;
  /** The locale of the chart's own words (legend, description); default `en`. Titles and labels are given already in it. */
  readonly locale?: Locale | undefined;
}

/**
 * Renders an indicator's trajectory as a standalone SVG image: observed values, targets, the
 * straight target paths from the baseline, and projections. No browser or DOM is needed.
 *
 * @remarks
 * The output is deterministic text (fixed one-decimal coordinates), with a `<title>` and
 * `<desc>` for screen readers and colour-blind-safe colours (Okabe–Ito). Non-finite values are
 * refused rather than drawn.
 *
 * @param input - What to draw.
 * @returns The SVG document as a string.
 * @throws {@link CastPlanError} with code `INVALID_ARGUMENT` when a value, year or `valueRange` bound is
 *   not finite, or the data span a range too large (about 1e308) or too fine to draw.
 *
 * @example
 * ```ts
 * import { renderTrajectorySvg } from "cast-plan";
 * const svg = renderTrajectorySvg({
 *   title: "Science literacy", unit: "%",
 *   observed: [{ year: 2015, value: 6.2 }, { year: 2020, value: 10.56 }],
 *   baseline: { year: 2015, value: 6.2 },
 *   targets: [{ year: 2020, value: 10, label: "2020: >10%" }],
 * });
 * svg.startsWith("<svg") // => true
 * svg.includes("2020: &gt;10%") // => true
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export function renderTrajectorySvg(input: TrajectoryChartInput): string {
  const width = input.width ?? 720;
  const height = input.height ?? 400;
  const all = collectPoints(input);
  requireFinitePoints(all);
  const [x0, x1] = yearSpan(all);
  const range = input.valueRange;
  requireValueRange(range);
  const [y0, y1] = valueSpan(all, range);
  requireDrawable(x0, x1, y0, y1);
  const frame: Frame = {
    width,
    height,
    plotW: width - MARGIN.left - MARGIN.right,
    plotH: height - MARGIN.top - MARGIN.bottom,
    x0,
    x1,
    y0,
    y1,
  };
  const out: string[] = [];
  drawHeading(out, input, frame);
  drawAxes(out, input, frame);
  drawTargetPaths(out, input, frame);
  drawProjections(out, input, frame);
  drawObserved(out, input, frame);
  drawTargetMarkers(out, input, frame);
  drawLegend(out, legendEntries(input), frame);
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

/** Space around the plot area, in pixels. */
const MARGIN = { top: 48, right: 24, bottom: 72, left: 64 };

/** The colour of the observed series. */
const OBSERVED_COLOUR = PALETTE[0] ?? "#000";

/** The image size, the plot area's size, and the years and values it spans. */
interface Frame {
  readonly width: number;
  readonly height: number;
  readonly plotW: number;
  readonly plotH: number;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** A legend entry: label, colour, and whether its line is dashed. */
type LegendEntry = [label: string, colour: string, dashed: boolean];

/** Every point drawn: observed, targets, baseline and projections. */
function collectPoints(input: TrajectoryChartInput): ChartPoint[] {
  return [
    ...input.observed,
    ...input.targets,
    ...(input.baseline ? [input.baseline] : []),
    ...(input.projections ?? []).flatMap((p) => p.points),
  ];
}

/** Throws INVALID_ARGUMENT at the first point with a year or value that is not finite. */
function requireFinitePoints(all: readonly ChartPoint[]): void {
  for (const p of all) {
    if (!Number.isFinite(p.year) || !Number.isFinite(p.value)) {
      throw new CastPlanError(
        "INVALID_ARGUMENT",
        "renderTrajectorySvg: every year and value must be a finite number",
        [{ path: [], rule: "finite", message: `point ${p.year}, ${p.value} is not finite` }],
      );
    }
  }
}

/** The years the x axis spans: the points' range, 0–1 without points, widened when flat. */
function yearSpan(all: readonly ChartPoint[]): [number, number] {
  const years = all.map((p) => p.year);
  let x0 = Math.min(...years, Number.POSITIVE_INFINITY);
  let x1 = Math.max(...years, Number.NEGATIVE_INFINITY);
  if (!Number.isFinite(x0)) {
    x0 = 0;
    x1 = 1;
  } else if (!(x1 > x0)) {
    const pad = Math.max(1, Math.abs(x0) * 1e-6);
    x0 -= pad;
    x1 += pad;
  }
  return [x0, x1];
}

/** Throws INVALID_ARGUMENT unless a given value range has finite min <= max. */
function requireValueRange(range: TrajectoryChartInput["valueRange"]): void {
  if (
    range &&
    !(Number.isFinite(range.min) && Number.isFinite(range.max) && range.min <= range.max)
  ) {
    throw new CastPlanError(
      "INVALID_ARGUMENT",
      "renderTrajectorySvg: valueRange needs finite min <= max",
      [{ path: ["valueRange"], rule: "finite", message: "valueRange needs finite min <= max" }],
    );
  }
}

/**
 * The values the y axis spans: the given range, or the points' range including 0 (and 1) with
 * 8% headroom (below too when it reaches under 0); widened when flat.
 */
function valueSpan(
  all: readonly ChartPoint[],
  range: TrajectoryChartInput["valueRange"],
): [number, number] {
  const values = all.map((p) => p.value);
  let y0 = range?.min ?? Math.min(...values, 0);
  let y1 = range?.max ?? Math.max(...values, 1);
  if (!(y1 > y0)) {
    // A flat range: widen it by a step that the values' magnitude can still resolve.
    const pad = Math.max(1, Math.abs(y0) * 1e-6);
    y0 -= pad;
    y1 += pad;
  }
  const yPad = range ? 0 : (y1 - y0) * 0.08;
  y1 += yPad;
  if (y0 < 0 && !range) y0 -= yPad;
  return [y0, y1];
}

/** Throws INVALID_ARGUMENT when a span is empty or too large to scale. */
function requireDrawable(x0: number, x1: number, y0: number, y1: number): void {
  if (!Number.isFinite(y1 - y0) || !Number.isFinite(x1 - x0) || !(y1 > y0) || !(x1 > x0)) {
    throw new CastPlanError(
      "INVALID_ARGUMENT",
      "renderTrajectorySvg: the values or years span a range too large or too fine to draw",
      [
        {
          path: [],
          rule: "drawable-range",
          message: "the range of values or years cannot be drawn",
        },
      ],
    );
  }
}

/** The x coordinate of a year. */
function sx(frame: Frame, year: number): number {
  return MARGIN.left + ((year - frame.x0) / (frame.x1 - frame.x0)) * frame.plotW;
}

/** The y coordinate of a value. */
function sy(frame: Frame, value: number): number {
  return MARGIN.top + frame.plotH - ((value - frame.y0) / (frame.y1 - frame.y0)) * frame.plotH;
}

/** The `points` attribute of a polyline through the points. */
function line(frame: Frame, points: readonly ChartPoint[]): string {
  return points.map((p) => `${px(sx(frame, p.year))},${px(sy(frame, p.value))}`).join(" ");
}

/** The opening tag, title and description for screen readers, background and visible title. */
function drawHeading(out: string[], input: TrajectoryChartInput, frame: Frame): void {
  const { width, height } = frame;
  const desc =
    input.locale === "zh-CN"
      ? `观测值 ${input.observed.length} 个${input.targets.length ? `；目标：${input.targets.map((t) => t.label).join("；")}` : ""}。`
      : `Observed ${input.observed.length} values${input.targets.length ? `; targets: ${input.targets.map((t) => t.label).join("; ")}` : ""}.`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${xml(input.title)}</title>`,
    `<desc>${xml(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="28" font-size="16" font-weight="600">${xml(input.title)}</text>`,
  );
}

/** Value grid lines and labels, whole-year labels, the base line and the unit. */
function drawAxes(out: string[], input: TrajectoryChartInput, frame: Frame): void {
  const { width, height, plotH } = frame;
  for (const t of niceTicks(frame.y0, frame.y1)) {
    out.push(
      `<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${px(sy(frame, t))}" y2="${px(sy(frame, t))}" stroke="#e5e5e5"/>`,
      `<text x="${MARGIN.left - 8}" y="${px(sy(frame, t) + 4)}" text-anchor="end" fill="#444">${xml(`${t}`)}</text>`,
    );
  }
  for (const t of niceTicks(frame.x0, frame.x1, 8).filter((v) => Number.isInteger(v))) {
    out.push(
      `<text x="${px(sx(frame, t))}" y="${height - MARGIN.bottom + 18}" text-anchor="middle" fill="#444">${t}</text>`,
    );
  }
  out.push(
    `<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${px(MARGIN.top + plotH)}" y2="${px(MARGIN.top + plotH)}" stroke="#333"/>`,
    `<text x="16" y="${px(MARGIN.top + plotH / 2)}" transform="rotate(-90 16 ${px(MARGIN.top + plotH / 2)})" text-anchor="middle" fill="#444">${xml(input.unit)}</text>`,
  );
}

/** A dotted straight line from the baseline to each target (none without a baseline). */
function drawTargetPaths(out: string[], input: TrajectoryChartInput, frame: Frame): void {
  const { baseline } = input;
  if (!baseline) return;
  for (const t of input.targets) {
    out.push(
      `<polyline points="${line(frame, [baseline, t])}" fill="none" stroke="#999" stroke-dasharray="2 3"/>`,
    );
  }
}

/** The colour of projection `i`: the palette after the observed colour. */
function projectionColour(i: number): string {
  return PALETTE[(i + 1) % PALETTE.length] ?? "#000";
}

/** Each projection as a dashed line. */
function drawProjections(out: string[], input: TrajectoryChartInput, frame: Frame): void {
  (input.projections ?? []).forEach((p, i) => {
    out.push(
      `<polyline points="${line(frame, p.points)}" fill="none" stroke="${projectionColour(i)}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    );
  });
}

/** The observed series: a line when there are two points or more, and a dot per point. */
function drawObserved(out: string[], input: TrajectoryChartInput, frame: Frame): void {
  if (input.observed.length > 1)
    out.push(
      `<polyline points="${line(frame, input.observed)}" fill="none" stroke="${OBSERVED_COLOUR}" stroke-width="2"/>`,
    );
  for (const p of input.observed)
    out.push(
      `<circle cx="${px(sx(frame, p.year))}" cy="${px(sy(frame, p.value))}" r="3" fill="${OBSERVED_COLOUR}"/>`,
    );
}

/** A diamond at each target, with its label to the upper left. */
function drawTargetMarkers(out: string[], input: TrajectoryChartInput, frame: Frame): void {
  for (const t of input.targets) {
    const x = sx(frame, t.year);
    const y = sy(frame, t.value);
    out.push(
      `<path d="M${px(x)},${px(y - 6)} L${px(x + 6)},${px(y)} L${px(x)},${px(y + 6)} L${px(x - 6)},${px(y)} Z" fill="#000"/>`,
      `<text x="${px(x - 8)}" y="${px(y - 8)}" text-anchor="end" fill="#000">${xml(t.label)}</text>`,
    );
  }
}

/** The legend: observed, the target path (with a baseline and targets), each projection. */
function legendEntries(input: TrajectoryChartInput): LegendEntry[] {
  const words = CHART_PHRASES[input.locale ?? "en"];
  const legend: LegendEntry[] = [[words.observed, OBSERVED_COLOUR, false]];
  if (input.baseline && input.targets.length) legend.push([words.targetPath, "#999", true]);
  (input.projections ?? []).forEach((p, i) => {
    legend.push([p.label, projectionColour(i), true]);
  });
  return legend;
}

/** The legend entries in a row below the plot. */
function drawLegend(out: string[], legend: readonly LegendEntry[], frame: Frame): void {
  legend.forEach(([label, colour, dashed], i) => {
    const lx = MARGIN.left + i * 150;
    const ly = frame.height - 24;
    out.push(
      `<line x1="${lx}" x2="${lx + 24}" y1="${ly - 4}" y2="${ly - 4}" stroke="${colour}" stroke-width="2"${dashed ? ' stroke-dasharray="6 4"' : ""}/>`,
      `<text x="${lx + 30}" y="${ly}" fill="#222">${xml(label)}</text>`,
    );
  });
}
