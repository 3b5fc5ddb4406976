// China's official working calendar as plain data, private to src/schedule: the State Council
// General Office's annual notices on public-holiday arrangements (国务院办公厅关于…部分节假日安排的通知),
// one entry per year. Each arrangement is written as the notice states it: the days off
// ("X至Y放假调休") and the weekend days worked (调休, "…（星期日）上班"). A notice may reach into the
// previous year (the 2019 and 2023 New Year holidays begin in late December).
//
// Why here and not in src/data: this is calendar data that chinaWorkingCalendar needs at run time,
// not CAST plan data, and compute code (src/schedule) may not import src/data. Only
// chinaWorkingCalendar.ts imports this module, so bundles that do not call it leave it out.
//
// Provenance: the dates were written from the notices' text, read in stored republications
// (Xinhua/People's Daily reprints, government-site reposts, zh.wikisource), not on gov.cn itself
// (no web access when this was written). The gov.cn URLs are those cited in the source comments of
// the chinese-days package and were not opened. Every year is checked day by day against
// chinese-days 1.5.7 and its holidays against date-holidays 3.37.0 (test/schedule/china.test.ts).
// Every value below is a literal (no calls), so a bundler can drop the module when it is unused.

/** A notice of the State Council General Office (or an amendment of one). */
export interface ChinaNoticeSource {
  /** The notice's title. */
  readonly title: string;
  /** The document number, e.g. 国办发明电〔2023〕7号. */
  readonly documentNumber: string;
  /** The date the notice was signed, `YYYY-MM-DD`. */
  readonly date: string;
  /** The notice on gov.cn. */
  readonly url: string;
}

/** One festival's arrangement: an inclusive range of days off and the weekend days worked. */
export interface ChinaArrangement {
  /** The festival as the notice names it. */
  readonly festival: string;
  /** The first and last day off, `YYYY-MM-DD`, inclusive. */
  readonly off: readonly [string, string];
  /** The weekend days that are working days (调休), `YYYY-MM-DD`. */
  readonly work: readonly string[];
}

/** The arrangements for one year, with their sources. */
export interface ChinaYearNotice {
  /** The year the notice arranges. */
  readonly year: number;
  /** The notice, then any later notice that changed it. */
  readonly sources: readonly ChinaNoticeSource[];
  /** The arrangements in force (after any amendment). */
  readonly arrangements: readonly ChinaArrangement[];
  /** How the dates were obtained and checked. */
  readonly provenance: string;
}

const READ =
  "Dates written from the notice text (read in stored republications, not on gov.cn); URL as cited by the chinese-days package, not opened; confirmed day by day against chinese-days 1.5.7 and for the holidays against date-holidays 3.37.0.";

/** The first year a notice is bundled for. */
export const CHINA_FIRST_YEAR = 2018;
/** The last year a notice is bundled for (the latest published notice). */
export const CHINA_LAST_YEAR = 2026;

