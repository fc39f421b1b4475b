import { createHash, randomBytes } from "node:crypto";
import {
  addWorkingDays,
  checkForm,
  checkMaterialFile,
  countWorkingDays,
  materialsFor,
  transition,
  type CaseAction,
} from "@edubureau/domain/services-hall";
import { beijingDate } from "@edubureau/domain/work-plan";
import type { DataContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems, type FieldProblem } from "../../http/problem.ts";
import { caseScope, serviceCasePolicy } from "../../policies/service-case.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { caseDetail, caseRecord, caseSummary } from "./case-views.ts";
import type { ServiceItemsService } from "./service-items.service.ts";
import * as q from "./service-cases.queries.ts";
import * as mq from "./service-materials.queries.ts";
import * as rq from "./service-ratings.queries.ts";

export interface SubmitInput {
  itemId: string;
  situationCode?: string | null | undefined;
  districtId?: string | null | undefined;
  form: Record<string, string>;
  materials: { code: string; materialId: string }[];
}

export type ActInput =
  | { kind: "accept"; note?: string | undefined }
  | { kind: "notAccept"; reason?: string | undefined }
  | { kind: "requestCorrection"; items?: string[] | undefined }
  | { kind: "review"; decision: "pass" | "refuse"; reason?: string | undefined; note?: string | undefined }
  | { kind: "deliver"; note?: string | undefined };

const AUDIT_OF = {
  accept: "SERVICE_CASE_ACCEPTED",
  notAccept: "SERVICE_CASE_NOT_ACCEPTED",
  requestCorrection: "SERVICE_CASE_CORRECTION_REQUESTED",
  review: "SERVICE_CASE_REVIEWED",
  deliver: "SERVICE_CASE_DELIVERED",
  resubmit: "SERVICE_CASE_RESUBMITTED",
} as const;

function toAction(input: ActInput): CaseAction {
  switch (input.kind) {
    case "accept":
    case "deliver":
      return { kind: input.kind };
    case "notAccept":
      return { kind: "notAccept", reason: input.reason ?? "" };
    case "requestCorrection":
      return { kind: "requestCorrection", items: input.items ?? [] };
    case "review":
      return input.decision === "pass"
        ? { kind: "review", decision: "pass" }
        : { kind: "review", decision: "refuse", reason: input.reason ?? "" };
  }
}

const FIELD_OF: Record<CaseAction["kind"], string> = {
  accept: "kind",
  notAccept: "reason",
  requestCorrection: "items",
  resubmit: "kind",
  review: "reason",
  deliver: "kind",
};

