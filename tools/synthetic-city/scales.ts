import type { InstitutionType } from "@edubureau/domain/registry";
import type { ScaleName } from "./model.ts";

/** Every type except 社区学习中心, whose number follows from the communities (one per covered community). */
export type SchoolType = Exclude<InstitutionType, "community_learning_centre">;

export interface DistrictSize {
  streets: number;
  communities: number;
  schools: Record<SchoolType, number>;
}

export interface ScaleSpec {
  name: ScaleName;
  label: string;
  /** By GB/T 2260 district code. */
  districts: Record<string, DistrictSize>;
}

/** Column order of the tables below. */
const TYPES = [
  "kindergarten",
  "primary",
  "junior",
  "nine_year",
  "complete_secondary",
  "senior",
  "secondary_vocational",
  "special",
  "higher_vocational",
  "out_of_school",
] as const satisfies readonly SchoolType[];

function sizes(table: Record<string, readonly number[]>): Record<string, DistrictSize> {
  return Object.fromEntries(
    Object.entries(table).map(([code, [streets = 0, communities = 0, ...counts]]) => [
      code,
      {
        streets,
        communities,
        schools: Object.fromEntries(TYPES.map((type, i) => [type, counts[i] ?? 0])) as Record<
          SchoolType,
          number
        >,
      },
    ]),
  );
}

/**
 * The whole city, about the size of Changsha in 2019: 166 街道/镇/乡, ~1,580 社区/村, ~2,550 schools
 * (1,420 kindergartens, 650 primary schools …) plus ~1,100 社区学习中心, ~37,000 classes a year and
 * ~1.45 million pupils. Urban districts have fewer, bigger schools; the counties many small rural ones.
 */
// prettier-ignore
const CITY = sizes({
  //          streets communities  kg  prim jun nine compl sen voc spec hvoc out
  "430102": [ 13,  91, 110,  30, 10,  6, 6, 6, 6, 1, 2, 4 ], // 芙蓉区
  "430103": [ 14,  98, 130,  36, 12,  8, 5, 6, 5, 1, 1, 4 ], // 天心区
  "430104": [ 17, 136, 190,  55, 18, 10, 7, 8, 8, 2, 3, 4 ], // 岳麓区
  "430105": [ 15, 112, 125,  38, 12,  8, 5, 6, 6, 1, 1, 4 ], // 开福区
  "430111": [ 13, 104, 175,  48, 14, 10, 5, 6, 6, 1, 2, 4 ], // 雨花区
  "430112": [ 14, 126, 140,  62, 18, 10, 3, 4, 3, 1, 1, 3 ], // 望城区
  "430121": [ 18, 198, 190,  95, 30, 12, 4, 5, 4, 1, 0, 3 ], // 长沙县
  "430181": [ 32, 352, 190, 150, 44, 14, 5, 6, 4, 1, 0, 3 ], // 浏阳市
  "430182": [ 30, 360, 170, 140, 40, 12, 4, 5, 4, 1, 0, 3 ], // 宁乡市
});

/** A small city with the same shape, for `npm start`: about 140 institutions and 3,000 classes over two years. */
// prettier-ignore
const DEMO = sizes({
  //          streets communities  kg prim jun nine compl sen voc spec hvoc out
  "430102": [ 3, 10, 4, 3, 2, 1, 1, 1, 1, 1, 0, 1 ], // 芙蓉区
  "430103": [ 2,  6, 3, 3, 1, 1, 0, 1, 0, 0, 0, 0 ], // 天心区
  "430104": [ 2,  6, 4, 3, 2, 1, 1, 1, 1, 0, 1, 0 ], // 岳麓区
  "430105": [ 2,  6, 3, 3, 1, 1, 1, 0, 0, 0, 0, 0 ], // 开福区
  "430111": [ 2,  6, 4, 3, 1, 1, 0, 1, 1, 0, 0, 0 ], // 雨花区
  "430112": [ 2,  6, 3, 3, 1, 0, 0, 0, 0, 0, 0, 0 ], // 望城区
  "430121": [ 2,  6, 4, 3, 1, 1, 0, 0, 0, 0, 0, 0 ], // 长沙县
  "430181": [ 2,  6, 4, 3, 1, 1, 0, 1, 0, 0, 0, 0 ], // 浏阳市
  "430182": [ 2,  6, 3, 2, 1, 1, 0, 0, 0, 0, 0, 0 ], // 宁乡市
});

export const SCALES: Record<ScaleName, ScaleSpec> = {
  demo: { name: "demo", label: "演示规模", districts: DEMO },
  city: { name: "city", label: "全市规模", districts: CITY },
};

export const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];

export function isScaleName(value: string): value is ScaleName {
  return value === "demo" || value === "city";
}
