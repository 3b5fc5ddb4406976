/**
 * Options of {@link renderProgressBar}.
 *
 * @category Reports
 * @since 0.1.0
 */
export interface RenderProgressBarOptions {
  /** The bar width in characters; default 20. */
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
 * @throws Never.
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
  const width = Math.max(1, Math.floor(options.width ?? 20));
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
