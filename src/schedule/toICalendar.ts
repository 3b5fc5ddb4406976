import { dayNumber, isoFromDayNumber } from "../dates/dayNumbers.js";
import type { Locale } from "../period/locale.js";
import type { GanttItem } from "./GanttItem.js";
import { invalidArgument, requireIsoDay } from "./workdays/calendar.js";

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * import { toICalendar } from "cast-plan";
 * toICalendar([], { domain: "example.org", timestamp: "20240101T000000Z" }).startsWith("BEGIN:VCALENDAR") // => true
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface ICalendarOptions {
  /** The domain of the UIDs, `<kind>-<id>@<domain>`. */
  readonly domain: string;
  /** The DTSTAMP, UTC `YYYYMMDDTHHMMSSZ` (pass the export time: the library has no clock). */
  readonly timestamp: string;
  /** The PRODID; default `-//cast-plan//schedule//EN` (`//ZH` in `zh-CN`). */
  readonly productId?: string | undefined;
  /**
   * The language of the items' names and descriptions (which the caller writes in it); default
   * `en`. `zh-CN` marks SUMMARY and DESCRIPTION with `LANGUAGE=zh-CN` (RFC 5545 §3.2.10) so that
   * calendar clients pick the right fonts and spelling; dates are unchanged.
   */
  readonly locale?: Locale | undefined;
}

/** Escapes TEXT per RFC 5545 §3.3.11. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r?\n/g, "\\n");
}

/** Folds a content line at 75 octets (UTF-8), never inside a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = new TextEncoder().encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/**
 * Writes an iCalendar (RFC 5545) object with one all-day VEVENT per item: `DTSTART;VALUE=DATE`
 * and an exclusive `DTEND;VALUE=DATE` (the day after the inclusive finish; a milestone lasts its day).
 *
 * @remarks
 * RFC 5545 §3.6.1 (https://www.rfc-editor.org/rfc/rfc5545#section-3.6.1) and errata 6109: DTEND is
 * non-inclusive. Each VEVENT has UID (`<kind>-<id>@<domain>`, or `<id>@<domain>` without kind, so
 * re-exports update events) and DTSTAMP; TEXT is escaped (`\\`, `\;`, `\,`, `\n`); lines end in
 * CRLF and are folded at 75 octets.
 *
 * @param items - The items to export.
 * @param options - The UID domain, the DTSTAMP and the PRODID.
 * @returns The iCalendar text, CRLF line ends, ending with a CRLF.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for an invalid date, timestamp or domain.
 *
 * @example
 * ```ts
 * import { toICalendar } from "cast-plan";
 * const ics = toICalendar([{ id: "m", name: "Mid-term", start: "2023-06-30", finish: "2023-06-30", milestone: true }], { domain: "example.org", timestamp: "20240101T000000Z" });
 * ics.includes("DTEND;VALUE=DATE:20230701") // => true
 * const zh = toICalendar([{ id: "m", name: "中期评估", start: "2023-06-30", finish: "2023-06-30" }], { domain: "example.org", timestamp: "20240101T000000Z", locale: "zh-CN" });
 * zh.includes("SUMMARY;LANGUAGE=zh-CN:中期评估") // => true
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function toICalendar(items: readonly GanttItem[], options: ICalendarOptions): string {
  const fn = "toICalendar";
  if (typeof options?.timestamp !== "string" || !/^\d{8}T\d{6}Z$/.test(options.timestamp)) {
    invalidArgument(
      fn,
      ["options", "timestamp"],
      "utc-timestamp",
      "timestamp must be UTC YYYYMMDDTHHMMSSZ",
    );
  }
  if (typeof options.domain !== "string" || !/^[A-Za-z0-9.-]+$/.test(options.domain)) {
    invalidArgument(
      fn,
      ["options", "domain"],
      "domain",
      "domain must be letters, digits, dots and hyphens",
    );
  }
  const compact = (iso: string) => iso.replace(/-/g, "");
  const zh = options.locale === "zh-CN";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(options.productId ?? `-//cast-plan//schedule//${zh ? "ZH" : "EN"}`)}`,
  ];
  const language = zh ? ";LANGUAGE=zh-CN" : "";
  items.forEach((item, i) => {
    const s = requireIsoDay(fn, item.start, ["items", i, "start"]);
    const f = requireIsoDay(fn, item.finish, ["items", i, "finish"]);
    if (f < s)
      invalidArgument(
        fn,
        ["items", i, "finish"],
        "order",
        `item '${item.id}' finishes before it starts`,
      );
    const uid = `${item.kind ? `${item.kind}-` : ""}${item.id}@${options.domain}`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(uid)}`,
      `DTSTAMP:${options.timestamp}`,
      `DTSTART;VALUE=DATE:${compact(item.start)}`,
      `DTEND;VALUE=DATE:${compact(isoFromDayNumber(dayNumber(item.finish) + 1))}`,
      `SUMMARY${language}:${escapeText(item.name)}`,
    );
    if (item.description !== undefined)
      lines.push(`DESCRIPTION${language}:${escapeText(item.description)}`);
    lines.push("END:VEVENT");
  });
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
