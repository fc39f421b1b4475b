import type { Ownership, ProjectKind, SchoolLevel } from "@edubureau/domain/registry";
import type { ScaleName } from "./model.ts";

/**
 * The construction projects as of the data date, by batch. The 2019 batch mirrors the plan: 新扩建25所义务
 * 教育学校 (18 finished in 2019, 7 building) and 新改扩建30所公办幼儿园 (21 finished, 9 building); the 2018
 * batch is history, the 2020 batch the pipeline. The 东岸/暮云 senior high schools and the 培智 school's new
 * campus are in plan-projects.ts.
 */
export type Outcome =
  | "in_use" // finished, both environmental tests passed
  | "awaiting_tests" // finished, tests not yet recorded
  | "air_failed" // finished, indoor air test failed: may not be used (毒教室)
  | "track_failed" // finished, synthetic track failed (毒跑道)
  | "under_construction"
  | "planned";

export const OUTCOMES: readonly Outcome[] = [
  "in_use",
  "awaiting_tests",
  "air_failed",
  "track_failed",
  "under_construction",
  "planned",
];

export interface Batch {
  key: string;
  level: SchoolLevel;
  kind: ProjectKind;
  ownership: Ownership;
  /** Finish year of the finished ones, planned finish year of the others. */
  year: number;
  outcomes: Partial<Record<Outcome, Record<ScaleName, number>>>;
}

const both = (n: number): Record<ScaleName, number> => ({ demo: n, city: n });
const sized = (demo: number, city: number): Record<ScaleName, number> => ({ demo, city });

function batch(
  key: string,
  level: SchoolLevel,
  kind: ProjectKind,
  ownership: Ownership,
  outcomes: Batch["outcomes"],
): Batch {
  return { key, level, kind, ownership, year: Number(key.slice(0, 4)), outcomes };
}

// prettier-ignore
export const BATCHES: readonly Batch[] = [
  // 2019 plan: 新扩建25所义务教育学校 → 18 finished (新建 8 + 扩建 10), 7 building.
  batch("2019-compulsory-new", "compulsory", "new", "public", { in_use: both(6), awaiting_tests: both(1), air_failed: both(1), under_construction: both(4) }),
  batch("2019-compulsory-expand", "compulsory", "expand", "public", { in_use: both(8), awaiting_tests: both(2), under_construction: both(3) }),
  batch("2019-compulsory-rebuild", "compulsory", "rebuild", "public", { in_use: sized(2, 6) }),
  // 2019 plan: 新改扩建30所公办幼儿园 → 21 finished, 9 building; private ones do not count.
  batch("2019-kindergarten-new", "preschool", "new", "public", { in_use: both(8), awaiting_tests: both(1), under_construction: both(3) }),
  batch("2019-kindergarten-rebuild", "preschool", "rebuild", "public", { in_use: both(5), track_failed: both(1), under_construction: both(2) }),
  batch("2019-kindergarten-expand", "preschool", "expand", "public", { in_use: both(6), under_construction: both(4) }),
  batch("2019-kindergarten-private", "preschool", "new", "private", { in_use: both(2), under_construction: both(2) }),
  // History: the 2018 batch, all in use.
  batch("2018-compulsory-new", "compulsory", "new", "public", { in_use: sized(1, 6) }),
  batch("2018-compulsory-expand", "compulsory", "expand", "public", { in_use: sized(3, 14) }),
  batch("2018-kindergarten-new", "preschool", "new", "public", { in_use: sized(2, 6) }),
  batch("2018-kindergarten-expand", "preschool", "expand", "public", { in_use: sized(2, 9) }),
  batch("2018-senior-expand", "senior", "expand", "public", { in_use: sized(1, 2) }),
  // Pipeline for 2020.
  batch("2020-compulsory-new", "compulsory", "new", "public", { planned: sized(2, 10) }),
  batch("2020-compulsory-expand", "compulsory", "expand", "public", { under_construction: sized(2, 8) }),
  batch("2020-kindergarten-new", "preschool", "new", "public", { planned: sized(2, 8) }),
];

/** Growth areas get most new schools (梅溪湖, 暮云, 星沙 …). */
export const NEW_SCHOOL_WEIGHTS: Record<string, number> = {
  "430102": 1,
  "430103": 2,
  "430104": 3,
  "430105": 2,
  "430111": 3,
  "430112": 2,
  "430121": 3,
  "430181": 1,
  "430182": 1.5,
};

type Range = readonly [number, number];

/** Places added (classes × standard class size) by level and kind. */
// prettier-ignore
export const PLACES: Record<SchoolLevel, Record<ProjectKind, Range>> = {
  preschool: { new: [270, 450], expand: [90, 180], rebuild: [0, 90] },
  compulsory: { new: [1200, 2430], expand: [270, 810], rebuild: [0, 180] },
  senior: { new: [2400, 3000], expand: [300, 600], rebuild: [0, 150] },
  special: { new: [200, 400], expand: [60, 120], rebuild: [0, 40] },
};

/** Investment in 万元 by level and kind. */
// prettier-ignore
export const INVESTMENT: Record<SchoolLevel, Record<ProjectKind, Range>> = {
  preschool: { new: [1200, 4000], expand: [300, 1200], rebuild: [200, 900] },
  compulsory: { new: [8000, 26000], expand: [1200, 6000], rebuild: [300, 1500] },
  senior: { new: [35000, 60000], expand: [3000, 9000], rebuild: [800, 2500] },
  special: { new: [8000, 15000], expand: [800, 2000], rebuild: [300, 800] },
};
