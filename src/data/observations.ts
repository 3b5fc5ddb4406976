// Real observations of the indicators: only the figures the reference notes (cast-data.md) mark
// as confirmed, each with the source where it was read. Derived figures (East/Central/West for
// 2020 and 2022, the MOST museum counts for 2016) and undated figures are left out on purpose.
import type { ObservationInput } from "../schemas/index.js";

type Extra = Partial<Pick<ObservationInput, "dimensions" | "note" | "status">>;

/**
 * One observation with its stable id `obs.<indicator slug>.<period>[.<dimension>-<value>]`.
 * @internal
 */
function observation(
  indicatorId: string,
  period: number | string,
  value: number,
  source: string,
  extra: Extra = {},
): ObservationInput {
  const dims = Object.entries(extra.dimensions ?? {})
    .map(([k, v]) => `.${k}-${v}`)
    .join("");
  return {
    id: `obs.${indicatorId.replace(/^ind\./, "")}.${period}${dims}`,
    indicatorId,
    period,
    value,
    status: extra.status ?? "final",
    source,
    ...(extra.dimensions ? { dimensions: extra.dimensions } : {}),
    ...(extra.note ? { note: extra.note } : {}),
  };
}

const LIT = "ind.science-literacy";
const area = (a: string) => ({ dimensions: { area: a } });
const region = (r: string) => ({ dimensions: { region: r } });
const sex = (s: string) => ({ dimensions: { sex: s } });
const age = (a: string) => ({ dimensions: { age: a } });
const education = (e: string) => ({ dimensions: { education: e } });
const province = (p: string) => ({ dimensions: { province: p } });
const RESTATED_2010 =
  "The 2010 value as restated in the 2015 release; the 2010 release gave 4.79 (urban) and 1.51 (rural).";

