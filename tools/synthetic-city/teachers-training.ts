import type { ProgrammeKind, ProgrammeLevel } from "@edubureau/domain/teachers";
import { addDays, daysBetween } from "./dates.ts";
import type { ScaleName } from "./model.ts";
import { deterministicId, Prng } from "./prng.ts";
import type { SyntheticTeacher } from "./teachers.ts";

export interface SyntheticProgramme {
  id: string;
  name: string;
  level: ProgrammeLevel;
  kind: ProgrammeKind;
  hours: number;
  startsOn: string;
  endsOn: string;
  capacity: number;
}

export interface SyntheticEnrolment {
  programmeId: string;
  teacherId: string;
  districtId: string;
  status: "enrolled" | "completed";
  attendedHours: number | null;
  completedOn: string | null;
}

export interface SyntheticCredit {
  teacherId: string;
  programmeId: string | null;
  level: string;
  kind: string;
  title: string;
  hours: number;
  creditedOn: string;
}

/**
 * The 2019 plan's programmes (§七: 市级培训8000人, 骨干教师滚动培训1600名, 异地高端研修400名), each filled
 * part-way (about two thirds completed) so the plan's targets show progress, not success.
 */
const PLAN_PROGRAMMES = [
  { kind: "municipalTraining", name: "2019年市级教师全员培训", hours: 24, places: 8000, done: 0.66 },
  { kind: "backboneRolling", name: "2019年骨干教师滚动培训", hours: 60, places: 1600, done: 0.62 },
  { kind: "offsiteAdvanced", name: "2019年教师异地高端研修（上海）", hours: 80, places: 400, done: 0.7 },
] as const;

export function generatePlanTraining(options: {
  seed: number;
  scale: ScaleName;
  teachers: readonly SyntheticTeacher[];
}): { programmes: SyntheticProgramme[]; enrolments: SyntheticEnrolment[]; credits: SyntheticCredit[] } {
  const prng = new Prng(options.seed, "plan-training");
  const programmes: SyntheticProgramme[] = [];
  const enrolments: SyntheticEnrolment[] = [];
  const credits: SyntheticCredit[] = [];
  const share = options.scale === "city" ? 1 : 0.02;
  for (const plan of PLAN_PROGRAMMES) {
    const programme: SyntheticProgramme = {
      id: deterministicId(options.seed, "programme", plan.kind),
      name: plan.name,
      level: "municipal",
      kind: plan.kind,
      hours: plan.hours,
      startsOn: "2019-03-01",
      endsOn: "2019-11-15",
      capacity: plan.places,
    };
    programmes.push(programme);
    const enrolled = prng.sample(options.teachers, Math.round(plan.places * share * 0.95));
    const completing = Math.round(plan.places * share * plan.done);
    enrolled.forEach((teacher, index) => {
      const completed = index < completing;
      const completedOn = addDays("2019-04-01", prng.int(0, 200));
      enrolments.push({
        programmeId: programme.id,
        teacherId: teacher.id,
        districtId: teacher.districtId,
        status: completed ? "completed" : "enrolled",
        attendedHours: completed ? plan.hours : null,
        completedOn: completed ? completedOn : null,
      });
      if (completed) {
        credits.push({
          teacherId: teacher.id,
          programmeId: programme.id,
          level: "municipal",
          kind: plan.kind,
          title: plan.name,
          hours: plan.hours,
          creditedOn: completedOn,
        });
      }
    });
  }
  return { programmes, enrolments, credits };
}

/**
 * Hours of each teacher's current cycle up to `asOf`: about ten 校本研修 records of 12 hours (the cap
 * counts 120) and nine to seventeen 区县 network courses of 20 hours, so most pass 360 hours and some fall short.
 */
export function* generateCycleCredits(
  seed: number,
  teachers: readonly SyntheticTeacher[],
  asOf: string,
): Generator<SyntheticCredit> {
  for (const teacher of teachers) {
    const prng = new Prng(seed, "credits", teacher.id);
    const span = Math.max(1, daysBetween(teacher.registeredOn, asOf));
    const school = prng.int(8, 12);
    const district = prng.int(9, 17);
    for (let i = 0; i < school; i++) {
      yield {
        teacherId: teacher.id,
        programmeId: null,
        level: "school",
        kind: "schoolBased",
        title: "校本研修",
        hours: 12,
        creditedOn: addDays(teacher.registeredOn, prng.int(0, span)),
      };
    }
    for (let i = 0; i < district; i++) {
      yield {
        teacherId: teacher.id,
        programmeId: null,
        level: "district",
        kind: "external",
        title: "区县教师网络研修",
        hours: 20,
        creditedOn: addDays(teacher.registeredOn, prng.int(0, span)),
      };
    }
  }
}
