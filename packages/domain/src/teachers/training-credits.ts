import { containsDate } from "./date-periods.ts";
import type { DatePeriod } from "./date-periods.ts";
import type { IsoDate } from "./calendar-date.ts";
import { labelledCodes } from "../labelled-codes.ts";

/** Who runs a programme. */
export const { codes: PROGRAMME_LEVELS, labels: PROGRAMME_LEVEL_LABELS } = labelledCodes({
  national: "国家级",
  provincial: "省级",
  municipal: "市级",
  district: "区县级",
  school: "校本",
});
export type ProgrammeLevel = (typeof PROGRAMME_LEVELS)[number];

/** Kinds of training named in 长沙市教育局2019年工作计划 §七, plus learning the teacher arranged outside them. */
export const { codes: PROGRAMME_KINDS, labels: PROGRAMME_KIND_LABELS } = labelledCodes({
  municipalTraining: "市级培训",
  backboneRolling: "骨干教师滚动培训",
  offsiteAdvanced: "异地高端研修",
  masterStudio: "名师工作室研修",
  schoolBased: "校本培训",
  external: "外部学习",
});
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

export interface TrainingProgramme {
  id: string;
  name: string;
  level: ProgrammeLevel;
  kind: ProgrammeKind;
  /** Published hours (学时) of the programme: what a completing teacher is credited. */
  hours: number;
}

/** One teacher's attendance at one programme, as the organiser reports it. */
export interface ProgrammeAttendance {
  programmeId: string;
  teacherId: string;
  attendedHours: number;
  assessmentPassed: boolean;
  completedOn: IsoDate;
}

/** Hours credited to a teacher, dated on completion. */
export interface TrainingCredit {
  programmeId: string;
  level: ProgrammeLevel;
  kind: ProgrammeKind;
  hours: number;
  creditedOn: IsoDate;
}

export interface TrainingCreditPolicy {
  /** Share of a programme's hours a teacher must attend to complete it. */
  completionThreshold: number;
  /** Most hours of a kind that count in one registration cycle; a kind not listed is uncapped. */
  capsPerCycle: Partial<Record<ProgrammeKind, number>>;
}

/**
 * City defaults; no national figure exists for either, so both are configurable.
 * - 80% attendance to complete: the usual 结业 requirement of training providers (缺勤超过 1/5 不予结业).
 * - 校本培训 counts for at most 120 of the 360 hours (one third), so every teacher also takes
 *   programmes beyond their own school, as 抓实抓严校本培训 (2019 plan §七) intends.
 */
export const DEFAULT_TRAINING_CREDIT_POLICY: TrainingCreditPolicy = {
  completionThreshold: 0.8,
  capsPerCycle: { schoolBased: 120 },
};

export type CreditDecision = { ok: true; credit: TrainingCredit } | { ok: false; message: string };

export interface CreditOptions {
  teacherId: string;
  programme: TrainingProgramme;
  attendance: readonly ProgrammeAttendance[];
  policy?: TrainingCreditPolicy;
}

/**
 * Hours for one programme: all of its published hours if the teacher attended at least the threshold
 * share and passed its assessment, otherwise none — partial attendance earns no partial hours.
 */
export function creditForProgramme(options: CreditOptions): CreditDecision {
  const { teacherId, programme } = options;
  const policy = options.policy ?? DEFAULT_TRAINING_CREDIT_POLICY;
  const record = options.attendance.find((a) => a.teacherId === teacherId && a.programmeId === programme.id);
  if (!record || record.attendedHours <= 0) {
    return { ok: false, message: `未参加培训项目“${programme.name}”，不能登记学时` };
  }
  const share = programme.hours > 0 ? record.attendedHours / programme.hours : 0;
  if (share < policy.completionThreshold) {
    const percent = (x: number) => `${Math.floor(x * 1000) / 10}%`;
    return {
      ok: false,
      message: `培训项目“${programme.name}”出勤 ${record.attendedHours} 学时（${percent(share)}），未达到 ${percent(policy.completionThreshold)} 的结业要求，不予认定学时`,
    };
  }
  if (!record.assessmentPassed) {
    return { ok: false, message: `培训项目“${programme.name}”考核未通过，不予认定学时` };
  }
  return {
    ok: true,
    credit: {
      programmeId: programme.id,
      level: programme.level,
      kind: programme.kind,
      hours: programme.hours,
      creditedOn: record.completedOn,
    },
  };
}

export interface KindHours {
  /** Hours recorded in the window. */
  recorded: number;
  /** Hours that count after the kind's cap. */
  counted: number;
}

/**
 * Hours are added in whole millionths of an hour — exact for any figure a form records — and compared with
 * the requirement before any rounding, so 359.995 is short of 360 and binary error never decides a pass.
 */
const MICRO_PER_HOUR = 1_000_000;
export const toMicroHours = (hours: number): number => Math.round(hours * MICRO_PER_HOUR);
const fromMicroHours = (micro: number): number => micro / MICRO_PER_HOUR;

/** Whether `hours` (an exact sum from `creditedHoursInWindow`) reach `required`. */
export function reachesHours(hours: number, required: number): boolean {
  return toMicroHours(hours) >= toMicroHours(required);
}

export interface CycleHours {
  /** The exact sum, never rounded. */
  total: number;
  byKind: Record<ProgrammeKind, KindHours>;
  /** One Chinese line per kind whose cap cut hours. */
  notes: string[];
}

/** Hours that count in a window (a registration cycle): credits dated inside it, each kind within its cap. */
export function creditedHoursInWindow(
  credits: readonly TrainingCredit[],
  window: DatePeriod,
  policy: TrainingCreditPolicy = DEFAULT_TRAINING_CREDIT_POLICY,
): CycleHours {
  const recorded = Object.fromEntries(PROGRAMME_KINDS.map((kind) => [kind, 0])) as Record<
    ProgrammeKind,
    number
  >;
  for (const credit of credits) {
    if (containsDate(window, credit.creditedOn)) recorded[credit.kind] += toMicroHours(credit.hours);
  }
  const notes: string[] = [];
  let total = 0;
  const byKind = {} as Record<ProgrammeKind, KindHours>;
  for (const kind of PROGRAMME_KINDS) {
    const cap = policy.capsPerCycle[kind];
    const counted = cap === undefined ? recorded[kind] : Math.min(recorded[kind], toMicroHours(cap));
    byKind[kind] = { recorded: fromMicroHours(recorded[kind]), counted: fromMicroHours(counted) };
    if (counted < recorded[kind]) {
      notes.push(
        `${PROGRAMME_KIND_LABELS[kind]}记录 ${byKind[kind].recorded} 学时，每周期最多计 ${cap} 学时`,
      );
    }
    total += counted;
  }
  return { total: fromMicroHours(total), byKind, notes };
}
