import { sql } from "drizzle-orm";
import {
  checklistFor,
  defaultDeadline,
  HAZARD_LEVELS,
  INSPECTION_TOPICS,
  isCoveredBySafetyStandard,
  nextFollowUp,
  requiredGuards,
  termOf,
  type HazardLevel,
  type Severity,
} from "@edubureau/domain/campus-safety";
import { addDays, beijingDate } from "@edubureau/domain/work-plan";
import { deterministicId, Prng } from "../../../../tools/synthetic-city/prng.ts";
import { queryRows } from "../db/database.ts";
import { col, fields, type Column, type TableSpec } from "../platform/bulk-insert.ts";
import type { FeatureSeed } from "./feature-seed.ts";

const spec = <T>(table: string, columns: Column<T>[]): TableSpec<T> => ({ table, columns });

interface Register {
  schoolId: string;
  enrolment: number;
  guards: number;
  closedManagement: boolean;
  alarmLinked: boolean;
  entranceVideo: boolean;
  videoRetentionDays: number;
  vehicleBarriers: boolean;
  escortPost: boolean;
}
interface Upgrade {
  id: string;
  schoolId: string;
  item: string;
  budgetWan: number;
  plannedBy: string;
  completedOn: string | null;
}
interface Inspection {
  id: string;
  schoolId: string;
  kind: string;
  topic: string;
  inspectedOn: string;
  inspector: string;
  checkedItems: string;
  findings: string;
}
interface Hazard {
  id: string;
  schoolId: string;
  level: HazardLevel;
  title: string;
  status: string;
  responsible: string | null;
  deadline: string;
  evidence: string;
  reportedOn: string;
  closedOn: string | null;
}
interface Drill {
  id: string;
  schoolId: string;
  drillType: string;
  heldOn: string;
  term: string;
  participants: number;
  problems: string;
}
interface Lesson {
  id: string;
  schoolId: string;
  topic: string;
  heldOn: string;
  grade: string;
  participants: number;
}
interface Incident {
  id: string;
  schoolId: string;
  category: string;
  severity: Severity;
  title: string;
  description: string;
  casualties: number;
  occurredAt: Date;
  reportedAt: Date;
  status: string;
  acknowledgedAt: Date | null;
  followedUpAt: Date | null;
  closedAt: Date | null;
  closureReport: string | null;
}
interface Step {
  id: string;
  incidentId: string;
  at: Date;
  kind: string;
  actorName: string;
  note: string;
}

const REGISTERS = spec<Register>(
  "safety_facility_registers",
  fields(`
    school_id:uuid enrolment:integer guards:integer closed_management:boolean alarm_linked:boolean
    entrance_video:boolean video_retention_days:integer vehicle_barriers:boolean escort_post:boolean
  `),
);
const UPGRADES = spec<Upgrade>(
  "safety_upgrade_items",
  fields("id:uuid school_id:uuid item budget_wan:numeric planned_by:date completed_on:date"),
);
const INSPECTIONS = spec<Inspection>(
  "safety_inspections",
  fields("id:uuid school_id:uuid kind topic inspected_on:date inspector checked_items:jsonb findings"),
);
const HAZARDS = spec<Hazard>(
  "safety_hazards",
  fields(`
    id:uuid school_id:uuid level title status responsible deadline:date evidence:jsonb reported_on:date
    closed_on:date
  `),
);
const DRILLS = spec<Drill>(
  "safety_drills",
  fields("id:uuid school_id:uuid drill_type held_on:date term participants:integer problems"),
);
const LESSONS = spec<Lesson>(
  "safety_lessons",
  fields("id:uuid school_id:uuid topic held_on:date grade participants:integer"),
);
const INCIDENTS = spec<Incident>("safety_incidents", [
  ...fields("id:uuid school_id:uuid category severity title description casualties:integer"),
  col("occurred_at", "timestamptz", (r) => r.occurredAt.toISOString()),
  col("reported_at", "timestamptz", (r) => r.reportedAt.toISOString()),
  col("status", "text", (r) => r.status),
  col("acknowledged_at", "timestamptz", (r) => r.acknowledgedAt?.toISOString() ?? null),
  col("followed_up_at", "timestamptz", (r) => r.followedUpAt?.toISOString() ?? null),
  col("closed_at", "timestamptz", (r) => r.closedAt?.toISOString() ?? null),
  col("closure_report", "text", (r) => r.closureReport),
]);
const STEPS = spec<Step>("safety_incident_events", [
  col("id", "uuid", (r) => r.id),
  col("incident_id", "uuid", (r) => r.incidentId),
  col("at", "timestamptz", (r) => r.at.toISOString()),
  ...fields("kind actor_name note"),
]);

