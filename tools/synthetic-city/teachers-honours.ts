import type { District } from "./model.ts";
import { deterministicId, Prng } from "./prng.ts";
import type { SyntheticTeacher } from "./teachers.ts";

export interface SyntheticRound {
  id: string;
  kind: string;
  year: number;
  seriesNo: number | null;
  windowFrom: string;
  windowTo: string;
  stage: string;
  history: { stage: string; on: string }[];
}

export interface SyntheticStudio {
  id: string;
  type: string;
  name: string;
  establishment: string;
  year: number;
  leaderId: string;
  institutionId: string;
}

/**
 * The 2019 selections part-way: 10 of 16 名校长(园长) awarded, 2 of 4 new 名校长工作室, 6 of 10 名师工作室,
 * 3 of 5 农村工作站; the 第二批卓越教师 round still in review; 180 of 300 公费师范生.
 */
export function generateHonours(options: {
  seed: number;
  teachers: readonly SyntheticTeacher[];
  districts: readonly District[];
}) {
  const prng = new Prng(options.seed, "honours");
  const heads = options.teachers.filter((t) => t.post !== "teacher");
  const staff = options.teachers.filter((t) => t.post === "teacher");
  const principalRound: SyntheticRound = {
    id: deterministicId(options.seed, "honour-round", "famousPrincipal-2019"),
    kind: "famousPrincipal",
    year: 2019,
    seriesNo: null,
    windowFrom: "2019-03-01",
    windowTo: "2019-10-31",
    stage: "awarded",
    history: [
      { stage: "nomination", on: "2019-03-01" },
      { stage: "review", on: "2019-05-10" },
      { stage: "publicity", on: "2019-06-20" },
      { stage: "awarded", on: "2019-07-05" },
    ],
  };
  const excellentRound: SyntheticRound = {
    id: deterministicId(options.seed, "honour-round", "excellentTeacher-2"),
    kind: "excellentTeacher",
    year: 2019,
    seriesNo: 2,
    windowFrom: "2019-09-01",
    windowTo: "2019-12-31",
    stage: "review",
    history: [
      { stage: "nomination", on: "2019-09-01" },
      { stage: "review", on: "2019-11-01" },
    ],
  };
  const nominees = prng.sample(heads, Math.min(heads.length, 14));
  const nominations = [
    ...nominees.map((t, i) => ({
      roundId: principalRound.id,
      teacherId: t.id,
      selected: i < 10,
      awardedOn: i < 10 ? "2019-07-05" : null,
    })),
    ...prng
      .sample(staff, Math.min(staff.length, 20))
      .map((t) => ({ roundId: excellentRound.id, teacherId: t.id, selected: false, awardedOn: null })),
  ];
  const studioPlan = [
    { type: "名校长工作室", establishment: "新建", count: 2, from: heads },
    { type: "名师工作室", establishment: "换届", count: 3, from: staff },
    { type: "名师工作室", establishment: "新建", count: 3, from: staff },
    { type: "名师农村工作站", establishment: "新建", count: 3, from: staff.filter((t) => t.rural) },
  ];
  const studios: SyntheticStudio[] = [];
  for (const plan of studioPlan) {
    for (const leader of prng.sample(plan.from, plan.count)) {
      studios.push({
        id: deterministicId(options.seed, "studio", `${plan.type}-${leader.id}`),
        type: plan.type,
        name: `${leader.name}${plan.type}`,
        establishment: plan.establishment,
        year: 2019,
        leaderId: leader.id,
        institutionId: leader.institutionId,
      });
    }
  }
  const intakes = options.districts.map((district) => ({
    districtId: district.id,
    year: 2019,
    programme: "省级公费师范生",
    students: 20,
  }));
  return { rounds: [principalRound, excellentRound], nominations, studios, intakes };
}
