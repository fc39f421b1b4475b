import { sql } from "drizzle-orm";
import {
  checklistFor,
  DRILL_TYPE_LABELS,
  drillShortfall,
  INSPECTION_KIND_LABELS,
  INSPECTION_TOPIC_LABELS,
  missedSelfInspections,
  requiredDrillsPerTerm,
  termLabel,
  termOf,
  termRange,
  type DrillType,
  type InspectionKind,
  type InspectionTopic,
} from "@edubureau/domain/campus-safety";
import { beijingDate } from "@edubureau/domain/work-plan";
import type { AppContext } from "../../app-context.ts";
import { queryRows } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { requireSafetyStaff } from "../../policies/campus-safety-scope.ts";
import { safetySchoolRecordPolicy } from "../../policies/safety-school-record.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { operatingSchoolsWithin } from "../institutions/institutions.read-model.ts";
import { safetyDrills, safetyInspections, safetyLessons } from "./campus-safety.tables.ts";
import { within } from "./incidents.queries.ts";
import { unitChain } from "./safety-units.queries.ts";

const d10 = (v: unknown) => String(v).slice(0, 10);

/** Inspections (self and spot), drills and safety-education lessons of the schools. */
export function createSchoolRecordsService(ctx: AppContext) {
  const { db } = ctx.database;
  const today = () => beijingDate(ctx.clock.now());

  async function schoolRecord(schoolId: string) {
    const school = await unitChain(db, schoolId);
    if (!school || school.kind !== "institution") throw problems.field("schoolId", "所选学校不存在");
    return { schoolId: school.id, schoolPath: school.path };
  }

  function notFuture(field: string, on: string) {
    if (on > today()) throw problems.field(field, "日期不能晚于今天");
  }

  return {
    checklist: (topic: InspectionTopic, month: number) => ({ items: checklistFor(topic, month) }),

    async recordInspection(
      actor: Actor,
      input: {
        schoolId: string;
        kind: InspectionKind;
        topic: InspectionTopic;
        inspectedOn: string;
        inspector: string;
        checkedItems: { item: string; ok: boolean }[];
        findings: string;
      },
    ) {
      const record = await schoolRecord(input.schoolId);
      safetySchoolRecordPolicy.authorize(actor, input.kind === "self" ? "record" : "supervise", record);
      if (input.kind === "self" && actor.role !== "school")
        throw problems.field("kind", "学校自查由学校填报；区县检查请选择“区县抽查”。");
      notFuture("inspectedOn", input.inspectedOn);
      const now = ctx.clock.now();
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(safetyInspections)
          .values({ ...input, createdBy: actor.userId, createdAt: now })
          .returning({ id: safetyInspections.id });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "SAFETY_INSPECTION_RECORDED", entityId: row!.id, after: input },
          now,
        );
        return { id: row!.id };
      });
    },

    /** Inspections within scope this year, and schools' months without a self-inspection (每月自查). */
    async inspections(actor: Actor) {
      requireSafetyStaff(actor);
      const on = today();
      const from = `${on.slice(0, 4)}-01-01`;
      const rows = await queryRows<{
        id: string;
        schoolId: string;
        schoolName: string;
        kind: InspectionKind;
        topic: InspectionTopic;
        inspectedOn: string;
        inspector: string;
        checkedItems: unknown;
        findings: string;
      }>(
        db,
        sql`select s.id, s.school_id as "schoolId", u.name as "schoolName", s.kind, s.topic, s.inspected_on::text as "inspectedOn",
              s.inspector, s.checked_items as "checkedItems", s.findings
            from safety_inspections s join org_units u on u.id = s.school_id
            where ${within(actor.scopePath)} and s.inspected_on >= ${from} order by s.inspected_on desc limit 1000`,
      );
      const schools = await operatingSchoolsWithin(db, actor.scopePath);
      const selfDates = new Map<string, string[]>();
      for (const r of rows)
        if (r.kind === "self")
          selfDates.set(r.schoolId, [...(selfDates.get(r.schoolId) ?? []), d10(r.inspectedOn)]);
      return {
        items: rows.map((r) => ({
          id: r.id,
          school: { id: r.schoolId, name: r.schoolName },
          kind: r.kind,
          kindLabel: INSPECTION_KIND_LABELS[r.kind],
          topic: r.topic,
          topicLabel: INSPECTION_TOPIC_LABELS[r.topic] ?? r.topic,
          inspectedOn: d10(r.inspectedOn),
          inspector: r.inspector,
          checkedItems: (typeof r.checkedItems === "string"
            ? JSON.parse(r.checkedItems)
            : r.checkedItems) as { item: string; ok: boolean }[],
          findings: r.findings,
        })),
        missed: schools
          .map((s) => ({
            school: { id: s.id, name: s.name },
            months: missedSelfInspections(selfDates.get(s.id) ?? [], from, on),
          }))
          .filter((m) => m.months.length > 0),
      };
    },

    async recordDrill(
      actor: Actor,
      input: {
        schoolId: string;
        drillType: DrillType;
        heldOn: string;
        participants: number;
        problems: string;
      },
    ) {
      const record = await schoolRecord(input.schoolId);
      safetySchoolRecordPolicy.authorize(actor, "record", record);
      notFuture("heldOn", input.heldOn);
      const now = ctx.clock.now();
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(safetyDrills)
          .values({ ...input, term: termOf(input.heldOn), createdAt: now })
          .returning({ id: safetyDrills.id });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "SAFETY_DRILL_RECORDED", entityId: row!.id, after: input },
          now,
        );
        return { id: row!.id };
      });
    },

    async recordLesson(
      actor: Actor,
      input: { schoolId: string; topic: string; heldOn: string; grade: string; participants: number },
    ) {
      const record = await schoolRecord(input.schoolId);
      safetySchoolRecordPolicy.authorize(actor, "record", record);
      notFuture("heldOn", input.heldOn);
      const now = ctx.clock.now();
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(safetyLessons)
          .values({ ...input, createdAt: now })
          .returning({ id: safetyLessons.id });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "SAFETY_LESSON_RECORDED", entityId: row!.id, after: input },
          now,
        );
        return { id: row!.id };
      });
    },

    /** Drills and lessons of one term within scope; each school's count against the required number. */
    async drills(actor: Actor, term?: string) {
      requireSafetyStaff(actor);
      const t = term ?? termOf(today());
      const range = termRange(t);
      const drills = await queryRows<{
        id: string;
        schoolId: string;
        schoolName: string;
        drillType: DrillType;
        heldOn: string;
        participants: number;
        problems: string;
      }>(
        db,
        sql`select r.id, r.school_id as "schoolId", u.name as "schoolName", r.drill_type as "drillType", r.held_on::text as "heldOn",
              r.participants, r.problems
            from safety_drills r join org_units u on u.id = r.school_id
            where ${within(actor.scopePath)} and r.term = ${t} order by r.held_on desc limit 2000`,
      );
      const lessons = await queryRows<{
        id: string;
        schoolId: string;
        schoolName: string;
        topic: string;
        heldOn: string;
        grade: string;
        participants: number;
      }>(
        db,
        sql`select l.id, l.school_id as "schoolId", u.name as "schoolName", l.topic, l.held_on::text as "heldOn", l.grade, l.participants
            from safety_lessons l join org_units u on u.id = l.school_id
            where ${within(actor.scopePath)} and l.held_on between ${range.from} and ${range.to} order by l.held_on desc limit 2000`,
      );
      const schools = await operatingSchoolsWithin(db, actor.scopePath);
      const held = new Map<string, number>();
      for (const r of drills) held.set(r.schoolId, (held.get(r.schoolId) ?? 0) + 1);
      const taught = new Map<string, number>();
      for (const r of lessons) taught.set(r.schoolId, (taught.get(r.schoolId) ?? 0) + 1);
      return {
        term: t,
        termLabel: termLabel(t),
        drills: drills.map((r) => ({
          id: r.id,
          school: { id: r.schoolId, name: r.schoolName },
          drillType: r.drillType,
          drillTypeLabel: DRILL_TYPE_LABELS[r.drillType] ?? r.drillType,
          heldOn: d10(r.heldOn),
          participants: r.participants,
          problems: r.problems,
        })),
        lessons: lessons.map((r) => ({
          id: r.id,
          school: { id: r.schoolId, name: r.schoolName },
          topic: r.topic,
          heldOn: d10(r.heldOn),
          grade: r.grade,
          participants: r.participants,
        })),
        perSchool: schools
          .filter((s) => requiredDrillsPerTerm(s.type) > 0)
          .map((s) => ({
            school: { id: s.id, name: s.name },
            districtName: s.districtName,
            held: held.get(s.id) ?? 0,
            required: requiredDrillsPerTerm(s.type),
            shortfall: drillShortfall(s.type, held.get(s.id) ?? 0),
            lessons: taught.get(s.id) ?? 0,
          })),
      };
    },
  };
}

export type SchoolRecordsService = ReturnType<typeof createSchoolRecordsService>;
