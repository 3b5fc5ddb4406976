import { CastPlanError } from "../errors/CastPlanError.js";
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
  const margin = { top: 48, right: 24, bottom: 72, left: 64 };
  const all: ChartPoint[] = [
    ...input.observed,
    ...input.targets,
    ...(input.baseline ? [input.baseline] : []),
    ...(input.projections ?? []).flatMap((p) => p.points),
  ];
  for (const p of all) {
    if (!Number.isFinite(p.year) || !Number.isFinite(p.value)) {
      throw new CastPlanError(
        "INVALID_ARGUMENT",
        "renderTrajectorySvg: every year and value must be a finite number",
        [{ path: [], rule: "finite", message: `point ${p.year}, ${p.value} is not finite` }],
      );
    }
  }
  const years = all.map((p) => p.year);
  const values = all.map((p) => p.value);
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
  const range = input.valueRange;
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
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const sx = (year: number) => margin.left + ((year - x0) / (x1 - x0)) * plotW;
  const sy = (value: number) => margin.top + plotH - ((value - y0) / (y1 - y0)) * plotH;
  const line = (points: readonly ChartPoint[]) =>
    points.map((p) => `${px(sx(p.year))},${px(sy(p.value))}`).join(" ");
  const out: string[] = [];
  const desc = `Observed ${input.observed.length} values${input.targets.length ? `; targets: ${input.targets.map((t) => t.label).join("; ")}` : ""}.`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${xml(input.title)}</title>`,
    `<desc>${xml(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${margin.left}" y="28" font-size="16" font-weight="600">${xml(input.title)}</text>`,
  );
  for (const t of niceTicks(y0, y1)) {
    out.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${px(sy(t))}" y2="${px(sy(t))}" stroke="#e5e5e5"/>`,
      `<text x="${margin.left - 8}" y="${px(sy(t) + 4)}" text-anchor="end" fill="#444">${xml(`${t}`)}</text>`,
    );
  }
  for (const t of niceTicks(x0, x1, 8).filter((v) => Number.isInteger(v))) {
    out.push(
      `<text x="${px(sx(t))}" y="${height - margin.bottom + 18}" text-anchor="middle" fill="#444">${t}</text>`,
    );
  }
  out.push(
    `<line x1="${margin.left}" x2="${width - margin.right}" y1="${px(margin.top + plotH)}" y2="${px(margin.top + plotH)}" stroke="#333"/>`,
    `<text x="16" y="${px(margin.top + plotH / 2)}" transform="rotate(-90 16 ${px(margin.top + plotH / 2)})" text-anchor="middle" fill="#444">${xml(input.unit)}</text>`,
  );
  const legend: [string, string, boolean][] = [];
  if (input.baseline) {
    for (const t of input.targets) {
      out.push(
        `<polyline points="${line([input.baseline, t])}" fill="none" stroke="#999" stroke-dasharray="2 3"/>`,
      );
    }
    if (input.targets.length) legend.push(["Target path", "#999", true]);
  }
  (input.projections ?? []).forEach((p, i) => {
    const colour = PALETTE[(i + 1) % PALETTE.length] ?? "#000";
    out.push(
      `<polyline points="${line(p.points)}" fill="none" stroke="${colour}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    );
    legend.push([p.label, colour, true]);
  });
  const observedColour = PALETTE[0] ?? "#000";
  if (input.observed.length > 1)
    out.push(
      `<polyline points="${line(input.observed)}" fill="none" stroke="${observedColour}" stroke-width="2"/>`,
    );
  for (const p of input.observed)
    out.push(
      `<circle cx="${px(sx(p.year))}" cy="${px(sy(p.value))}" r="3" fill="${observedColour}"/>`,
    );
  legend.unshift(["Observed", observedColour, false]);
  for (const t of input.targets) {
    const x = sx(t.year);
    const y = sy(t.value);
    out.push(
      `<path d="M${px(x)},${px(y - 6)} L${px(x + 6)},${px(y)} L${px(x)},${px(y + 6)} L${px(x - 6)},${px(y)} Z" fill="#000"/>`,
      `<text x="${px(x - 8)}" y="${px(y - 8)}" text-anchor="end" fill="#000">${xml(t.label)}</text>`,
    );
  }
  legend.forEach(([label, colour, dashed], i) => {
    const lx = margin.left + i * 150;
    const ly = height - 24;
    out.push(
      `<line x1="${lx}" x2="${lx + 24}" y1="${ly - 4}" y2="${ly - 4}" stroke="${colour}" stroke-width="2"${dashed ? ' stroke-dasharray="6 4"' : ""}/>`,
      `<text x="${lx + 30}" y="${ly}" fill="#222">${xml(label)}</text>`,
    );
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