const HAZARD_TITLES = [
  "围墙局部破损",
  "消防通道堆放杂物",
  "灭火器过期",
  "配电箱未上锁",
  "实验室危化品台账不全",
  "食堂留样不足 48 小时",
  "楼梯扶手松动",
  "校门口减速带缺失",
];
const INCIDENT_SAMPLES: {
  category: string;
  severity: Severity;
  title: string;
  description: string;
  casualties: number;
}[] = [
  {
    category: "accident",
    severity: "IV",
    title: "学生课间摔伤",
    description: "课间追逐摔倒，手臂擦伤，校医处置后送医复查。",
    casualties: 1,
  },
  {
    category: "food",
    severity: "III",
    title: "疑似食物中毒",
    description: "午餐后 6 名学生腹痛，已送医观察，食品留样已封存。",
    casualties: 6,
  },
  {
    category: "traffic",
    severity: "II",
    title: "校门口交通事故",
    description: "放学时社会车辆刮碰学生，一人轻伤，交警已到场。",
    casualties: 1,
  },
  {
    category: "violence",
    severity: "IV",
    title: "学生冲突",
    description: "两名学生发生肢体冲突，班主任已介入并通知家长。",
    casualties: 0,
  },
  {
    category: "building",
    severity: "IV",
    title: "教室吊顶脱落",
    description: "一间教室吊顶局部脱落，无人员受伤，已封闭教室。",
    casualties: 0,
  },
  {
    category: "fire",
    severity: "III",
    title: "食堂油烟管道起火",
    description: "食堂油烟管道起火，已扑灭，无人员受伤。",
    casualties: 0,
  },
];

/**
 * 校园安全 demo data: facility registers (most schools up to standard, a share short of guards, video or
 * barriers), an upgrade programme for the gaps, monthly self-inspections with some months missed, hazards
 * (some overdue), this term's drills and lessons, incidents in the last days in every state, crisis cases at
 * the demo school (the demo `school` account is its named psychologist, `furong` the district's officer) and
 * a few 舆情 events. Dates are relative to the seed time so the command board is live on start.
 */
