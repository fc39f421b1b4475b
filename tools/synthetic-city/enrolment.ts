import { residentIdCheckChar } from "@edubureau/domain/identity";
import {
  applicantNumbers,
  applicationNumber,
  type EnrolmentCalendar,
  type EnrolmentStage,
  type HouseholdKind,
  type ResidenceKind,
} from "@edubureau/domain/enrolment";
import type { Institution, SyntheticCity } from "./model.ts";
import { deterministicId, Prng } from "./prng.ts";

/**
 * 招生入学 of the synthetic city: the 2019 初中一年级 round of the private junior schools (民办初中
 * 电脑派位, applications approved and ready for the seeder to draw) and a 小学一年级 round whose
 * application window is open on the day the demo is seeded. Pure and deterministic from the seed.
 */
export interface SyntheticEnrolmentRound {
  id: string;
  year: number;
  stage: EnrolmentStage;
  name: string;
  code: string;
  maxChoices: number;
  mechanism: "boston" | "deferred-acceptance";
  secondMechanism: "boston" | "deferred-acceptance";
  calendar: EnrolmentCalendar;
  seedDigits: number;
  seedLabels: string[];
  nextNumber: number;
}

export interface SyntheticEnrolmentPlan {
  roundId: string;
  institutionId: string;
  code: string;
  places: number;
  inLottery: boolean;
  reservedPercent: number | null;
}

export interface SyntheticApplication {
  id: string;
  roundId: string;
  number: string;
  districtId: string;
  household: HouseholdKind;
  residence: ResidenceKind;
  choices: string[];
  status: "submitted" | "approved" | "returned" | "withdrawn";
  returnReason: string | null;
}

export interface SyntheticApplicant {
  number: string;
  applicationId: string;
  roundId: string;
  name: string;
  sex: "male" | "female";
  birthDate: string;
  idNumber: string;
  residentId: string;
  active: boolean;
}

export interface SyntheticEnrolment {
  rounds: SyntheticEnrolmentRound[];
  plans: SyntheticEnrolmentPlan[];
  applications: SyntheticApplication[];
  applicants: SyntheticApplicant[];
}

export interface EnrolmentOptions {
  /** Applicants of the 2019 初中 round (bench: 100,000 at city scale). */
  juniorApplicants: number;
  /** Applications already in for the open 小学 round. */
  primaryApplications: number;
  /** The day the demo is seeded ("YYYY-MM-DD"): the 小学 round's windows are placed around it. */
  today: string;
}

export const ENROLMENT_SIZES = {
  demo: { juniorApplicants: 400, primaryApplications: 12 },
  city: { juniorApplicants: 100_000, primaryApplications: 200 },
} as const;

// prettier-ignore
const SURNAMES = ["王","李","张","刘","陈","杨","黄","赵","周","吴","徐","孙","胡","朱","高","林","何","郭","马","罗","梁","宋","郑","谢","韩","唐","冯","于","董","彭","曾","谭","廖","邹","熊","易","龙","贺","文","欧阳"];
// prettier-ignore
const GIVEN = ["子","涵","梓","轩","浩","宇","一","诺","欣","怡","雨","泽","思","睿","博","文","佳","琪","俊","杰","晨","阳","鑫","悦","可","馨","铭","昊","然","嘉","乐","天","瑞","雅","婷","明","辰","安","语","瑶"];

const JUNIOR_TYPES = new Set(["junior", "nine_year", "complete_secondary"]);
const PRIMARY_TYPES = new Set(["primary", "nine_year"]);

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The 2019 calendar of 长沙 民办初中 (报名 early July, 派位 mid July). */
const JUNIOR_2019: EnrolmentCalendar = {
  application: { start: "2019-07-01", end: "2019-07-07" },
  review: { start: "2019-07-02", end: "2019-07-10" },
  draw: { start: "2019-07-14", end: "2019-07-14" },
  publicity: { start: "2019-07-15", end: "2019-07-21" },
  admission: { start: "2019-07-15", end: "2019-07-31" },
  secondRound: { start: "2019-08-01", end: "2019-08-05" },
};

function openCalendar(today: string): EnrolmentCalendar {
  return {
    application: { start: addDays(today, -3), end: addDays(today, 27) },
    review: { start: addDays(today, -3), end: addDays(today, 30) },
    draw: { start: addDays(today, 33), end: addDays(today, 33) },
    publicity: { start: addDays(today, 34), end: addDays(today, 40) },
    admission: { start: addDays(today, 34), end: addDays(today, 50) },
    secondRound: { start: addDays(today, 51), end: addDays(today, 55) },
  };
}

/** Entry-grade places: the school's places spread over its grades, rounded to whole classes of 45. */
function entryPlaces(school: Institution, grades: number): number {
  return Math.max(45, Math.round(school.places / grades / 45) * 45);
}

