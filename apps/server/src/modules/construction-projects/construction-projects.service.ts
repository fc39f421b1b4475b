import {
  checkDatesForStatus,
  checkProjectDates,
  checkProjectSubject,
  PROJECT_STATUS_LABELS,
  PROJECT_STATUSES,
  type InstitutionType,
  type Ownership,
  type ProjectKind,
  type SchoolLevel,
} from "@edubureau/domain/registry";
import { beijingDate } from "@edubureau/domain/work-plan";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { recordAudit, whoOf, type AuditEventOf } from "../audit/audit.service.ts";
import type { OrgUnitsService } from "../org-units/org-units.service.ts";
import * as q from "./construction-projects.queries.ts";
import { refuseIfAny, snapshot, totalsOf, view } from "./construction-projects.view.ts";
import {
  testValues,
  transitionValues,
  type TestsInput,
  type TransitionInput,
} from "./construction-projects.workflow.ts";
import { constructionProjectPolicy } from "../../policies/registry.ts";

type Row = q.ProjectListRow;

export interface ProjectInput {
  name: string;
  institutionId?: string | null | undefined;
  plannedInstitutionName?: string | null | undefined;
  districtId?: string | null | undefined;
  kind: ProjectKind;
  level: SchoolLevel;
  ownership?: Ownership | undefined;
  placesAdded: number;
  plannedStart?: string | null | undefined;
  plannedFinish?: string | null | undefined;
  investmentWan?: number | null | undefined;
}

export type ProjectUpdate = Partial<ProjectInput> & {
  actualStart?: string | null | undefined;
  actualFinish?: string | null | undefined;
};

interface Subject {
  institutionId: string | null;
  plannedInstitutionName: string | null;
  districtId: string;
  institutionType: InstitutionType | null;
  ownership: Ownership | null;
}

function emptyToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === "" ? null : value;
}

