// Locales of the renderers and exports: the text of a label in a locale, and calendar values
// written for it (numbers read the same in both locales: `.` decimals, no grouping). Formatting is by hand, not Intl, so that output never depends on the
// host's ICU data or time zone: calendar values are ISO strings and stay strings.
import type { LocalizedText } from "../schemas/primitives.js";

/**
 * A locale of the renderers, exports and CLI: `en` (the default) or `zh-CN` (Simplified
 * Chinese).
 *
 * @category Reports
 * @since 0.2.0
 */
export type Locale = "en" | "zh-CN";

/**
 * The locales the renderers accept, in order: `en` first (the default).
 *
 * @example
 * ```ts
 * import { LOCALES } from "cast-plan";
 * LOCALES // => ["en", "zh-CN"]
 * ```
 *
 * @category Reports
 * @since 0.2.0
 */
export const LOCALES: readonly Locale[] = ["en", "zh-CN"];

/**
 * Whether a value is a supported {@link Locale}.
 *
 * @param value - Any value, such as a command-line option.
 * @returns `true` for `"en"` and `"zh-CN"`.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { isLocale } from "cast-plan";
 * isLocale("zh-CN") // => true
 * isLocale("zh") // => false
 * ```
 *
 * @category Reports
 * @since 0.2.0
 */
export function isLocale(value: unknown): value is Locale {
  return value === "en" || value === "zh-CN";
}

/**
 * The text of a label in a locale: the Chinese form in `zh-CN` where the data has one, else the
 * English. A plain string (English only) is returned as it is.
 *
 * @param text - A localized text `{ en, zh? }`, or an English string.
 * @param locale - The locale; default `en`.
 * @returns The text to show.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { localize } from "cast-plan";
 * localize({ en: "Outline", zh: "纲要" }, "zh-CN") // => "纲要"
 * localize({ en: "Outline" }, "zh-CN") // => "Outline"
 * localize({ en: "Outline", zh: "纲要" }) // => "Outline"
 * ```
 *
 * @category Reports
 * @since 0.2.0
 */
export function localize(text: LocalizedText | string, locale: Locale = "en"): string {
  if (typeof text === "string") return text;
  return locale === "zh-CN" && text.zh !== undefined ? text.zh : text.en;
}

/**
 * Writes a calendar value (a year, `YYYY-MM` or `YYYY-MM-DD`) for a locale. English keeps the ISO
 * form; `zh-CN` writes `2024年`, `2024年6月`, `2024年6月30日`. Strings are read as written, never
 * through `Date`, so the result does not depend on a time zone. Anything else is returned as it
 * is.
 *
 * @param point - A year (number or digits) or an ISO month or day.
 * @param locale - The locale; default `en`.
 * @returns The formatted value.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { formatCalendarPoint } from "cast-plan";
 * formatCalendarPoint("2024-06", "zh-CN") // => "2024年6月"
 * formatCalendarPoint("2024-06-30", "zh-CN") // => "2024年6月30日"
 * formatCalendarPoint(2035, "zh-CN") // => "2035年"
 * formatCalendarPoint("2024-06") // => "2024-06"
 * ```
 *
 * @category Reports
 * @since 0.2.0
 */
export function formatCalendarPoint(point: number | string, locale: Locale = "en"): string {
  const text = String(point);
  if (locale !== "zh-CN") return text;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return text;
  const [, y, mo, d] = m;
  return `${y}年${mo ? `${Number(mo)}月` : ""}${d ? `${Number(d)}日` : ""}`;
}