export const seedCampusSafety: FeatureSeed = async ({ tx, city, scale, seed, now, write }) => {
  const rng = new Prng(seed, "campus-safety");
  const id = (kind: string, key: string) => deterministicId(seed, `safety-${kind}`, key);
  const today = beijingDate(now);
  const schools = city.institutions.filter(
    (i) => i.status === "operating" && isCoveredBySafetyStandard(i.type),
  );

  const registers: Register[] = [];
  const upgrades: Upgrade[] = [];
  const inspections: Inspection[] = [];
  const hazards: Hazard[] = [];
  const drills: Drill[] = [];
  const lessons: Lesson[] = [];
  const monthStart = `${today.slice(0, 4)}-01-01`;
  const months = Number(today.slice(5, 7)) - 1;
  for (const s of schools) {
    const enrolment = Math.max(60, Math.round(s.places * rng.float(0.75, 1)));
    if (rng.chance(0.9)) {
      const guardsShort = rng.chance(0.15);
      const r: Register = {
        schoolId: s.id,
        enrolment,
        guards: requiredGuards(enrolment) - (guardsShort ? 1 : 0),
        closedManagement: rng.chance(0.97),
        alarmLinked: rng.chance(0.93),
        entranceVideo: true,
        videoRetentionDays: rng.chance(0.9) ? 30 : 15,
        vehicleBarriers: rng.chance(0.88),
        escortPost: s.type === "secondary_vocational" ? false : rng.chance(0.95),
      };
      registers.push(r);
      const gaps: [string, boolean][] = [
        ["guards", guardsShort],
        ["alarmLinked", !r.alarmLinked],
        ["videoRetention", r.videoRetentionDays < 30],
        ["vehicleBarriers", !r.vehicleBarriers],
      ];
      for (const [item, gap] of gaps)
        if (gap)
          upgrades.push({
            id: id("upgrade", `${s.id}-${item}`),
            schoolId: s.id,
            item,
            budgetWan: Math.round(rng.float(1, 20) * 10) / 10,
            plannedBy: addDays(today, rng.int(10, 120)),
            completedOn: null,
          });
    }
    // Monthly self-inspections this year; about one school in eight missed a month.
    for (let m = 0; m < months; m++) {
      if (rng.chance(0.04)) continue;
      const topic = INSPECTION_TOPICS[rng.int(0, INSPECTION_TOPICS.length - 1)]!;
      const on = `${today.slice(0, 4)}-${String(m + 1).padStart(2, "0")}-${String(rng.int(5, 25)).padStart(2, "0")}`;
      if (on < monthStart) continue;
      inspections.push({
        id: id("inspection", `${s.id}-${m}`),
        schoolId: s.id,
        kind: "self",
        topic,
        inspectedOn: on,
        inspector: "校安全办",
        checkedItems: JSON.stringify(
          checklistFor(topic, m + 1).map((item) => ({ item, ok: rng.chance(0.9) })),
        ),
        findings: "",
      });
    }
    if (rng.chance(0.3)) {
      const level = HAZARD_LEVELS[rng.int(0, 2)]!;
      const reportedOn = addDays(today, -rng.int(1, 40));
      const deadline = defaultDeadline(level, reportedOn);
      const closed = rng.chance(0.55);
      hazards.push({
        id: id("hazard", s.id),
        schoolId: s.id,
        level,
        title: HAZARD_TITLES[rng.int(0, HAZARD_TITLES.length - 1)]!,
        status: closed ? "closed" : rng.chance(0.5) ? "assigned" : "rectified",
        responsible: "总务主任",
        deadline,
        evidence: closed
          ? JSON.stringify([{ note: "已整改，附现场照片说明", at: now.toISOString(), by: "总务主任" }])
          : "[]",
        reportedOn,
        closedOn: closed ? addDays(reportedOn, rng.int(1, 10)) : null,
      });
    }
    const heldCount = rng.int(0, 2);
    for (let d = 0; d < heldCount; d++) {
      const heldOn = addDays(today, -rng.int(0, 60));
      drills.push({
        id: id("drill", `${s.id}-${d}`),
        schoolId: s.id,
        drillType: rng.chance(0.5) ? "evacuation" : "fire",
        heldOn,
        term: termOf(heldOn),
        participants: Math.round(enrolment * rng.float(0.8, 1)),
        problems: rng.chance(0.2) ? "个别班级疏散路线不熟" : "",
      });
    }
    if (rng.chance(0.6))
      lessons.push({
        id: id("lesson", s.id),
        schoolId: s.id,
        topic: rng.chance(0.5) ? "防溺水安全教育" : "交通安全教育",
        heldOn: addDays(today, -rng.int(0, 30)),
        grade: "全校",
        participants: enrolment,
      });
  }

  // Incidents of the last days in every state (demo: a dozen; city: one per ~100 schools).
  const incidents: Incident[] = [];
  const steps: Step[] = [];
  const incidentCount = scale === "demo" ? 12 : Math.round(schools.length / 100);
  const HOUR = 3600_000;
  for (let n = 0; n < incidentCount && schools.length > 0; n++) {
    const s =
      n === 0
        ? (schools.find((x) => x.id === city.accountSchoolId) ?? schools[0]!)
        : schools[rng.int(0, schools.length - 1)]!;
    const sample = INCIDENT_SAMPLES[n % INCIDENT_SAMPLES.length]!;
    const reportedAt = new Date(now.getTime() - rng.float(0.2, 120) * HOUR);
    const occurredAt = new Date(reportedAt.getTime() - rng.float(0.1, 0.9) * HOUR);
    const state = n % 3 === 0 ? "reported" : n % 3 === 1 ? "acknowledged" : "closed";
    const ackAt = state === "reported" ? null : new Date(reportedAt.getTime() + 0.2 * HOUR);
    const closedAt =
      state === "closed" ? new Date(Math.min(now.getTime(), reportedAt.getTime() + 24 * HOUR)) : null;
    const incident: Incident = {
      id: id("incident", String(n)),
      schoolId: s.id,
      ...sample,
      occurredAt,
      reportedAt,
      status: state,
      acknowledgedAt: ackAt,
      followedUpAt: ackAt,
      closedAt,
      closureReport: closedAt ? "已妥善处置，学生情况稳定，整改措施已落实。" : null,
    };
    incidents.push(incident);
    steps.push({
      id: id("step", `${n}-r`),
      incidentId: incident.id,
      at: reportedAt,
      kind: "reported",
      actorName: s.name,
      note: "",
    });
    if (ackAt)
      steps.push({
        id: id("step", `${n}-a`),
        incidentId: incident.id,
        at: ackAt,
        kind: "acknowledged",
        actorName: "区县教育局",
        note: "已签收，指导学校处置",
      });
    if (closedAt)
      steps.push({
        id: id("step", `${n}-c`),
        incidentId: incident.id,
        at: closedAt,
        kind: "closed",
        actorName: s.name,
        note: incident.closureReport ?? "",
      });
  }

  await write("safety_facility_registers", "写入三防设施台账", REGISTERS, registers);
  await write("safety_upgrade_items", "写入三防升级项目", UPGRADES, upgrades);
  await write("safety_inspections", "写入安全检查", INSPECTIONS, inspections);
  await write("safety_hazards", "写入隐患", HAZARDS, hazards);
  await write("safety_drills", "写入应急演练", DRILLS, drills);
  await write("safety_lessons", "写入安全教育课", LESSONS, lessons);
  await write("safety_incidents", "写入安全事件", INCIDENTS, incidents);
  await write("safety_incident_events", "写入事件时间线", STEPS, steps);

  // Named crisis officers and a few cases at the demo school; 舆情 on the first incidents.
  const accounts = await queryRows<{ id: string; username: string }>(
    tx,
    sql`select id, username from users where username in ('school', 'furong')`,
  );
  for (const a of accounts)
    await tx.execute(
      sql`insert into safety_crisis_officers (user_id, duty, named_at) values (${a.id}, ${a.username === "school" ? "school_psychologist" : "district_officer"}, ${now})
          on conflict do nothing`,
    );
  const names = ["陈某某", "刘某某", "黄某某"];
  for (const [n, name] of names.entries()) {
    const risk = (["high", "medium", "low"] as const)[n]!;
    const openedOn = addDays(today, -rng.int(3, 30));
    await tx.execute(
      sql`insert into safety_crisis_cases (school_id, subject_kind, subject_name, risk, summary, intervention, opened_on, next_follow_up, created_at, updated_at)
          values (${city.accountSchoolId}, ${n === 2 ? "staff" : "student"}, ${name}, ${risk}, ${"近期情绪低落，班主任发现后转介心理教师。"},
                  ${"个别辅导，每周家校沟通。"}, ${openedOn}, ${nextFollowUp(risk, openedOn)}, ${now}, ${now})`,
    );
  }
  for (const incident of incidents.slice(0, 2)) {
    await tx.execute(
      sql`insert into safety_opinion_events (org_unit_id, incident_id, source, level, summary, status, reported_at)
          values (${incident.schoolId}, ${incident.id}, ${"微博"}, ${"medium"}, ${`网传“${incident.title}”相关视频`}, ${"open"}, ${now})`,
    );
  }
};