export function createConstructionProjectsService(ctx: AppContext, deps: { orgUnits: OrgUnitsService }) {
  const { db } = ctx.database;
  const { clock } = ctx;
  const today = () => beijingDate(clock.now());

  async function getVisible(actor: Actor, id: string, tx: Db = db): Promise<Row> {
    const row = await q.findInScope(tx, id, actor.scopePath);
    if (!row) throw problems.notFound("建设项目");
    return row;
  }

  /** Writable: visible and its district inside the actor's scope (a school sees, but never writes, its project). */
  async function getWritable(actor: Actor, id: string, tx: Db): Promise<Row> {
    const row = await getVisible(actor, id, tx);
    await deps.orgUnits.getInScope(actor, row.district.id, tx).catch(() => {
      throw problems.notFound("建设项目");
    });
    return row;
  }

  /** The school a project is for (in scope and registered), or a planned school in a district of the scope. */
  async function resolveSubject(
    actor: Actor,
    input: Pick<ProjectInput, "institutionId" | "plannedInstitutionName" | "districtId">,
    tx: Db,
  ): Promise<Subject> {
    const plannedInstitutionName = emptyToNull(input.plannedInstitutionName);
    if (input.institutionId) {
      const unit = await deps.orgUnits.getInScope(actor, input.institutionId, tx);
      const institution = await q.findInstitution(tx, input.institutionId);
      if (!institution) throw problems.field("institutionId", `${unit.name}不是登记在册的学校`);
      if (input.districtId && input.districtId !== institution.districtId)
        throw problems.field("districtId", `${unit.name}不在所选区县`);
      await deps.orgUnits.getInScope(actor, institution.districtId, tx);
      return {
        institutionId: input.institutionId,
        plannedInstitutionName,
        districtId: institution.districtId,
        institutionType: institution.type,
        ownership: institution.ownership,
      };
    }
    if (!plannedInstitutionName)
      throw problems.field("plannedInstitutionName", "请选择已有学校，或填写拟建学校名称");
    if (!input.districtId) throw problems.field("districtId", "拟建学校的项目须选择所属区县");
    const district = await deps.orgUnits.getInScope(actor, input.districtId, tx);
    // 市直 projects (市实验小学、培智特教学校) belong to the city itself.
    if (district.kind !== "district" && district.kind !== "city")
      throw problems.field("districtId", "项目须归属区县（市直项目归属市本级）");
    return {
      institutionId: null,
      plannedInstitutionName,
      districtId: district.id,
      institutionType: null,
      ownership: null,
    };
  }

  async function audit(
    tx: Db,
    actor: Actor,
    entry: { id: string; event: AuditEventOf<"CONSTRUCTION_PROJECT_">; before?: Row; after?: Row },
  ) {
    await recordAudit(
      tx,
      whoOf(actor),
      {
        event: entry.event,
        entityId: entry.id,
        ...(entry.before ? { before: snapshot(entry.before) } : {}),
        ...(entry.after ? { after: snapshot(entry.after) } : {}),
      },
      clock.now(),
    );
  }

  return {
    async list(
      actor: Actor,
      filters: Omit<q.ProjectFilters, "scopePath"> & { page: number; pageSize: number },
    ) {
      const result = await q.listInScope(db, { ...filters, scopePath: actor.scopePath });
      return { items: result.items.map(view), total: result.total };
    },

    async get(actor: Actor, id: string) {
      return view(await getVisible(actor, id));
    },

    async board(actor: Actor, filters: Omit<q.ProjectFilters, "scopePath" | "status">) {
      const items = (await q.listAllInScope(db, { ...filters, scopePath: actor.scopePath })).map(view);
      const columns = PROJECT_STATUSES.map((status) => {
        const inColumn = items.filter((item) => item.status === status);
        return { status, statusLabel: PROJECT_STATUS_LABELS[status], ...totalsOf(inColumn), items: inColumn };
      });
      return { columns, totals: totalsOf(items) };
    },

    async create(actor: Actor, input: ProjectInput) {
      constructionProjectPolicy.authorize(actor, "write");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const subject = await resolveSubject(actor, input, tx);
        const dates = {
          plannedStart: input.plannedStart ?? null,
          plannedFinish: input.plannedFinish ?? null,
          actualStart: null,
          actualFinish: null,
        };
        refuseIfAny([
          ...checkProjectSubject({
            kind: input.kind,
            institutionType: subject.institutionType,
            level: input.level,
          }),
          ...checkProjectDates(dates, today()),
        ]);
        const id = await q.insertProject(tx, {
          name: input.name,
          institutionId: subject.institutionId,
          plannedInstitutionName: subject.plannedInstitutionName,
          districtId: subject.districtId,
          kind: input.kind,
          level: input.level,
          ownership: subject.ownership ?? input.ownership ?? "public",
          placesAdded: input.placesAdded,
          ...dates,
          status: "planned",
          investmentWan: input.investmentWan ?? null,
          indoorAirTest: "pending",
          indoorAirTestedOn: null,
          syntheticTrackTest: "pending",
          syntheticTrackTestedOn: null,
          at: now,
        });
        const created = await getVisible(actor, id, tx);
        await audit(tx, actor, { id, event: "CONSTRUCTION_PROJECT_CREATED", after: created });
        return view(created);
      });
    },

    async update(actor: Actor, id: string, input: ProjectUpdate) {
      constructionProjectPolicy.authorize(actor, "write");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const before = await getWritable(actor, id, tx);
        const subject = await resolveSubject(
          actor,
          {
            institutionId:
              input.institutionId === undefined ? (before.institution?.id ?? null) : input.institutionId,
            plannedInstitutionName:
              input.plannedInstitutionName === undefined
                ? before.plannedInstitutionName
                : input.plannedInstitutionName,
            districtId: input.districtId ?? (input.institutionId ? undefined : before.district.id),
          },
          tx,
        );
        const kind = input.kind ?? before.kind;
        const level = input.level ?? before.level;
        const dates = {
          plannedStart: input.plannedStart === undefined ? before.plannedStart : input.plannedStart,
          plannedFinish: input.plannedFinish === undefined ? before.plannedFinish : input.plannedFinish,
          actualStart: input.actualStart === undefined ? before.actualStart : input.actualStart,
          actualFinish: input.actualFinish === undefined ? before.actualFinish : input.actualFinish,
        };
        refuseIfAny([
          ...checkProjectSubject({ kind, institutionType: subject.institutionType, level }),
          ...checkProjectDates(dates, today()),
          ...checkDatesForStatus(before.status, dates),
        ]);
        await q.updateProject(tx, id, {
          ...(input.name === undefined ? {} : { name: input.name }),
          institutionId: subject.institutionId,
          plannedInstitutionName: subject.plannedInstitutionName,
          districtId: subject.districtId,
          kind,
          level,
          ownership: subject.ownership ?? input.ownership ?? before.ownership,
          ...(input.placesAdded === undefined ? {} : { placesAdded: input.placesAdded }),
          ...(input.investmentWan === undefined ? {} : { investmentWan: input.investmentWan }),
          ...dates,
          at: now,
        });
        const after = await getVisible(actor, id, tx);
        await audit(tx, actor, { id, event: "CONSTRUCTION_PROJECT_UPDATED", before, after });
        return view(after);
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      constructionProjectPolicy.authorize(actor, "write");
      await db.transaction(async (tx) => {
        const before = await getWritable(actor, id, tx);
        if (before.status !== "planned")
          throw problems.conflict(
            `只能删除“${PROJECT_STATUS_LABELS.planned}”中的项目；该项目已${before.status === "in_use" ? "投入使用" : "开工"}，请保留记录`,
          );
        await q.deleteProject(tx, id);
        await audit(tx, actor, { id, event: "CONSTRUCTION_PROJECT_DELETED", before });
      });
    },

    /**
     * Moves a project along 规划 → 在建 → 竣工 → 投入使用 (or back, to correct a mistake); see
     * transitionValues for what each step needs.
     */
    async transition(actor: Actor, id: string, input: TransitionInput) {
      constructionProjectPolicy.authorize(actor, "write");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const before = await getWritable(actor, id, tx);
        const values = transitionValues(before, input, today());
        if (values === null) return view(before);
        await q.updateProject(tx, id, { ...values, at: now });
        const after = await getVisible(actor, id, tx);
        await audit(tx, actor, { id, event: "CONSTRUCTION_PROJECT_TRANSITIONED", before, after });
        return view(after);
      });
    },

    /** Records 室内空气质量检测 and 塑胶跑道材料检测 results. */
    async recordTests(actor: Actor, id: string, input: TestsInput) {
      constructionProjectPolicy.authorize(actor, "write");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const before = await getWritable(actor, id, tx);
        await q.updateProject(tx, id, { ...testValues(before, input, today()), at: now });
        const after = await getVisible(actor, id, tx);
        await audit(tx, actor, { id, event: "CONSTRUCTION_PROJECT_TESTS_RECORDED", before, after });
        return view(after);
      });
    },
  };
}

export type ConstructionProjectsService = ReturnType<typeof createConstructionProjectsService>;