export function createServiceCasesService(ctx: DataContext, deps: { items: ServiceItemsService }) {
  const { db } = ctx.database;
  const { clock } = ctx;
  const today = () => beijingDate(clock.now());

  async function load(actor: Actor, id: string, tx: Db = db, forUpdate = false) {
    const c = await q.findCase(tx, id, forUpdate);
    if (!c) throw problems.notFound("办件");
    const rating = await rq.findRating(tx, id);
    serviceCasePolicy.authorize(actor, "read", caseRecord(c, rating));
    return { c, rating };
  }

  async function detail(actor: Actor, id: string, tx: Db = db) {
    const { c, rating } = await load(actor, id, tx);
    const item = await deps.items.find(c.itemId, tx);
    return caseDetail(c, {
      actor,
      today: today(),
      fields: item.formFields,
      materialNames: new Map(
        [...item.materials, ...item.situations.flatMap((x) => x.materials)].map((m) => [m.code, m.name]),
      ),
      rating,
      events: await q.listEvents(tx, id),
      materials: await mq.caseMaterials(tx, id),
    });
  }

  /** Binds the uploaded materials to the case; every required one of the situation must be there. */
  async function checkMaterials(
    tx: Db,
    actor: Actor,
    required: { code: string; name: string; required: boolean }[],
    given: { code: string; materialId: string }[],
    all: boolean,
  ): Promise<FieldProblem[]> {
    const problemsFound: FieldProblem[] = [];
    const codes = new Set(required.map((m) => m.code));
    given.forEach((g, i) => {
      if (!codes.has(g.code))
        problemsFound.push({ field: `materials.${i}.code`, message: `该事项不需要“${g.code}”材料` });
    });
    if (all) {
      for (const m of required) {
        if (m.required && !given.some((g) => g.code === m.code)) {
          problemsFound.push({ field: `materials.${m.code}`, message: `请上传${m.name}` });
        }
      }
    }
    const found = await mq.findMaterials(
      tx,
      given.map((g) => g.materialId),
    );
    given.forEach((g, i) => {
      const file = found.find((f) => f.id === g.materialId);
      if (!file || file.ownerId !== actor.userId || file.caseId !== null) {
        problemsFound.push({
          field: `materials.${i}.materialId`,
          message: "材料文件不存在或已被使用，请重新上传",
        });
      }
    });
    return problemsFound;
  }

  async function event(tx: Db, actor: Actor | null, caseId: string, action: string, note: string, at: Date) {
    const last = await q.lastEventAt(tx, caseId);
    const workingDays = last === null ? 0 : countWorkingDays(beijingDate(last), beijingDate(at));
    await q.insertEvent(tx, {
      caseId,
      action,
      note,
      actorId: actor?.userId ?? null,
      actorName: actor ? actor.displayName : "系统",
      at,
      workingDays,
    });
  }

  return {
    districts: () => q.listDistricts(db),

    /** Uploads one material, owned by the uploader until an application binds it. */
    async uploadMaterial(actor: Actor, upload: { fileName: string; data: Buffer; truncated: boolean }) {
      const size = upload.truncated ? Number.MAX_SAFE_INTEGER : upload.data.length;
      const check = checkMaterialFile(upload.fileName, upload.data.subarray(0, 16), size);
      if (!check.ok) {
        const code = check.message.includes("超过") ? "payload_too_large" : "validation";
        throw new AppError(code, "材料不符合要求", check.message, [
          { field: "file", message: check.message },
        ]);
      }
      const now = clock.now();
      return db.transaction(async (tx) => {
        const sha256 = createHash("sha256").update(upload.data).digest("hex");
        const row = await mq.insertMaterial(tx, {
          ownerId: actor.userId,
          fileName: upload.fileName,
          mediaType: check.mediaType,
          data: upload.data,
          sha256,
          at: now,
        });
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "SERVICE_MATERIAL_UPLOADED",
            entityId: row.id,
            after: { fileName: row.fileName, size: row.size, sha256 },
          },
          now,
        );
        return { id: row.id, fileName: row.fileName, size: row.size };
      });
    },

    async submit(actor: Actor, input: SubmitInput) {
      const item = await deps.items.published(input.itemId);
      const situation = input.situationCode ?? null;
      const found: FieldProblem[] = [];
      if (item.situations.length > 0 && !item.situations.some((s) => s.code === situation)) {
        found.push({ field: "situationCode", message: "请选择办理情形" });
      }
      found.push(...checkForm(item.formFields, input.form));
      let unit: { id: string; path: string } | null = null;
      if (item.handlingLevel === "district") {
        const district = input.districtId ? await q.findUnit(db, input.districtId) : null;
        if (!district || district.kind !== "district")
          found.push({ field: "districtId", message: "请选择办理的区县" });
        else unit = district;
      } else {
        const owner = await q.findUnit(db, item.ownerUnitId);
        unit = owner;
      }
      const now = clock.now();
      return db.transaction(async (tx) => {
        found.push(
          ...(await checkMaterials(tx, actor, materialsFor(item, situation), input.materials, true)),
        );
        if (found.length > 0 || unit === null)
          throw problems.invalid("申请未提交：请按提示修改后再提交。", found);
        const caseNo = `JY${today().replaceAll("-", "")}${randomBytes(3).toString("hex").toUpperCase()}`;
        const id = await q.insertCase(tx, {
          caseNo,
          itemId: item.id,
          situationCode: situation,
          applicantId: actor.userId,
          applicantName: (input.form.applicantName ?? input.form.contact ?? actor.displayName).trim(),
          handlingUnitId: unit.id,
          handlingUnitPath: unit.path,
          form: Object.fromEntries(Object.entries(input.form).map(([k, v]) => [k, v.trim()])),
          submittedOn: today(),
          limitDays: item.promisedDays,
          at: now,
        });
        for (const m of input.materials) await mq.bindMaterial(tx, m.materialId, id, m.code);
        await event(tx, actor, id, "submit", "网上提交申请", now);
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "SERVICE_CASE_SUBMITTED", entityId: id, after: { caseNo, item: item.code } },
          now,
        );
        return detail(actor, id, tx);
      });
    },

    async list(actor: Actor, filter: Omit<q.CaseFilter, "overdueOn"> & { overdue?: boolean | undefined }) {
      const { overdue, ...rest } = filter;
      const result = await q.listCases(db, caseScope(actor), {
        ...rest,
        ...(overdue ? { overdueOn: today() } : {}),
      });
      return { items: result.items.map((c) => caseSummary(c, actor, today())), total: result.total };
    },

    /** How many cases `list` would hold over all its pages (the 工作台's counts), without reading any. */
    async count(actor: Actor, filter: q.CaseSelection): Promise<number> {
      return q.countCases(db, caseScope(actor), filter);
    },

    get: (actor: Actor, id: string) => detail(actor, id),

    /** A unit's action on the case, or the applicant's resubmission after 补正, in one transaction. */
    async act(
      actor: Actor,
      id: string,
      input: ActInput | { kind: "resubmit"; materials: SubmitInput["materials"] },
    ) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const { c, rating } = await load(actor, id, tx, true);
        const record = caseRecord(c, rating);
        serviceCasePolicy.authorize(actor, input.kind, record);
        const action: CaseAction = input.kind === "resubmit" ? { kind: "resubmit" } : toAction(input);
        const next = transition(c, action, c.steps);
        if (!next.ok) throw problems.field(FIELD_OF[action.kind], next.reason);
        if (input.kind === "resubmit") {
          const item = await deps.items.find(c.itemId, tx);
          const issues = await checkMaterials(
            tx,
            actor,
            materialsFor(item, c.situationCode),
            input.materials,
            false,
          );
          if (issues.length > 0) throw problems.invalid("补正材料有误。", issues);
          for (const m of input.materials) await mq.bindMaterial(tx, m.materialId, id, m.code);
        }
        const day = today();
        const s = next.state;
        const acceptedOn = action.kind === "accept" ? day : c.acceptedOn;
        const concluded = s.status === "concluded" && c.status !== "concluded" ? day : c.concludedOn;
        await q.updateCase(tx, id, {
          status: s.status,
          stepIndex: s.stepIndex,
          outcome: s.outcome,
          correctionItems:
            action.kind === "requestCorrection"
              ? action.items.map((x) => x.trim()).filter(Boolean)
              : s.status === "correction"
                ? c.correctionItems
                : null,
          reason:
            action.kind === "notAccept" || (action.kind === "review" && action.decision === "refuse")
              ? action.reason.trim()
              : c.reason,
          acceptedOn,
          deadline: acceptedOn === null ? null : addWorkingDays(acceptedOn, c.limitDays),
          concludedOn: concluded,
          usedDays:
            concluded !== null && acceptedOn !== null ? countWorkingDays(acceptedOn, concluded) : null,
          at: now,
        });
        const note = "note" in input && input.note ? `${next.note}（${input.note.trim()}）` : next.note;
        await event(tx, actor, id, action.kind, note, now);
        if (action.kind === "deliver") {
          const code = randomBytes(8).toString("hex").toUpperCase();
          const title = `${c.itemName}${s.outcome === "refused" ? "不予办理决定书" : "办理结果通知书"}`;
          await q.insertResult(tx, { caseId: id, code, title, issuedOn: day });
        }
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: AUDIT_OF[action.kind],
            entityId: id,
            before: { status: c.status, stepIndex: c.stepIndex },
            after: { ...s, note },
          },
          now,
        );
        return detail(actor, id, tx);
      });
    },

    /** A material's file, for the applicant and the handling unit only. */
    async material(actor: Actor, caseId: string, materialId: string) {
      const { c, rating } = await load(actor, caseId);
      serviceCasePolicy.authorize(actor, "readMaterials", caseRecord(c, rating));
      const file = await mq.materialData(db, materialId);
      if (!file || file.caseId !== caseId) throw problems.notFound("办件材料");
      return file;
    },

    load,
    detail,
    today,
    event,
  };
}

export type ServiceCasesService = ReturnType<typeof createServiceCasesService>;
