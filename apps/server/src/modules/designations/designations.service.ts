import {
  checkDesignationEligibility,
  DESIGNATION_TYPES,
  isDesignationTypeCode,
} from "@edubureau/domain/registry";
import { beijingDate } from "@edubureau/domain/work-plan";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import type { OrgUnitsService } from "../org-units/org-units.service.ts";
import * as q from "./designations.queries.ts";
import { designationPolicy } from "../../policies/registry.ts";

export interface AwardInput {
  institutionId: string;
  typeCode: string;
  year: number;
  documentNo?: string | null | undefined;
  documentDate?: string | null | undefined;
}

export interface ListOptions extends Omit<q.DesignationFilters, "scopePath"> {
  page: number;
  pageSize: number;
}

function view(row: q.DesignationListRow) {
  return { ...row, revoked: row.revokedOn !== null };
}

function snapshot(row: q.DesignationListRow) {
  return {
    institutionId: row.institution.id,
    institutionName: row.institution.name,
    typeCode: row.typeCode,
    year: row.year,
    documentNo: row.documentNo,
    documentDate: row.documentDate,
    revokedOn: row.revokedOn,
    revokeReason: row.revokeReason,
  };
}

/** Empty text means "no document number"; the column stays null rather than "". */
function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === "" ? null : value;
}

export function createDesignationsService(ctx: AppContext, deps: { orgUnits: OrgUnitsService }) {
  const { db } = ctx.database;
  const { clock } = ctx;

  async function getVisible(actor: Actor, id: string, tx: Db = db): Promise<q.DesignationListRow> {
    const row = await q.findInScope(tx, id, actor.scopePath);
    if (!row) throw problems.notFound("称号记录");
    return row;
  }

  function checkNotFuture(field: string, date: string | null, label: string): void {
    if (date !== null && date > beijingDate(clock.now())) throw problems.field(field, `${label}不能晚于今天`);
  }

  async function checkAwardable(actor: Actor, input: AwardInput, tx: Db): Promise<string> {
    const type = await q.findType(tx, input.typeCode);
    if (!type) throw problems.field("typeCode", "称号类型不存在");
    const unit = await deps.orgUnits.getInScope(actor, input.institutionId, tx);
    const institution = await q.findInstitution(tx, input.institutionId);
    if (!institution) throw problems.field("institutionId", `${unit.name}不是登记在册的学校或机构`);
    if (isDesignationTypeCode(type.code)) {
      const eligible = checkDesignationEligibility(type.code, institution);
      if (!eligible.ok) throw problems.field("typeCode", eligible.message);
    }
    const existing = await q.findAward(tx, input);
    if (existing) {
      const message = `${unit.name}已有 ${input.year} 年度“${type.name}”${existing.revokedOn ? `（已于 ${existing.revokedOn} 撤销）` : ""}，同一学校同一称号每年只能认定一次`;
      throw problems.conflict(message, [{ field: "typeCode", message }]);
    }
    return type.name;
  }

  return {
    /** The catalogue in the order the plan names the designations; types added later come last. */
    async types() {
      const order = (code: string) => {
        const index = DESIGNATION_TYPES.findIndex((type) => type.code === code);
        return index === -1 ? DESIGNATION_TYPES.length : index;
      };
      return (await q.listTypes(db)).sort((a, b) => order(a.code) - order(b.code));
    },

    async list(actor: Actor, options: ListOptions) {
      const result = await q.listInScope(db, { ...options, scopePath: actor.scopePath });
      return { items: result.items.map(view), total: result.total };
    },

    async get(actor: Actor, id: string) {
      return view(await getVisible(actor, id));
    },

    async summary(actor: Actor, filters: { year?: number | undefined; districtId?: string | undefined }) {
      return q.summary(db, { ...filters, scopePath: actor.scopePath });
    },

    async award(actor: Actor, input: AwardInput) {
      designationPolicy.authorize(actor, "write");
      const documentDate = blankToNull(input.documentDate);
      checkNotFuture("documentDate", documentDate, "发文日期");
      const thisYear = Number(beijingDate(clock.now()).slice(0, 4));
      if (input.year > thisYear + 1) throw problems.field("year", `年度不能晚于 ${thisYear + 1} 年`);
      const now = clock.now();
      return db.transaction(async (tx) => {
        await checkAwardable(actor, input, tx);
        const id = await q.insertDesignation(tx, {
          institutionId: input.institutionId,
          typeCode: input.typeCode,
          year: input.year,
          documentNo: blankToNull(input.documentNo),
          documentDate,
          at: now,
        });
        const created = await getVisible(actor, id, tx);
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "DESIGNATION_AWARDED", entityId: id, after: snapshot(created) },
          now,
        );
        return view(created);
      });
    },

    async update(
      actor: Actor,
      id: string,
      input: { documentNo?: string | null | undefined; documentDate?: string | null | undefined },
    ) {
      designationPolicy.authorize(actor, "write");
      if (input.documentDate !== undefined)
        checkNotFuture("documentDate", blankToNull(input.documentDate), "发文日期");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const before = await getVisible(actor, id, tx);
        await q.updateDesignation(tx, id, {
          ...(input.documentNo === undefined ? {} : { documentNo: blankToNull(input.documentNo) }),
          ...(input.documentDate === undefined ? {} : { documentDate: blankToNull(input.documentDate) }),
          at: now,
        });
        const after = await getVisible(actor, id, tx);
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "DESIGNATION_UPDATED",
            entityId: id,
            before: snapshot(before),
            after: snapshot(after),
          },
          now,
        );
        return view(after);
      });
    },

    async revoke(actor: Actor, id: string, input: { revokedOn: string; reason: string }) {
      designationPolicy.authorize(actor, "write");
      checkNotFuture("revokedOn", input.revokedOn, "撤销日期");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const before = await getVisible(actor, id, tx);
        if (before.revokedOn !== null) throw problems.conflict(`该称号已于 ${before.revokedOn} 撤销`);
        if (before.documentDate !== null && input.revokedOn < before.documentDate)
          throw problems.field("revokedOn", `撤销日期不能早于发文日期 ${before.documentDate}`);
        await q.updateDesignation(tx, id, {
          revokedOn: input.revokedOn,
          revokeReason: input.reason,
          at: now,
        });
        const after = await getVisible(actor, id, tx);
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "DESIGNATION_REVOKED",
            entityId: id,
            before: snapshot(before),
            after: snapshot(after),
          },
          now,
        );
        return view(after);
      });
    },
  };
}

export type DesignationsService = ReturnType<typeof createDesignationsService>;