/** The notices 2018–2026, oldest first. */
export const CHINA_NOTICES: readonly ChinaYearNotice[] = [
  {
    year: 2018,
    sources: [
      {
        title: "国务院办公厅关于2018年部分节假日安排的通知",
        documentNumber: "国办发明电〔2017〕12号",
        date: "2017-11-30",
        url: "http://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm",
      },
    ],
    arrangements: [
      { festival: "元旦", off: ["2018-01-01", "2018-01-01"], work: [] },
      { festival: "春节", off: ["2018-02-15", "2018-02-21"], work: ["2018-02-11", "2018-02-24"] },
      { festival: "清明节", off: ["2018-04-05", "2018-04-07"], work: ["2018-04-08"] },
      { festival: "劳动节", off: ["2018-04-29", "2018-05-01"], work: ["2018-04-28"] },
      { festival: "端午节", off: ["2018-06-18", "2018-06-18"], work: [] },
      { festival: "中秋节", off: ["2018-09-24", "2018-09-24"], work: [] },
      { festival: "国庆节", off: ["2018-10-01", "2018-10-07"], work: ["2018-09-29", "2018-09-30"] },
    ],
    provenance: READ,
  },
  {
    year: 2019,
    sources: [
      {
        title: "国务院办公厅关于2019年部分节假日安排的通知",
        documentNumber: "国办发明电〔2018〕15号",
        date: "2018-12-04",
        url: "http://www.gov.cn/xinwen/2018-12/06/content_5346287.htm",
      },
      {
        title: "国务院办公厅关于调整2019年劳动节假期安排的通知",
        documentNumber: "国办发明电〔2019〕3号",
        date: "2019-03-22",
        url: "http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm",
      },
    ],
    arrangements: [
      { festival: "元旦", off: ["2018-12-30", "2019-01-01"], work: ["2018-12-29"] },
      { festival: "春节", off: ["2019-02-04", "2019-02-10"], work: ["2019-02-02", "2019-02-03"] },
      { festival: "清明节", off: ["2019-04-05", "2019-04-05"], work: [] },
      // As amended by 国办发明电〔2019〕3号 (the first notice gave 1 May only).
      { festival: "劳动节", off: ["2019-05-01", "2019-05-04"], work: ["2019-04-28", "2019-05-05"] },
      { festival: "端午节", off: ["2019-06-07", "2019-06-07"], work: [] },
      { festival: "中秋节", off: ["2019-09-13", "2019-09-13"], work: [] },
      { festival: "国庆节", off: ["2019-10-01", "2019-10-07"], work: ["2019-09-29", "2019-10-12"] },
    ],
    provenance: READ,
  },
  {
    year: 2020,
    sources: [
      {
        title: "国务院办公厅关于2020年部分节假日安排的通知",
        documentNumber: "国办发明电〔2019〕16号",
        date: "2019-11-21",
        url: "http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm",
      },
      {
        title: "国务院办公厅关于延长2020年春节假期的通知",
        documentNumber: "国办发明电〔2020〕1号",
        date: "2020-01-26",
        url: "http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm",
      },
    ],
    arrangements: [
      { festival: "元旦", off: ["2020-01-01", "2020-01-01"], work: [] },
      // First notice: 1月24日至30日, 1月19日、2月1日上班. The extension ran the holiday to 2月2日
      // (2月3日起正常上班), so Saturday 1 February was no longer worked.
      { festival: "春节", off: ["2020-01-24", "2020-02-02"], work: ["2020-01-19"] },
      { festival: "清明节", off: ["2020-04-04", "2020-04-06"], work: [] },
      { festival: "劳动节", off: ["2020-05-01", "2020-05-05"], work: ["2020-04-26", "2020-05-09"] },
      { festival: "端午节", off: ["2020-06-25", "2020-06-27"], work: ["2020-06-28"] },
      {
        festival: "国庆节、中秋节",
        off: ["2020-10-01", "2020-10-08"],
        work: ["2020-09-27", "2020-10-10"],
      },
    ],
    provenance: READ,
  },
  {
    year: 2021,
    sources: [
      {
        title: "国务院办公厅关于2021年部分节假日安排的通知",
        documentNumber: "国办发明电〔2020〕27号",
        date: "2020-11-25",
        url: "http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm",
      },
    ],
    arrangements: [
      { festival: "元旦", off: ["2021-01-01", "2021-01-03"], work: [] },
      { festival: "春节", off: ["2021-02-11", "2021-02-17"], work: ["2021-02-07", "2021-02-20"] },
      { festival: "清明节", off: ["2021-04-03", "2021-04-05"], work: [] },
      { festival: "劳动节", off: ["2021-05-01", "2021-05-05"], work: ["2021-04-25", "2021-05-08"] },
      { festival: "端午节", off: ["2021-06-12", "2021-06-14"], work: [] },
      { festival: "中秋节", off: ["2021-09-19", "2021-09-21"], work: ["2021-09-18"] },
      { festival: "国庆节", off: ["2021-10-01", "2021-10-07"], work: ["2021-09-26", "2021-10-09"] },
    ],
    provenance: READ,
  },
  {
    year: 2022,
    sources: [
      {
        title: "国务院办公厅关于2022年部分节假日安排的通知",
        documentNumber: "国办发明电〔2021〕11号",
        date: "2021-10-25",
        url: "http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm",
      },
    ],
    arrangements: [
      { festival: "元旦", off: ["2022-01-01", "2022-01-03"], work: [] },
      { festival: "春节", off: ["2022-01-31", "2022-02-06"], work: ["2022-01-29", "2022-01-30"] },
      { festival: "清明节", off: ["2022-04-03", "2022-04-05"], work: ["2022-04-02"] },
      { festival: "劳动节", off: ["2022-04-30", "2022-05-04"], work: ["2022-04-24", "2022-05-07"] },
      { festival: "端午节", off: ["2022-06-03", "2022-06-05"], work: [] },
      { festival: "中秋节", off: ["2022-09-10", "2022-09-12"], work: [] },
      { festival: "国庆节", off: ["2022-10-01", "2022-10-07"], work: ["2022-10-08", "2022-10-09"] },
    ],
    provenance: READ,
  },
  {
    year: 2023,
    sources: [
      {
        title: "国务院办公厅关于2023年部分节假日安排的通知",
        documentNumber: "国办发明电〔2022〕16号",
        date: "2022-12-08",
        url: "http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm",
      },
    ],
    arrangements: [
      { festival: "元旦", off: ["2022-12-31", "2023-01-02"], work: [] },
      { festival: "春节", off: ["2023-01-21", "2023-01-27"], work: ["2023-01-28", "2023-01-29"] },
      { festival: "清明节", off: ["2023-04-05", "2023-04-05"], work: [] },
      { festival: "劳动节", off: ["2023-04-29", "2023-05-03"], work: ["2023-04-23", "2023-05-06"] },
      { festival: "端午节", off: ["2023-06-22", "2023-06-24"], work: ["2023-06-25"] },
      {
        festival: "中秋节、国庆节",
        off: ["2023-09-29", "2023-10-06"],
        work: ["2023-10-07", "2023-10-08"],
      },
    ],
    provenance: READ,
  },
  {
    year: 2024,
    sources: [
      {
        title: "国务院办公厅关于2024年部分节假日安排的通知",
        documentNumber: "国办发明电〔2023〕7号",
        date: "2023-10-25",
        url: "https://www.gov.cn/zhengce/content/202310/content_6911527.htm",
      },
    ],
    arrangements: [
      { festival: "元旦", off: ["2024-01-01", "2024-01-01"], work: [] },
      { festival: "春节", off: ["2024-02-10", "2024-02-17"], work: ["2024-02-04", "2024-02-18"] },
      { festival: "清明节", off: ["2024-04-04", "2024-04-06"], work: ["2024-04-07"] },
      { festival: "劳动节", off: ["2024-05-01", "2024-05-05"], work: ["2024-04-28", "2024-05-11"] },
      { festival: "端午节", off: ["2024-06-10", "2024-06-10"], work: [] },
      { festival: "中秋节", off: ["2024-09-15", "2024-09-17"], work: ["2024-09-14"] },
      { festival: "国庆节", off: ["2024-10-01", "2024-10-07"], work: ["2024-09-29", "2024-10-12"] },
    ],
    provenance: READ,
  },
  {
    year: 2025,
    sources: [
      {
        title: "国务院办公厅关于2025年部分节假日安排的通知",
        documentNumber: "国办发明电〔2024〕12号",
        date: "2024-11-12",
        url: "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm",
      },
    ],
    arrangements: [
      { festival: "元旦", off: ["2025-01-01", "2025-01-01"], work: [] },
      { festival: "春节", off: ["2025-01-28", "2025-02-04"], work: ["2025-01-26", "2025-02-08"] },
      { festival: "清明节", off: ["2025-04-04", "2025-04-06"], work: [] },
      { festival: "劳动节", off: ["2025-05-01", "2025-05-05"], work: ["2025-04-27"] },
      { festival: "端午节", off: ["2025-05-31", "2025-06-02"], work: [] },
      {
        festival: "国庆节、中秋节",
        off: ["2025-10-01", "2025-10-08"],
        work: ["2025-09-28", "2025-10-11"],
      },
    ],
    provenance: READ,
  },
  {
    year: 2026,
    sources: [
      {
        title: "国务院办公厅关于2026年部分节假日安排的通知",
        documentNumber: "国办发明电〔2025〕7号",
        date: "2025-11-04",
        url: "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm",
      },
    ],
    arrangements: [
      { festival: "元旦", off: ["2026-01-01", "2026-01-03"], work: ["2026-01-04"] },
      { festival: "春节", off: ["2026-02-15", "2026-02-23"], work: ["2026-02-14", "2026-02-28"] },
      { festival: "清明节", off: ["2026-04-04", "2026-04-06"], work: [] },
      { festival: "劳动节", off: ["2026-05-01", "2026-05-05"], work: ["2026-05-09"] },
      { festival: "端午节", off: ["2026-06-19", "2026-06-21"], work: [] },
      { festival: "中秋节", off: ["2026-09-25", "2026-09-27"], work: [] },
      { festival: "国庆节", off: ["2026-10-01", "2026-10-07"], work: ["2026-09-20", "2026-10-10"] },
    ],
    provenance:
      "Dates written from the notice text (read in stored republications, not on gov.cn); URL as cited by the chinese-days package, not opened; confirmed day by day against chinese-days 1.5.7 and for the holidays against date-holidays 3.37.0. The document number was seen only in a repost of the notice, not in an official copy.",
  },
];