/** The observations. @internal */
export const observations: ObservationInput[] = [
  // National share of citizens with science literacy, ages 18–69.
  observation(LIT, 2003, 1.98, "src.scidev-2003", {
    note: "CAST survey, fieldwork February–June 2003.",
  }),
  observation(LIT, 2005, 1.6, "src.xinhua-2010-11-25"),
  observation(LIT, 2007, 2.25, "src.xinhua-2010-11-25"),
  observation(LIT, 2010, 3.27, "src.xinhua-2010-11-25", { note: "8th national survey." }),
  observation(LIT, 2015, 6.2, "src.xinhua-2015-survey", { note: "9th national survey." }),
  observation(LIT, 2018, 8.47, "src.xinhua-2018-09-19", {
    note: "Extra survey round between the five-yearly rounds.",
  }),
  observation(LIT, 2020, 10.56, "src.govcn-2021-01-27", { note: "11th national survey." }),
  observation(LIT, 2022, 12.93, "src.peoples-daily-2023-09-01", { note: "12th national survey." }),
  observation(LIT, 2023, 14.14, "src.scio-2024-04-17", {
    note: "13th national survey, run with the National Bureau of Statistics.",
  }),
  observation(LIT, 2024, 15.37, "src.china-daily-2025-05-28", {
    note: "14th national survey; the headline tier (70 points or more).",
  }),
  // Urban and rural.
  observation(LIT, 2010, 4.86, "src.xinhua-2015-survey", { ...area("urban"), note: RESTATED_2010 }),
  observation(LIT, 2010, 1.83, "src.xinhua-2015-survey", { ...area("rural"), note: RESTATED_2010 }),
  observation(LIT, 2015, 9.72, "src.xinhua-2015-survey", area("urban")),
  observation(LIT, 2015, 2.43, "src.xinhua-2015-survey", area("rural")),
  observation(LIT, 2018, 11.55, "src.xinhua-2018-09-19", area("urban")),
  observation(LIT, 2018, 4.93, "src.xinhua-2018-09-19", area("rural")),
  observation(LIT, 2022, 15.94, "src.peoples-daily-2023-09-01", area("urban")),
  observation(LIT, 2022, 7.96, "src.peoples-daily-2023-09-01", area("rural")),
  observation(LIT, 2023, 17.25, "src.cns-2024-04-16", area("urban")),
  observation(LIT, 2023, 9.16, "src.cns-2024-04-16", area("rural")),
  // East, Central, West (2023 only; earlier values are derived).
  observation(LIT, 2023, 16.39, "src.cns-2024-04-16", region("east")),
  observation(LIT, 2023, 13.12, "src.cns-2024-04-16", region("central")),
  observation(LIT, 2023, 11.51, "src.cns-2024-04-16", region("west")),
  // Sex.
  observation(LIT, 2015, 9.04, "src.xinhua-2015-survey", sex("male")),
  observation(LIT, 2015, 3.38, "src.xinhua-2015-survey", sex("female")),
  observation(LIT, 2022, 14.77, "src.window-to-china-2023-10-07", sex("male")),
  observation(LIT, 2022, 10.98, "src.window-to-china-2023-10-07", sex("female")),
  observation(LIT, 2023, 15.66, "src.cns-2024-04-16", sex("male")),
  observation(LIT, 2023, 12.53, "src.cns-2024-04-16", sex("female")),
  // Age.
  observation(LIT, 2015, 11.59, "src.xinhua-2015-survey", {
    ...age("18-29"),
    note: "People's Daily (Portuguese) prints 18.59, probably a typo.",
  }),
  observation(LIT, 2015, 7.16, "src.xinhua-2015-survey", age("30-39")),
  observation(LIT, 2022, 24.26, "src.peoples-daily-2023-09-01", age("18-29")),
  observation(LIT, 2022, 16.77, "src.peoples-daily-2023-09-01", age("30-39")),
  observation(LIT, 2023, 25.72, "src.cns-2024-04-16", age("18-29")),
  observation(LIT, 2023, 19, "src.cns-2024-04-16", age("30-39")),
  observation(LIT, 2023, 13.23, "src.cns-2024-04-16", age("40-49")),
  observation(LIT, 2023, 8.52, "src.cns-2024-04-16", age("50-59")),
  observation(LIT, 2023, 4.45, "src.cns-2024-04-16", age("60-69")),
  // Education (2023).
  observation(LIT, 2023, 43.99, "src.cns-2023-education", education("bachelor-or-above")),
  observation(LIT, 2023, 25.17, "src.cns-2023-education", education("junior-college")),
  observation(LIT, 2023, 17.68, "src.cns-2023-education", education("senior-high")),
  observation(LIT, 2023, 7.8, "src.cns-2023-education", education("junior-high")),
  observation(LIT, 2023, 2.91, "src.cns-2023-education", education("primary-or-less")),
  // Provinces (selected; Beijing 2020 is reported only as "above 24" and is left out).
  observation(LIT, 2010, 13.74, "src.shanghai-literacy", province("Shanghai")),
  observation(LIT, 2015, 18.71, "src.xinhua-2015-survey", province("Shanghai")),
  observation(LIT, 2015, 17.56, "src.xinhua-2015-survey", province("Beijing")),
  observation(LIT, 2015, 12, "src.xinhua-2015-survey", province("Tianjin")),
  observation(LIT, 2018, 21.88, "src.shanghai-literacy", province("Shanghai")),
  observation(LIT, 2020, 24.3, "src.shanghai-literacy", province("Shanghai")),
  observation(LIT, 2020, 16.58, "src.shanghai-literacy", province("Tianjin")),
  observation(LIT, 2020, 13.84, "src.shanghai-literacy", province("Jiangsu")),
  observation(LIT, 2020, 13.53, "src.shanghai-literacy", province("Zhejiang")),
  observation(LIT, 2020, 12.79, "src.shanghai-literacy", province("Guangdong")),
  observation(LIT, 2020, 11.51, "src.shanghai-literacy", province("Fujian")),
  observation(LIT, 2020, 11.47, "src.shanghai-literacy", province("Shandong")),
  observation(LIT, 2020, 10.95, "src.shanghai-literacy", province("Hubei")),
  observation(LIT, 2020, 10.8, "src.shanghai-literacy", province("Anhui")),

  // Mobile science museums: cumulative exhibition sets distributed.
  observation("ind.mobile-science-museums", "2019-05", 420, "src.xinhua-2019-06-13", {
    status: "estimated",
    note: "The source says about 420 sets (3,260 tour stops, about 117 million people served).",
  }),
  observation("ind.mobile-science-museums", "2021-11", 566, "src.xinhua-2021-11"),
  observation("ind.mobile-science-museums", "2021-12", 612, "src.guangming-2022-06-17", {
    note: "End of 2021, published June 2022.",
  }),
  observation("ind.mobile-science-museums", "2023-04", 658, "src.xinhua-2023-05-23"),
  observation("ind.mobile-science-museums", "2023-09", 657, "src.cctv-2023-09-12"),

  // Popular science caravans.
  observation("ind.popular-science-caravans", "2020-07", 1639, "src.cstm-2020-07-14", {
    note: "Cumulative vehicles allocated, four models.",
  }),
  observation("ind.popular-science-caravans", "2021-12", 1251, "src.guangming-2022-06-17", {
    dimensions: { basis: "unstated" },
    note: "Inconsistent with 1,639 (2020-07) and 1,764 (2023-09): probably vehicles in service rather than cumulative allocations. End of 2021, published June 2022.",
  }),
  observation("ind.popular-science-caravans", "2023-09", 1764, "src.cctv-2023-09-12"),

  // Rural middle-school science and technology museums.
  observation("ind.rural-middle-school-museums", "2018-12", 700, "src.icom-2018", {
    note: "End of 2018.",
  }),
  observation("ind.rural-middle-school-museums", "2021-12", 1112, "src.guangming-2022-06-17", {
    note: "End of 2021, published June 2022.",
  }),
  observation("ind.rural-middle-school-museums", "2023-09", 1124, "src.cctv-2023-09-12"),

  // CAST standards-compliant science and technology museums.
  observation("ind.standard-science-museums", 2012, 118, "src.ahhgcable-2022-06-23"),
  observation("ind.standard-science-museums", "2021-12", 408, "src.ahhgcable-2022-06-23", {
    note: "End of 2021; another 115 under construction.",
  }),
  observation("ind.standard-science-museums", "2023-09", 446, "src.szdaily-2023-09-13"),
  observation("ind.standard-science-museums", "2024-12", 548, "src.cns-2025-09-04", {
    note: "End of 2024 (East 171, Central 166, West 211).",
  }),

  // MOST statistics: science and technology centres plus science-type museums.
  observation("ind.most-science-museums", 2017, 1439, "src.most-2018-12-18"),
  observation("ind.most-science-museums", 2017, 488, "src.most-2018-12-18", {
    dimensions: { type: "science-centre" },
  }),
  observation("ind.most-science-museums", 2017, 951, "src.most-2018-12-18", {
    dimensions: { type: "science-museum" },
  }),
  observation("ind.most-science-museums", 2018, 1461, "src.stdaily-2019-12-25"),
  observation("ind.most-science-museums", 2019, 1477, "src.china-daily-2020-12-25"),
  observation("ind.most-science-museums", 2020, 1525, "src.xinhua-2021-11-23"),
  observation("ind.most-science-museums", 2021, 1677, "src.guangming-2023-01-01"),
  observation("ind.most-science-museums", 2021, 661, "src.guangming-2023-01-01", {
    dimensions: { type: "science-centre" },
  }),
  observation("ind.most-science-museums", 2021, 1016, "src.guangming-2023-01-01", {
    dimensions: { type: "science-museum" },
  }),
  observation("ind.most-science-museums", 2022, 1683, "src.most-2022-stats"),
  observation("ind.most-science-museums", 2022, 694, "src.most-2022-stats", {
    dimensions: { type: "science-centre" },
  }),
  observation("ind.most-science-museums", 2022, 989, "src.most-2022-stats", {
    dimensions: { type: "science-museum" },
  }),
  observation("ind.most-science-museums", 2023, 1779, "src.zjol-2024-12-31"),
  observation("ind.most-science-museums", 2023, 703, "src.zjol-2024-12-31", {
    dimensions: { type: "science-centre" },
  }),
  observation("ind.most-science-museums", 2023, 1076, "src.zjol-2024-12-31", {
    dimensions: { type: "science-museum" },
  }),
  observation("ind.most-science-museums", 2024, 1890, "src.newspaper-2026-01-30", {
    note: "Headline total only; the sub-counts were not seen.",
  }),
];
