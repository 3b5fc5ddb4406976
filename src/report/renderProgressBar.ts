import { CastPlanError } from "../errors/CastPlanError.js";

/**
 * Options of {@link renderProgressBar}.
 *
 * @category Reports
 * @since 0.1.0
 */
export interface RenderProgressBarOptions {
  /** The bar width in characters, a whole number from 1 to 1000; default 20. */
  readonly width?: number | undefined;
  /** Use only ASCII (`#` and `.`) instead of block characters; default `false`. */
  readonly ascii?: boolean | undefined;
}

/**
 * Renders a share (0 = none, 1 = all) as a fixed-width text bar with eighth-block precision.
 *
 * @remarks
 * Shares below 0 draw an empty bar and above 1 a full one (the number printed beside the bar by
 * callers carries the raw value). A non-finite share draws a bar of `?` so it is never mistaken for
 * zero progress.
 *
 * @param share - The share to draw.
 * @param options - Width and character set.
 * @returns The bar, exactly `width` characters long.
 * @throws {@link CastPlanError} with code `INVALID_ARGUMENT` when `width` is not a whole number from 1 to 1000.
 *
 * @example
 * ```ts
 * import { renderProgressBar } from "cast-plan";
 * renderProgressBar(0.5, { width: 10 }) // => "█████     "
 * renderProgressBar(0.25, { width: 8, ascii: true }) // => "##......"
 * renderProgressBar(1.4, { width: 4 }) // => "████"
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export function renderProgressBar(share: number, options: RenderProgressBarOptions = {}): string {
  const width = options.width ?? 20;
  if (!Number.isInteger(width) || width < 1 || width > 1000) {
    throw new CastPlanError(
      "INVALID_ARGUMENT",
      `renderProgressBar: width must be a whole number from 1 to 1000, got ${width}`,
      [
        {
          path: ["width"],
          rule: "bar-width",
          message: "width must be a whole number from 1 to 1000",
        },
      ],
    );
  }
  if (!Number.isFinite(share)) return "?".repeat(width);
  const clamped = Math.min(1, Math.max(0, share));
  if (options.ascii) {
    const full = Math.round(clamped * width);
    return "#".repeat(full) + ".".repeat(width - full);
  }
  const eighths = Math.round(clamped * width * 8);
  const full = Math.floor(eighths / 8);
  const rest = eighths % 8;
  const partial = rest > 0 ? (["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][rest] ?? "") : "";
  return ("█".repeat(full) + partial).padEnd(width, " ");
}
