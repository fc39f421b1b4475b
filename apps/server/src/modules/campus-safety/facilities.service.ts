import { eq, inArray, sql } from "drizzle-orm";
import { isWithin } from "@edubureau/domain";
import {
  EXTRA_GUARDS_SOURCE,
  rollupCompliance,
  SAFETY_ITEM_DEFENCE,
  SAFETY_ITEM_LABELS,
  SAFETY_ITEM_SOURCES,
  SAFETY_ITEMS,
  schoolCompliance,
  type FacilityRegister,
  type SafetyItem,
  type SchoolCompliance,
} from "@edubureau/domain/campus-safety";
import { INSTITUTION_TYPE_LABELS } from "@edubureau/domain/registry";
import type { AppContext } from "../../app-context.ts";
import { queryRows, type Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { requireSafetyStaff } from "../../policies/campus-safety-scope.ts";
import { safetySchoolRecordPolicy } from "../../policies/safety-school-record.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { operatingSchoolsWithin, type ScopedSchool } from "../institutions/institutions.read-model.ts";
import { escapeLike } from "../../db/like.ts";
import { safetyFacilityRegisters, safetyUpgradeItems } from "./campus-safety.tables.ts";
import { unitChain } from "./safety-units.queries.ts";

const STATUS_LABELS: Record<SchoolCompliance["status"], string> = {
  not_applicable: "不适用",
  no_register: "未填报台账",
  compliant: "达标",
  non_compliant: "未达标",
};

function registerOf(row: typeof safetyFacilityRegisters.$inferSelect): FacilityRegister {
  return {
    enrolment: row.enrolment,
    guards: row.guards,
    closedManagement: row.closedManagement,
    alarmLinked: row.alarmLinked,
    entranceVideo: row.entranceVideo,
    videoRetentionDays: row.videoRetentionDays,
    vehicleBarriers: row.vehicleBarriers,
    escortPost: row.escortPost,
  };
}

/** Live 三防 compliance of the schools within a scope: each school, each district, the whole. */
export async function complianceWithin(db: Db, scopePath: string) {
  const schools = await operatingSchoolsWithin(db, scopePath);
  const registers = await registersOf(db, schools);
  const rows = schools.map((s) => {
    const register = registers.get(s.id) ?? null;
    return { school: s, register, result: schoolCompliance(s.type, register) };
  });
  const byDistrict = new Map<string, { id: string; name: string; results: SchoolCompliance[] }>();
  for (const r of rows) {
    const d = byDistrict.get(r.school.districtId) ?? {
      id: r.school.districtId,
      name: r.school.districtName,
      results: [],
    };
    d.results.push(r.result);
    byDistrict.set(r.school.districtId, d);
  }
  return {
    rows,
    total: rollupCompliance(rows.map((r) => r.result)),
    districts: [...byDistrict.values()].map((d) => ({
      id: d.id,
      name: d.name,
      ...rollupCompliance(d.results),
    })),
  };
}

async function registersOf(db: Db, schools: readonly ScopedSchool[]) {
  const out = new Map<string, FacilityRegister>();
  for (let i = 0; i < schools.length; i += 1000) {
    const ids = schools.slice(i, i + 1000).map((s) => s.id);
    if (ids.length === 0) continue;
    const rows = await db
      .select()
      .from(safetyFacilityRegisters)
      .where(inArray(safetyFacilityRegisters.schoolId, ids));
    for (const row of rows) out.set(row.schoolId, registerOf(row));
  }
  return out;
}

export function createFacilitiesService(ctx: AppContext) {
  const { db } = ctx.database;

  async function schoolRecord(schoolId: string) {
    const school = await unitChain(db, schoolId);
    if (!school || school.kind !== "institution") throw problems.field("schoolId", "所选学校不存在");
    return { schoolId: school.id, schoolPath: school.path, name: school.name };
  }

  return {
    async compliance(actor: Actor) {
      requireSafetyStaff(actor);
      const c = await complianceWithin(db, actor.scopePath);
      return {
        total: c.total,
        districts: c.districts,
        standards: SAFETY_ITEMS.map((item) => ({
          item,
          label: SAFETY_ITEM_LABELS[item],
          defence: SAFETY_ITEM_DEFENCE[item],
          ...SAFETY_ITEM_SOURCES[item],
          more: item === "guards" ? [EXTRA_GUARDS_SOURCE] : [],
        })),
        schools: c.rows.map(({ school, register, result }) => ({
          school: { id: school.id, name: school.name },
          districtId: school.districtId,
          districtName: school.districtName,
          typeLabel: INSTITUTION_TYPE_LABELS[school.type],
          status: result.status,
          statusLabel: STATUS_LABELS[result.status],
          items:
            result.status === "compliant" || result.status === "non_compliant"
              ? result.items.map((i) => ({ ...i, label: SAFETY_ITEM_LABELS[i.item] }))
              : [],
          register,
          canEdit: safetySchoolRecordPolicy.allow(actor, "record", {
            schoolId: school.id,
            schoolPath: school.path,
          }),
        })),
      };
    },

    async saveRegister(actor: Actor, schoolId: string, input: FacilityRegister) {
      const record = await schoolRecord(schoolId);
      safetySchoolRecordPolicy.authorize(actor, "record", record);
      const now = ctx.clock.now();
      await db.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(safetyFacilityRegisters)
          .where(eq(safetyFacilityRegisters.schoolId, schoolId));
        await tx
          .insert(safetyFacilityRegisters)
          .values({ schoolId, ...input, updatedAt: now, updatedBy: actor.userId })
          .onConflictDoUpdate({
            target: safetyFacilityRegisters.schoolId,
            set: { ...input, updatedAt: now, updatedBy: actor.userId },
          });
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "SAFETY_FACILITY_REGISTER_SAVED",
            entityId: schoolId,
            before: before ? registerOf(before) : null,
            after: input,
          },
          now,
        );
      });
      return { id: schoolId };
    },

    async upgrades(actor: Actor) {
      requireSafetyStaff(actor);
      const rows = await queryRows<{
        id: string;
        schoolId: string;
        schoolName: string;
        item: SafetyItem;
        budgetWan: string | number;
        plannedBy: string;
        completedOn: string | null;
      }>(
        db,
        sql`select g.id, g.school_id as "schoolId", u.name as "schoolName", g.item, g.budget_wan as "budgetWan",
              g.planned_by::text as "plannedBy", g.completed_on::text as "completedOn"
            from safety_upgrade_items g join org_units u on u.id = g.school_id
            where u.path like ${`${escapeLike(actor.scopePath)}%`} order by g.planned_by, u.code limit 2000`,
      );
      const items = rows.map((r) => ({
        id: r.id,
        school: { id: r.schoolId, name: r.schoolName },
        item: r.item,
        itemLabel: SAFETY_ITEM_LABELS[r.item] ?? r.item,
        budgetWan: Number(r.budgetWan),
        plannedBy: r.plannedBy.slice(0, 10),
        completedOn: r.completedOn?.slice(0, 10) ?? null,
      }));
      return {
        items,
        totals: {
          items: items.length,
          completed: items.filter((i) => i.completedOn !== null).length,
          budgetWan: items.reduce((a, i) => a + i.budgetWan, 0),
        },
      };
    },

    async addUpgrade(
      actor: Actor,
      input: { schoolId: string; item: SafetyItem; budgetWan: number; plannedBy: string },
    ) {
      const record = await schoolRecord(input.schoolId);
      safetySchoolRecordPolicy.authorize(actor, "supervise", record);
      const now = ctx.clock.now();
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(safetyUpgradeItems)
          .values({ ...input, createdAt: now })
          .returning({ id: safetyUpgradeItems.id });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "SAFETY_UPGRADE_ITEM_CREATED", entityId: row!.id, after: input },
          now,
        );
        return { id: row!.id };
      });
    },

    async completeUpgrade(actor: Actor, id: string, completedOn: string) {
      const [row] = await db.select().from(safetyUpgradeItems).where(eq(safetyUpgradeItems.id, id));
      const record = row ? await schoolRecord(row.schoolId) : null;
      if (!row || !record || !isWithin(record.schoolPath, actor.scopePath))
        throw problems.notFound("升级项目");
      safetySchoolRecordPolicy.authorize(actor, "supervise", record);
      if (row.completedOn) throw problems.conflict("该升级项目已完成。");
      const now = ctx.clock.now();
      await db.transaction(async (tx) => {
        await tx.update(safetyUpgradeItems).set({ completedOn }).where(eq(safetyUpgradeItems.id, id));
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "SAFETY_UPGRADE_ITEM_COMPLETED",
            entityId: id,
            before: { completedOn: null },
            after: { completedOn },
          },
          now,
        );
      });
      return { id };
    },
  };
}

export type FacilitiesService = ReturnType<typeof createFacilitiesService>;
