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

export const DISTRICT_PROFILES: readonly DistrictProfile[] = [
  {
    code: "430102",
    name: "芙蓉区",
    kind: "urban",
    lng: [112.98, 113.1],
    lat: [28.16, 28.22],
    streetShare: 1,
    learningCentreShare: 0.87,
  },
  {
    code: "430103",
    name: "天心区",
    kind: "urban",
    lng: [112.95, 113.03],
    lat: [28.03, 28.18],
    streetShare: 1,
    learningCentreShare: 0.84,
  },
  {
    code: "430104",
    name: "岳麓区",
    kind: "urban",
    lng: [112.75, 112.97],
    lat: [28.08, 28.35],
    streetShare: 0.88,
    learningCentreShare: 0.8,
  },
  {
    code: "430105",
    name: "开福区",
    kind: "urban",
    lng: [112.96, 113.1],
    lat: [28.2, 28.4],
    streetShare: 1,
    learningCentreShare: 0.82,
  },
  {
    code: "430111",
    name: "雨花区",
    kind: "urban",
    lng: [112.99, 113.15],
    lat: [28.04, 28.18],
    streetShare: 0.92,
    learningCentreShare: 0.85,
  },
  {
    code: "430112",
    name: "望城区",
    kind: "suburban",
    lng: [112.6, 112.98],
    lat: [28.2, 28.55],
    streetShare: 0.6,
    learningCentreShare: 0.72,
  },
  {
    code: "430121",
    name: "长沙县",
    kind: "county",
    lng: [113.0, 113.6],
    lat: [28.05, 28.55],
    streetShare: 0.3,
    learningCentreShare: 0.64,
  },
  {
    code: "430181",
    name: "浏阳市",
    kind: "county",
    lng: [113.4, 114.3],
    lat: [27.85, 28.55],
    streetShare: 0.13,
    learningCentreShare: 0.62,
  },
  {
    code: "430182",
    name: "宁乡市",
    kind: "county",
    lng: [111.9, 112.75],
    lat: [27.95, 28.45],
    streetShare: 0.14,
    learningCentreShare: 0.6,
  },
];

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
