import { randomBytes } from "node:crypto";
import { asc, eq, inArray } from "drizzle-orm";
import { addDays } from "@edubureau/domain/work-plan";
import { drawSample, SAMPLE_ALGORITHM, sampleSeed } from "@edubureau/domain/inspectorate";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems, type FieldProblem } from "../../http/problem.ts";
import { inspectionVisitPolicy, visitReadScope } from "../../policies/inspection-visit.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { inspectorAccounts } from "../users/users.read-model.ts";
import type { AttachmentStore } from "../work-plan/attachment-store.ts";
import type { AttachmentUpload } from "../work-plan/attachment-upload.ts";
import {
  attachEvidence,
  checkUpload,
  districtOf,
  evidenceFile,
  evidenceOf,
  todayOf,
  unitById,
  withStoredFile,
} from "./inspectorate-shared.ts";
import {
  INSPECTION_TOPICS,
  inspFindings,
  inspPlanInspectors,
  inspPlans,
  inspRectifications,
  inspVisits,
  SEVERITIES,
  type ChecklistAnswer,
  type ChecklistItem,
  type InspectionTopic,
  type Severity,
} from "./inspectorate.tables.ts";
import * as q from "./inspections.queries.ts";
import type { RectificationService } from "./rectification.service.ts";

export interface NewPlan {
  title: string;
  topic: InspectionTopic;
  unannounced: boolean;
  checklist: ChecklistItem[];
  scopeUnitId: string;
  sampleSize: number;
  startsOn: string;
  endsOn: string;
  inspectorIds: string[];
  public: boolean;
}

export interface VisitRecordInput {
  answers: ChecklistAnswer[];
  summary: string;
  findings: {
    severity: Severity;
    description: string;
    /** Order a rectification: to the school itself or to its district, by a deadline. */
    rectify?: { unit: "school" | "district"; deadline: string; requirement: string } | undefined;
  }[];
}

