import { residentIdCheckChar } from "@edubureau/domain/identity";
import type { TestApp, TestSession } from "../../test/test-app.ts";
import { addInstitution } from "../../test/registry-factories.ts";

/** Beijing days of the test round; TEST_START (2019-03-01) falls in the application window. */
export const TEST_CALENDAR = {
  application: { start: "2019-03-01", end: "2019-03-10" },
  review: { start: "2019-03-01", end: "2019-03-15" },
  draw: { start: "2019-03-18", end: "2019-03-18" },
  publicity: { start: "2019-03-19", end: "2019-03-25" },
  admission: { start: "2019-03-19", end: "2019-04-05" },
  secondRound: { start: "2019-04-06", end: "2019-04-10" },
};

/** Noon Beijing time on a day, as the app clock sees it. */
export function onDay(day: string): Date {
  return new Date(`${day}T04:00:00Z`);
}

let sequence = 100;

/** A valid ID number of a child born on the day, registered in 芙蓉区 (430102). */
export function childId(birthDate: string, sex: "male" | "female" = "male"): string {
  sequence += 1;
  const seq = String(sequence % 1000).padStart(3, "0");
  const last = Number(seq[2]);
  const sexDigit =
    sex === "male" ? (last % 2 === 1 ? last : (last + 1) % 10) : last % 2 === 0 ? last : (last + 1) % 10;
  const first17 = `430102${birthDate.replaceAll("-", "")}${seq.slice(0, 2)}${sexDigit}`;
  return first17 + residentIdCheckChar(first17);
}

export interface EnrolmentFixture {
  roundId: string;
  /** School codes: two private junior schools in the lottery. */
  schools: { code: string; id: string; name: string }[];
  division: TestSession;
  parent: TestSession;
  districtA: TestSession;
  districtB: TestSession;
}

export interface RoundRules {
  partialUnit?: "skip" | "stop";
  /** Share of each school's places reserved for special categories. */
  reservedPercent?: number;
}

export async function setupRound(
  t: TestApp,
  places = [2, 3],
  rules: RoundRules = {},
): Promise<EnrolmentFixture> {
  const db = t.database.db;
  const schools = [];
  for (const [i, count] of places.entries()) {
    const unit = await addInstitution(db, i === 0 ? t.world.districtA : t.world.districtB, {
      type: "junior",
      ownership: "private",
      name: `民办初中${i + 1}`,
    });
    schools.push({ code: unit.code, id: unit.id, name: unit.name, places: count });
  }
  const division = await t.login("division");
  const created = await division.post("/api/enrolment/rounds", {
    year: 2019,
    stage: "junior_1",
    name: "2019年初中一年级招生",
    maxChoices: 2,
    mechanism: "boston",
    secondMechanism: "boston",
    partialUnit: rules.partialUnit ?? "skip",
    calendar: TEST_CALENDAR,
    seedAnnouncement: { digits: 6, labels: ["parent", "notary"] },
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const roundId = created.json<{ id: string }>().id;
  for (const school of schools) {
    const plan = await division.request("PUT", `/api/enrolment/rounds/${roundId}/plans`, {
      institutionId: school.id,
      places: school.places,
      inLottery: true,
      reservedPercent: rules.reservedPercent ?? null,
    });
    if (plan.statusCode !== 200) throw new Error(plan.body);
  }
  return {
    roundId,
    schools,
    division,
    parent: await t.login("parent"),
    districtA: await t.login("districtA"),
    districtB: await t.login("districtB"),
  };
}

export function applicationBody(f: EnrolmentFixture, t: TestApp, overrides: Record<string, unknown> = {}) {
  return {
    roundId: f.roundId,
    districtId: t.world.districtA.id,
    household: "district",
    residence: "owned",
    children: [{ name: "张小明", sex: "male", birthDate: "2007-05-01", idNumber: childId("2007-05-01") }],
    choices: f.schools.map((s) => s.code),
    ...overrides,
  };
}

export type Problem = { title: string; detail: string; errors?: { field: string; message: string }[] };
export type Application = {
  id: string;
  number: string;
  status: string;
  children: {
    number: string;
    name: string;
    idNumber: string;
    birthDate: string;
    placement: { kind: string; school?: string };
  }[];
};

/** Moves the app clock to noon of a Beijing day and signs everyone in again (sessions time out when idle). */
export async function moveTo(t: TestApp, f: EnrolmentFixture, day: string): Promise<void> {
  t.clock.set(onDay(day));
  f.division = await t.login("division");
  f.parent = await t.login("parent");
  f.districtA = await t.login("districtA");
  f.districtB = await t.login("districtB");
}
