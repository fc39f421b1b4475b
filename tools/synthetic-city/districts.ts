/**
 * Changsha's nine districts and counties (GB/T 2260, 2019). The figures are synthetic but keep the city's
 * shape: five central districts of dense 街道 with big schools, suburban 望城, and three large counties
 * (长沙县, 浏阳市, 宁乡市) of 镇/乡 with many small rural schools.
 */
export type DistrictKind = "urban" | "suburban" | "county";

export interface DistrictProfile {
  code: string;
  name: string;
  kind: DistrictKind;
  /** Bounding box of the district's schools, roughly its built-up and rural area. */
  lng: [number, number];
  lat: [number, number];
  /** Share of 街道 among its township-level units (the rest are 镇 and a few 乡). */
  streetShare: number;
  /** Share of its communities that have a 社区学习中心 (city-wide about 70%, below the plan's 75%). */
  learningCentreShare: number;
}

/** One row a district: code, name, kind, longitude and latitude ranges, streetShare, learningCentreShare. */
type Range = [number, number];
const DISTRICT_ROWS: readonly [string, string, DistrictKind, Range, Range, number, number][] = [
  ["430102", "芙蓉区", "urban", [112.98, 113.1], [28.16, 28.22], 1, 0.87],
  ["430103", "天心区", "urban", [112.95, 113.03], [28.03, 28.18], 1, 0.84],
  ["430104", "岳麓区", "urban", [112.75, 112.97], [28.08, 28.35], 0.88, 0.8],
  ["430105", "开福区", "urban", [112.96, 113.1], [28.2, 28.4], 1, 0.82],
  ["430111", "雨花区", "urban", [112.99, 113.15], [28.04, 28.18], 0.92, 0.85],
  ["430112", "望城区", "suburban", [112.6, 112.98], [28.2, 28.55], 0.6, 0.72],
  ["430121", "长沙县", "county", [113.0, 113.6], [28.05, 28.55], 0.3, 0.64],
  ["430181", "浏阳市", "county", [113.4, 114.3], [27.85, 28.55], 0.13, 0.62],
  ["430182", "宁乡市", "county", [111.9, 112.75], [27.95, 28.45], 0.14, 0.6],
];

export const DISTRICT_PROFILES: readonly DistrictProfile[] = DISTRICT_ROWS.map(
  ([code, name, kind, lng, lat, streetShare, learningCentreShare]) => ({
    code,
    name,
    kind,
    lng,
    lat,
    streetShare,
    learningCentreShare,
  }),
);

/** Names a generated place must not contain, so a search for one district never hits another. */
export const RESERVED_NAMES: readonly string[] = [
  "长沙",
  "芙蓉",
  "天心",
  "岳麓",
  "开福",
  "雨花",
  "望城",
  "浏阳",
  "宁乡",
];