export function createInspectionsService(
  ctx: AppContext,
  deps: { rectifications: RectificationService; store: AttachmentStore },
) {
  const { db } = ctx.database;

  async function membersOf(tx: Db, planId: string) {
    return tx.select().from(inspPlanInspectors).where(eq(inspPlanInspectors.planId, planId));
  }

  async function loadVisit(tx: Db, actor: Actor, id: string, action: "read" | "record") {
    const visit = await q.visitById(tx, id);
    if (!visit) throw problems.notFound("督导访视");
    const members = await membersOf(tx, visit.plan_id);
    inspectionVisitPolicy.authorize(actor, action, {
      schoolPath: visit.school_path,
      visitDate: visit.visit_date,
      unannounced: visit.unannounced,
      planInspectorIds: new Set(members.map((m) => m.userId)),
      status: visit.status,
      today: todayOf(ctx),
    });
    return { visit, members };
  }

  async function visitDetail(tx: Db, actor: Actor, id: string) {
    const { visit, members } = await loadVisit(tx, actor, id, "read");
    const findings = await tx
      .select()
      .from(inspFindings)
      .where(eq(inspFindings.visitId, id))
      .orderBy(asc(inspFindings.createdAt));
    const orders =
      findings.length === 0
        ? []
        : await tx
            .select({
              id: inspRectifications.id,
              sourceId: inspRectifications.sourceId,
              state: inspRectifications.state,
              deadline: inspRectifications.deadline,
            })
            .from(inspRectifications)
            .where(
              inArray(
                inspRectifications.sourceId,
                findings.map((f) => f.id),
              ),
            );
    const canRecord = inspectionVisitPolicy.allow(actor, "record", {
      schoolPath: visit.school_path,
      visitDate: visit.visit_date,
      unannounced: visit.unannounced,
      planInspectorIds: new Set(members.map((m) => m.userId)),
      status: visit.status,
      today: todayOf(ctx),
    });
    return {
      id: visit.id,
      plan: {
        id: visit.plan_id,
        title: visit.plan_title,
        topic: visit.topic,
        topicLabel: INSPECTION_TOPICS[visit.topic as InspectionTopic] ?? visit.topic,
        unannounced: visit.unannounced,
      },
      school: { id: visit.school_id, name: visit.school_name },
      visitDate: visit.visit_date,
      status: visit.status,
      summary: visit.summary,
      checklist: visit.checklist,
      answers: (visit.answers ?? []) as ChecklistAnswer[],
      inspectors: members.map((m) => ({ id: m.userId, name: m.name })),
      findings: findings.map((f) => {
        const order = orders.find((o) => o.sourceId === f.id);
        return {
          id: f.id,
          severity: f.severity,
          severityLabel: SEVERITIES[f.severity],
          description: f.description,
          rectificationId: order?.id ?? null,
        };
      }),
      photos: await evidenceOf(tx, "visit", id),
      abilities: { record: canRecord },
    };
  }

  return {
    async createPlan(actor: Actor, input: NewPlan) {
      if (actor.role !== "inspector") throw problems.forbidden("只有督学可以制定督导计划。");
      const errors: FieldProblem[] = [];
      if (input.endsOn < input.startsOn)
        errors.push({ field: "endsOn", message: "结束日期不能早于开始日期" });
      const codes = input.checklist.map((c) => c.code);
      if (new Set(codes).size !== codes.length)
        errors.push({ field: "checklist", message: "检查项编号重复" });
      const inspectors = await inspectorAccounts(db, input.inspectorIds);
      if (inspectors.length !== new Set(input.inspectorIds).size)
        errors.push({ field: "inspectorIds", message: "督导组成员须为在职督学账号" });
      if (!input.inspectorIds.includes(actor.userId) && inspectors.length === 0)
        errors.push({ field: "inspectorIds", message: "请至少指定一名督学" });
      const scope = await unitById(db, input.scopeUnitId);
      if (!scope || !scope.path.startsWith(actor.scopePath))
        errors.push({ field: "scopeUnitId", message: "督导范围不存在" });
      if (errors.length > 0) throw problems.invalid(errors.map((e) => e.message).join("；"), errors);
      const population = await q.schoolsUnder(db, scope?.path ?? "");
      return db.transaction(async (tx) => {
        const at = ctx.clock.now();
        const [plan] = await tx
          .insert(inspPlans)
          .values({
            title: input.title.trim(),
            topic: input.topic,
            unannounced: input.unannounced,
            checklist: input.checklist,
            scopeUnitId: input.scopeUnitId,
            sampleSize: input.sampleSize,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            public: input.public,
            createdBy: actor.userId,
            createdAt: at,
          })
          .returning({ id: inspPlans.id });
        if (!plan) throw new Error("plan insert returned nothing");
        const seed = sampleSeed(plan.id, randomBytes(32).toString("hex"));
        const drawn = drawSample({ seedHex: seed, population, size: input.sampleSize });
        if (!drawn.ok) throw problems.field("sampleSize", drawn.message);
        await tx
          .update(inspPlans)
          .set({ seed, algorithm: SAMPLE_ALGORITHM })
          .where(eq(inspPlans.id, plan.id));
        await tx
          .insert(inspPlanInspectors)
          .values(inspectors.map((i) => ({ planId: plan.id, userId: i.id, name: i.name })));
        // Visit days spread over the plan's period in draw order.
        const days = Math.max(
          1,
          Math.round((Date.parse(input.endsOn) - Date.parse(input.startsOn)) / 86_400_000) + 1,
        );
        await tx.insert(inspVisits).values(
          drawn.sample.map((school, i) => ({
            planId: plan.id,
            schoolId: school.id,
            visitDate: addDays(input.startsOn, Math.floor((i * days) / drawn.sample.length)),
          })),
        );
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "INSP_PLAN_CREATED",
            entityId: plan.id,
            after: { title: input.title, topic: input.topic, unannounced: input.unannounced },
          },
          at,
        );
        // The audit log keeps a commitment to the seed, not the seed: the draw stays sealed to its readers.
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "INSP_SAMPLE_DRAWN",
            entityId: plan.id,
            after: {
              algorithm: SAMPLE_ALGORITHM,
              population: population.length,
              size: input.sampleSize,
              seedSha256: bytesToHex(sha256(utf8ToBytes(seed))),
            },
          },
          at,
        );
        return { id: plan.id };
      });
    },

    /** Plans with the visits the actor may see; a school sees a plan only once one of its visits is revealed. */
    async listPlans(actor: Actor) {
      const today = todayOf(ctx);
      const visits = await q.visibleVisits(db, visitReadScope(actor, today));
      const plans = await db.select().from(inspPlans).orderBy(asc(inspPlans.startsOn));
      const members = await db.select().from(inspPlanInspectors);
      return plans
        .filter(
          (p) =>
            actor.role === "inspector" ||
            actor.role === "city_leader" ||
            actor.role === "sys_admin" ||
            actor.role === "city_division" ||
            visits.some((v) => v.plan_id === p.id),
        )
        .map((p) => {
          const mine = visits.filter((v) => v.plan_id === p.id);
          const isMember = members.some((m) => m.planId === p.id && m.userId === actor.userId);
          return {
            id: p.id,
            title: p.title,
            topic: p.topic,
            topicLabel: INSPECTION_TOPICS[p.topic],
            unannounced: p.unannounced,
            startsOn: p.startsOn,
            endsOn: p.endsOn,
            sampleSize: p.sampleSize,
            inspectors: members.filter((m) => m.planId === p.id).map((m) => ({ id: m.userId, name: m.name })),
            isMember,
            visibleVisits: mine.length,
            recordedVisits: mine.filter((v) => v.status === "recorded").length,
          };
        });
    },

    async getPlan(actor: Actor, id: string) {
      const [plan] = await db.select().from(inspPlans).where(eq(inspPlans.id, id));
      if (!plan) throw problems.notFound("督导计划");
      const members = await membersOf(db, id);
      const isMember = members.some((m) => m.userId === actor.userId);
      const visits = await q.visibleVisits(db, { ...visitReadScope(actor, todayOf(ctx)), planId: id });
      const cityWide = ["inspector", "city_leader", "sys_admin", "city_division"].includes(actor.role);
      if (!cityWide && visits.length === 0) throw problems.notFound("督导计划");
      return {
        id: plan.id,
        title: plan.title,
        topic: plan.topic,
        topicLabel: INSPECTION_TOPICS[plan.topic],
        unannounced: plan.unannounced,
        startsOn: plan.startsOn,
        endsOn: plan.endsOn,
        sampleSize: plan.sampleSize,
        checklist: plan.checklist,
        inspectors: members.map((m) => ({ id: m.userId, name: m.name })),
        isMember,
        /** The recorded seed: to the plan's 督学 at once, to everyone after the plan ends (to redraw and check). */
        seed: isMember || todayOf(ctx) > plan.endsOn ? plan.seed : null,
        algorithm: plan.algorithm,
        visits: visits.map((v) => ({
          id: v.id,
          school: { id: v.school_id, name: v.school_name },
          visitDate: v.visit_date,
          status: v.status,
        })),
      };
    },

    /** Visits for the inspector's today page (their plans) or a school's view (revealed ones). */
    async listVisits(
      actor: Actor,
      filter: { mine?: boolean | undefined; from?: string | undefined; to?: string | undefined },
    ) {
      const rows = await q.visibleVisits(db, {
        ...visitReadScope(actor, todayOf(ctx)),
        mineOnly: filter.mine,
        from: filter.from,
        to: filter.to,
      });
      return rows.map((v) => ({
        id: v.id,
        plan: { id: v.plan_id, title: v.plan_title, unannounced: v.unannounced },
        school: { id: v.school_id, name: v.school_name },
        visitDate: v.visit_date,
        status: v.status,
      }));
    },

    getVisit: (actor: Actor, id: string) => visitDetail(db, actor, id),

    /** A photo taken on the visit: by the plan's 督学, from the visit day; images only. */
    async addPhoto(actor: Actor, id: string, upload: AttachmentUpload) {
      const mediaType = checkUpload(upload);
      if (!mediaType.startsWith("image/"))
        throw problems.field("file", `现场照片只接受 JPG 或 PNG 图片，“${upload.fileName}”不是图片`);
      await withStoredFile(deps.store, (key) =>
        db.transaction(async (tx) => {
          const { visit, members } = await loadVisit(tx, actor, id, "read");
          if (actor.role !== "inspector" || !members.some((m) => m.userId === actor.userId))
            throw problems.forbidden("您不是该督导计划的督学，不能上传现场照片。");
          if (todayOf(ctx) < visit.visit_date)
            throw problems.conflict(`访视日期为 ${visit.visit_date}，当天起才能上传现场照片。`);
          await attachEvidence(tx, {
            ctx,
            store: deps.store,
            actor,
            owner: { kind: "visit", id, itemCode: null },
            upload,
            mediaType,
            key,
          });
        }),
      );
      return visitDetail(db, actor, id);
    },

    async photoFile(actor: Actor, id: string, evidenceId: string) {
      await loadVisit(db, actor, id, "read");
      return evidenceFile(db, deps.store, { kind: "visit", id }, evidenceId);
    },

    async recordVisit(actor: Actor, id: string, input: VisitRecordInput) {
      return db.transaction(async (tx) => {
        const { visit } = await loadVisit(tx, actor, id, "record");
        const errors: FieldProblem[] = [];
        const checklist = visit.checklist;
        const answered = new Set(input.answers.map((a) => a.code));
        for (const item of checklist)
          if (!answered.has(item.code))
            errors.push({ field: "answers", message: `检查项“${item.question}”未作答` });
        for (const a of input.answers)
          if (!checklist.some((c) => c.code === a.code))
            errors.push({ field: "answers", message: `检查项“${a.code}”不在本计划的检查清单中` });
        const today = todayOf(ctx);
        input.findings.forEach((f, i) => {
          if (f.description.trim().length < 5)
            errors.push({ field: `findings.${i}.description`, message: "请描述发现的问题（至少 5 个字）" });
          if (f.rectify && f.rectify.deadline <= today)
            errors.push({ field: `findings.${i}.rectify.deadline`, message: "整改期限应晚于今天" });
        });
        if (errors.length > 0) throw problems.invalid(errors.map((e) => e.message).join("；"), errors);
        const at = ctx.clock.now();
        await tx
          .update(inspVisits)
          .set({
            status: "recorded",
            answers: input.answers,
            summary: input.summary.trim(),
            recordedBy: actor.userId,
            recordedAt: at,
          })
          .where(eq(inspVisits.id, id));
        const [plan] = await tx
          .select({ public: inspPlans.public })
          .from(inspPlans)
          .where(eq(inspPlans.id, visit.plan_id));
        const school = await unitById(tx, visit.school_id);
        const district = school ? await districtOf(tx, school) : null;
        for (const f of input.findings) {
          const [row] = await tx
            .insert(inspFindings)
            .values({ visitId: id, severity: f.severity, description: f.description.trim(), createdAt: at })
            .returning({ id: inspFindings.id });
          if (!row || !f.rectify) continue;
          const unitId = f.rectify.unit === "district" ? district?.id : visit.school_id;
          if (!unitId) throw problems.field("findings", "找不到该校所属区县");
          await deps.rectifications.orderInTx(tx, actor, {
            sourceKind: "finding",
            sourceId: row.id,
            sourceItem: null,
            unitId,
            title: `${visit.plan_title}：${visit.school_name}${SEVERITIES[f.severity]}问题`,
            requirement: `${f.description.trim()}${f.rectify.requirement.trim() ? `。整改要求：${f.rectify.requirement.trim()}` : ""}`,
            deadline: f.rectify.deadline,
            public: plan?.public ?? false,
          });
        }
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "INSP_VISIT_RECORDED",
            entityId: id,
            before: { status: visit.status },
            after: { status: "recorded", findings: input.findings.length },
          },
          at,
        );
        return visitDetail(tx, actor, id);
      });
    },
  };
}

export type InspectionsService = ReturnType<typeof createInspectionsService>;