export function generateEnrolment(
  city: SyntheticCity,
  seed: number,
  options: EnrolmentOptions,
): SyntheticEnrolment {
  const rng = new Prng(seed, "enrolment");
  const districtCode = new Map(city.districts.map((d) => [d.id, d.code]));
  const operating = city.institutions.filter((i) => i.status === "operating");
  const out: SyntheticEnrolment = { rounds: [], plans: [], applications: [], applicants: [] };
  const sequence = new Map<string, number>();

  function person(region: string, birthDate: string, sex: "male" | "female") {
    const key = `${region}${birthDate}`;
    const next = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, next);
    // 顺序码: two digits from the counter and a sex digit (odd for boys, GB 11643-1999).
    const sexDigit = (next % 5) * 2 + (sex === "male" ? 1 : 0);
    const first17 = `${region}${birthDate.replaceAll("-", "")}${String(Math.floor(next / 5) % 100).padStart(2, "0")}${sexDigit}`;
    const name = rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : "");
    return { name, idNumber: first17 + residentIdCheckChar(first17) };
  }

  function addRound(
    round: Omit<SyntheticEnrolmentRound, "id" | "code" | "nextNumber">,
    schools: Institution[],
    options: { grades: number; applicants: number },
  ) {
    const id = deterministicId(seed, "enrolment-round", `${round.year}-${round.stage}`);
    const full = { ...round, id, code: `${round.year}-${round.stage}`, nextNumber: 1 };
    out.rounds.push(full);
    const lottery = schools.filter((s) => s.ownership === "private");
    // About 2.5 applicants per lottery place, as in 长沙's 2019 民办初中 draw, whatever the scale.
    const lotteryTotal = lottery.reduce((sum, s) => sum + entryPlaces(s, options.grades), 0);
    const factor = lotteryTotal === 0 ? 1 : Math.min(1, options.applicants / (2.5 * lotteryTotal));
    for (const school of schools) {
      const places = entryPlaces(school, options.grades);
      out.plans.push({
        roundId: id,
        institutionId: school.id,
        code: school.code,
        places: school.ownership === "private" ? Math.max(5, Math.round(places * factor)) : places,
        inLottery: school.ownership === "private",
        // One school in five keeps a share for 优抚对象 and other special categories.
        reservedPercent: school.ownership === "private" && rng.chance(0.2) ? 5 : null,
      });
    }
    return { round: full, lottery };
  }

  function addApplications(options: {
    round: SyntheticEnrolmentRound;
    schools: Institution[];
    children: number;
    birthYear: number;
    status: () => SyntheticApplication["status"];
  }) {
    const { round, schools } = options;
    if (schools.length === 0) return;
    // Popularity: a few schools are much sought after, so the draw matters.
    const weights = schools.map(() => rng.float(0.3, 1) ** 3);
    const total = weights.reduce((a, b) => a + b, 0);
    const pickSchool = (): Institution => {
      let roll = rng.next() * total;
      for (const [i, w] of weights.entries()) if ((roll -= w) <= 0) return schools[i] ?? schools[0]!;
      return schools[0]!;
    };
    let children = 0;
    while (children < options.children) {
      const count = rng.chance(0.015) ? 2 : 1;
      const choices: string[] = [];
      const wanted = Math.min(round.maxChoices, schools.length, rng.int(1, round.maxChoices));
      while (choices.length < wanted) {
        const code = pickSchool().code;
        if (!choices.includes(code)) choices.push(code);
      }
      const first = schools.find((s) => s.code === choices[0]) ?? schools[0]!;
      const districtId = rng.chance(0.7) ? first.districtId : rng.pick(city.districts).id;
      const number = applicationNumber(round.year, round.stage, round.nextNumber);
      round.nextNumber += 1;
      const id = deterministicId(seed, "enrolment-application", number);
      const status = options.status();
      out.applications.push({
        id,
        roundId: round.id,
        number,
        districtId,
        household: rng.weighted({ district: 6, city: 2, other: 2 }),
        residence: rng.weighted({ owned: 6, rented: 3, other: 1 }),
        choices,
        status,
        returnReason: status === "returned" ? "户口簿与房产证地址不一致，请补充居住证明" : null,
      });
      const birthDate = addDays(`${options.birthYear - 1}-09-01`, rng.int(0, 364));
      const region = districtCode.get(districtId) ?? "430102";
      for (const childNumber of applicantNumbers(number, count)) {
        const sex = rng.chance(0.52) ? "male" : "female";
        const who = person(region, birthDate, sex);
        out.applicants.push({
          number: childNumber,
          applicationId: id,
          roundId: round.id,
          name: who.name,
          sex,
          birthDate,
          idNumber: who.idNumber,
          residentId: who.idNumber,
          active: status !== "withdrawn",
        });
      }
      children += count;
    }
  }

  const junior = addRound(
    {
      year: 2019,
      stage: "junior_1",
      name: "2019年初中一年级招生（民办初中电脑派位）",
      maxChoices: 3,
      mechanism: "boston",
      secondMechanism: "deferred-acceptance",
      calendar: JUNIOR_2019,
      seedDigits: 6,
      seedLabels: ["parent-1", "parent-2", "notary"],
    },
    operating.filter((i) => JUNIOR_TYPES.has(i.type)),
    { grades: 3, applicants: options.juniorApplicants },
  );
  addApplications({
    round: junior.round,
    schools: junior.lottery,
    children: options.juniorApplicants,
    birthYear: 2007,
    status: () => rng.weighted({ approved: 97, returned: 2, withdrawn: 1 }),
  });

  const primary = addRound(
    {
      year: 2019,
      stage: "primary_1",
      name: "2019年小学一年级招生（报名进行中）",
      maxChoices: 2,
      mechanism: "deferred-acceptance",
      secondMechanism: "deferred-acceptance",
      calendar: openCalendar(options.today),
      seedDigits: 6,
      seedLabels: ["parent-1", "parent-2", "notary"],
    },
    operating.filter((i) => PRIMARY_TYPES.has(i.type)),
    { grades: 6, applicants: 20 * options.primaryApplications },
  );
  addApplications({
    round: primary.round,
    schools: primary.lottery,
    children: options.primaryApplications,
    birthYear: 2013,
    status: () => "submitted",
  });
  return out;
}
