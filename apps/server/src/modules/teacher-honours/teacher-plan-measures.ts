import type { ProgrammeKind } from "@edubureau/domain/teachers";
import type {
  BindingMeasureCode,
  HONOUR_TYPES,
  STUDIO_ESTABLISHMENTS,
  STUDIO_TYPES,
  TRAINING_PROGRAMMES,
} from "@edubureau/domain/work-plan";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";
import type { MeasureProvenance, PlanMeasureProvider } from "../work-plan/plan-measures.ts";
import { teacherCardTable } from "../teachers/teachers.read-model.ts";
import { trainingCreditsTable } from "../teacher-training/training.read-model.ts";

type TrainingProgramme = (typeof TRAINING_PROGRAMMES)[number];
type HonourType = (typeof HONOUR_TYPES)[number];

/** The plan's programme names as the training module's kinds; 送教送培 is not a kind it records. */
const KIND_OF: Record<TrainingProgramme, ProgrammeKind | null> = {
  市级培训: "municipalTraining",
  骨干教师滚动培训: "backboneRolling",
  异地高端研修: "offsiteAdvanced",
  校本培训: "schoolBased",
  送教送培: null,
};

/** 名校长 and 名园长 come from one 名校长(园长) round, told apart by the awardee's post. */
const HONOUR_CONDITION: Record<HonourType, ReturnType<typeof sql>> = {
  名校长: sql`(r.kind = 'famousPrincipal' and t.post <> 'kindergartenHead')`,
  名园长: sql`(r.kind = 'famousPrincipal' and t.post = 'kindergartenHead')`,
  卓越教师: sql`r.kind = 'excellentTeacher'`,
  感动星城魅力教师: sql`r.kind = 'charmingTeacher'`,
};

const MEASURES = [
  "teacher_training_completions",
  "principal_selection_count",
  "studio_count",
  "normal_student_intake",
] as const satisfies readonly BindingMeasureCode[];
type TeacherMeasure = (typeof MEASURES)[number];

function isTeacherMeasure(measure: BindingMeasureCode): measure is TeacherMeasure {
  return (MEASURES as readonly string[]).includes(measure);
}

async function count(db: Db, query: ReturnType<typeof sql>): Promise<number | null> {
  const [row] = await queryRows<{ n: number | null }>(db, query);
  return row?.n ?? null;
}

/**
 * The eight teacher targets of the 2019 plan (T06-1/2, T28-1…6), computed from this module's tables for
 * any org-unit subtree: programme completions (teachers credited, counted once per kind and year), awards
 * of finished rounds, studios by type and establishment, and the 公费师范生 intake record.
 */
export function createTeacherPlanMeasures(db: Db): PlanMeasureProvider {
  async function pathOf(orgUnitId: string): Promise<string | null> {
    const [row] = await queryRows<{ path: string }>(
      db,
      sql`select path from org_units where id = ${orgUnitId}`,
    );
    return row ? `${escapeLike(row.path)}%` : null;
  }

  const handlers: Record<TeacherMeasure, (filter: unknown, scope: string) => Promise<number | null>> = {
    teacher_training_completions(filter, scope) {
      const f = filter as { programmeKind: TrainingProgramme; year: number };
      const kind = KIND_OF[f.programmeKind];
      if (kind === null) return Promise.resolve(null);
      return count(
        db,
        sql`select count(distinct c.teacher_id)::int as n from ${trainingCreditsTable} c
            join ${teacherCardTable} t on t.id = c.teacher_id join org_units iu on iu.id = t.institution_id
            where c.programme_id is not null and c.status = 'approved' and c.kind = ${kind}
              and c.credited_on between ${`${f.year}-01-01`} and ${`${f.year}-12-31`} and iu.path like ${scope}`,
      );
    },
    principal_selection_count(filter, scope) {
      const f = filter as { honourTypes: HonourType[]; year: number };
      const any = sql.join(
        f.honourTypes.map((h) => HONOUR_CONDITION[h]),
        sql` or `,
      );
      return count(
        db,
        sql`select count(*)::int as n from honour_nominations n join honour_rounds r on r.id = n.round_id
            join ${teacherCardTable} t on t.id = n.teacher_id join org_units iu on iu.id = t.institution_id
            where n.awarded_on is not null and r.year = ${f.year} and (${any}) and iu.path like ${scope}`,
      );
    },
    studio_count(filter, scope) {
      const f = filter as {
        studioTypes: (typeof STUDIO_TYPES)[number][];
        establishment: (typeof STUDIO_ESTABLISHMENTS)[number][];
        year: number;
      };
      return count(
        db,
        sql`select count(*)::int as n from teacher_studios s join org_units iu on iu.id = s.institution_id
            where s.type = any(${sql.param(f.studioTypes)}::text[]) and s.establishment = any(${sql.param(f.establishment)}::text[])
              and s.year = ${f.year} and iu.path like ${scope}`,
      );
    },
    normal_student_intake(filter, scope) {
      const f = filter as { programme: string; year: number };
      return count(
        db,
        sql`select sum(i.students)::int as n from normal_student_intakes i join org_units d on d.id = i.district_id
            where i.programme = ${f.programme} and i.year = ${f.year} and d.path like ${scope}`,
      );
    },
  };

  /**
   * Training completions count credits the school has approved: units are the schools whose teachers hold
   * credits of the programme kind in the year; missing, those with credits still awaiting approval only.
   */
  async function trainingProvenance(filter: unknown, scope: string): Promise<MeasureProvenance> {
    const f = filter as { programmeKind: TrainingProgramme; year: number };
    const kind = KIND_OF[f.programmeKind];
    const source = "教师培训学时登记（学校认定后计入）";
    if (kind === null) return { dataSource: source, approvedAsOf: null, units: null };
    const [row] = await queryRows<{ reporting: number; approved: number; asOf: Date | string | null }>(
      db,
      sql`select count(distinct t.institution_id)::int as reporting,
            (count(distinct t.institution_id) filter (where c.status = 'approved'))::int as approved,
            max(c.created_at) filter (where c.status = 'approved') as "asOf"
          from ${trainingCreditsTable} c join ${teacherCardTable} t on t.id = c.teacher_id join org_units iu on iu.id = t.institution_id
          where c.programme_id is not null and c.status <> 'rejected' and c.kind = ${kind}
            and c.credited_on between ${`${f.year}-01-01`} and ${`${f.year}-12-31`} and iu.path like ${scope}`,
    );
    const reporting = row?.reporting ?? 0;
    const approved = row?.approved ?? 0;
    return {
      dataSource: source,
      approvedAsOf: row?.asOf ? new Date(row.asOf) : null,
      units: { reporting, approved, missing: reporting - approved },
    };
  }

  return {
    measures: MEASURES,
    async evaluate(measure, filter, orgUnitId) {
      if (!isTeacherMeasure(measure)) return null;
      const scope = await pathOf(orgUnitId);
      return scope === null ? null : handlers[measure](filter, scope);
    },
    async provenance(measure, filter, orgUnitId) {
      const scope = await pathOf(orgUnitId);
      if (scope === null || !isTeacherMeasure(measure)) return null;
      if (measure === "teacher_training_completions") return trainingProvenance(filter, scope);
      return { dataSource: "教师管理记录（评选、工作室、公费师范生）", approvedAsOf: null, units: null };
    },
  };
}
