import { desc, eq } from "drizzle-orm";
import {
  acceptDeadline,
  checkComplainant,
  checkExtension,
  COMPLAINT_STATE_LABELS,
  COMPLAINT_TOPICS,
  complaintState,
  maskPhone,
  replyDeadline,
  type ComplaintTopic,
} from "@edubureau/domain/inspectorate";
import type { AppContext } from "../../app-context.ts";
import type { EthicsService } from "../teacher-registration/ethics.service.ts";
import type { TeachersService } from "../teachers/teachers.service.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { complaintPolicy } from "../../policies/complaint.ts";
import { recordAudit, whoOf, type AuditWho } from "../audit/audit.service.ts";
import { inspectorAccounts } from "../users/users.read-model.ts";
import { todayOf, unitById } from "./inspectorate-shared.ts";
import { schoolBoard } from "./duty-inspectors.queries.ts";
import { inspComplaints } from "./inspectorate.tables.ts";

type ComplaintRow = typeof inspComplaints.$inferSelect;

export interface NewComplaint {
  topic: ComplaintTopic;
  schoolCode?: string | undefined;
  content: string;
  anonymous: boolean;
  name?: string | undefined;
  phone?: string | undefined;
}

export interface EthicsLink {
  teacherId: string;
  foundOn?: string | undefined;
  severity: "minor" | "serious";
  description: string;
}

/**
 * The teachers module's services the complaints reach: the teachers of the complaint's school, and the
 * ethics service that registers a 师德 record (its own policy and audit event apply).
 */
export interface ComplaintNeighbours {
  teachers: Pick<TeachersService, "list">;
  ethics: Pick<EthicsService, "record">;
}

export function createComplaintsService(ctx: AppContext, deps: ComplaintNeighbours) {
  const { db } = ctx.database;

  async function view(tx: Db, c: ComplaintRow) {
    const school = c.schoolId ? await unitById(tx, c.schoolId) : null;
    const today = todayOf(ctx);
    const state = complaintState({
      receivedOn: c.receivedOn,
      acceptedOn: c.acceptedOn,
      repliedOn: c.repliedOn,
      extensionDays: c.extensionDays,
      today,
    });
    return {
      id: c.id,
      topic: c.topic,
      topicLabel: COMPLAINT_TOPICS[c.topic as ComplaintTopic] ?? c.topic,
      school: school ? { id: school.id, name: school.name } : null,
      content: c.content,
      anonymous: c.anonymous,
      name: c.anonymous ? null : c.name,
      phone: maskPhone(c.phone),
      receivedOn: c.receivedOn,
      acceptDeadline: acceptDeadline(c.receivedOn),
      acceptedOn: c.acceptedOn,
      replyDeadline: c.acceptedOn ? replyDeadline(c.acceptedOn, c.extensionDays) : null,
      assignee: c.assigneeId ? { id: c.assigneeId, name: c.assigneeName ?? "" } : null,
      extensionDays: c.extensionDays,
      investigation: c.investigation,
      substantiated: c.substantiated,
      reply: c.reply,
      repliedOn: c.repliedOn,
      ethicsRecordId: c.ethicsRecordId,
      // Only a substantiated 师德 complaint leads to an ethics record, once.
      canLinkEthics: c.topic === "ethics" && c.substantiated === true && c.ethicsRecordId === null,
      state,
      stateLabel: COMPLAINT_STATE_LABELS[state],
    };
  }

  async function load(
    tx: Db,
    actor: Actor,
    id: string,
    action: "read" | "handle" | "readContact",
    lock = false,
  ) {
    const query = tx.select().from(inspComplaints).where(eq(inspComplaints.id, id));
    const [row] = lock ? await query.for("update") : await query;
    if (!row) throw problems.notFound("举报");
    complaintPolicy.authorize(actor, "read", { assigneeId: row.assigneeId });
    complaintPolicy.authorize(actor, action, { assigneeId: row.assigneeId });
    return row;
  }

  async function update(
    actor: Actor,
    id: string,
    change: (row: ComplaintRow, today: string) => Partial<ComplaintRow>,
  ) {
    return db.transaction(async (tx) => {
      const row = await load(tx, actor, id, "handle", true);
      const set = change(row, todayOf(ctx));
      const [updated] = await tx.update(inspComplaints).set(set).where(eq(inspComplaints.id, id)).returning();
      await recordAudit(
        tx,
        whoOf(actor),
        { event: "INSP_COMPLAINT_HANDLED", entityId: id, after: { ...set, phone: undefined } },
        ctx.clock.now(),
      );
      if (!updated) throw problems.notFound("举报");
      return view(tx, updated);
    });
  }

  return {
    /** Public intake: no account needed; anonymous allowed. Returns the tracking number and deadlines. */
    async receive(input: NewComplaint, ip: string) {
      const problem = checkComplainant({
        anonymous: input.anonymous,
        name: input.name ?? null,
        phone: input.phone ?? null,
      });
      if (problem) throw problems.field(problem.field, problem.message);
      const content = input.content.trim();
      if (content.length < 10) throw problems.field("content", "请具体描述举报事项（至少 10 个字）");
      let schoolId: string | null = null;
      if (input.schoolCode) {
        const [school] = await schoolBoard(db, input.schoolCode);
        if (!school) throw problems.field("schoolCode", "未找到该学校");
        schoolId = school.school_id;
      }
      const today = todayOf(ctx);
      return db.transaction(async (tx) => {
        const at = ctx.clock.now();
        const [row] = await tx
          .insert(inspComplaints)
          .values({
            topic: input.topic,
            schoolId,
            content,
            anonymous: input.anonymous,
            name: input.anonymous ? null : (input.name?.trim() ?? null),
            phone: input.anonymous ? null : (input.phone ?? null),
            receivedOn: today,
            createdAt: at,
          })
          .returning({ id: inspComplaints.id });
        const who: AuditWho = { actorId: null, actorName: input.anonymous ? "匿名举报人" : "实名举报人", ip };
        await recordAudit(
          tx,
          who,
          {
            event: "INSP_COMPLAINT_RECEIVED",
            entityId: row?.id ?? null,
            after: { topic: input.topic, anonymous: input.anonymous },
          },
          at,
        );
        return { id: row?.id ?? "", receivedOn: today, acceptDeadline: acceptDeadline(today) };
      });
    },

    async list(actor: Actor) {
      complaintPolicy.authorize(actor, "read", { assigneeId: null });
      const rows = await db.select().from(inspComplaints).orderBy(desc(inspComplaints.receivedOn)).limit(500);
      return Promise.all(rows.map((r) => view(db, r)));
    },

    async accept(actor: Actor, id: string, assigneeId: string | undefined) {
      const target = assigneeId ?? actor.userId;
      const [assignee] = await inspectorAccounts(db, [target]);
      if (!assignee) throw problems.field("assigneeId", "承办人须为在职督学");
      return update(actor, id, (row, today) => {
        if (row.acceptedOn !== null) throw problems.conflict("该举报已受理。");
        return { acceptedOn: today, assigneeId: assignee.id, assigneeName: assignee.name };
      });
    },

    async extend(actor: Actor, id: string, days: number) {
      return update(actor, id, (row) => {
        if (row.acceptedOn === null) throw problems.conflict("请先受理，再申请延期。");
        if (row.repliedOn !== null) throw problems.conflict("该举报已答复。");
        const problem = checkExtension(days, row.extensionDays > 0);
        if (problem) throw problems.field("days", problem);
        return { extensionDays: days };
      });
    },

    async reply(
      actor: Actor,
      id: string,
      input: { investigation: string; substantiated: boolean; reply: string },
    ) {
      if (input.investigation.trim().length < 5)
        throw problems.field("investigation", "请填写调查核实情况（至少 5 个字）");
      if (input.reply.trim().length < 5) throw problems.field("reply", "请填写答复意见（至少 5 个字）");
      return update(actor, id, (row, today) => {
        if (row.acceptedOn === null) throw problems.conflict("请先受理，再答复。");
        if (row.repliedOn !== null) throw problems.conflict("该举报已答复。");
        return {
          investigation: input.investigation.trim(),
          substantiated: input.substantiated,
          reply: input.reply.trim(),
          repliedOn: today,
        };
      });
    },

    /** Teachers of the complaint's school, to name the one a substantiated 师德 complaint is about. */
    async teachers(actor: Actor, id: string) {
      const row = await load(db, actor, id, "handle");
      if (!row.schoolId) return [];
      const { items } = await deps.teachers.list(actor, {
        institutionId: row.schoolId,
        page: 1,
        pageSize: 500,
      });
      return items.map((t) => ({ id: t.id, name: t.name, subject: t.subject }));
    },

    /**
     * A substantiated 师德 complaint: registers the teacher's ethics record through the teachers module and
     * links it to the complaint, in one transaction with both audit events.
     */
    async linkEthics(actor: Actor, id: string, input: EthicsLink) {
      const description = input.description.trim();
      if (description.length < 5) throw problems.field("description", "请填写师德问题情况（至少 5 个字）");
      return db.transaction(async (tx) => {
        const row = await load(tx, actor, id, "handle", true);
        if (row.topic !== "ethics") throw problems.conflict("只有师德师风举报可以登记师德记录。");
        if (row.substantiated !== true) throw problems.conflict("举报经调查属实后，才能登记师德记录。");
        if (row.ethicsRecordId !== null) throw problems.conflict("该举报已登记师德记录。");
        const foundOn = input.foundOn ?? row.repliedOn ?? todayOf(ctx);
        const record = await deps.ethics.record(
          actor,
          input.teacherId,
          { foundOn, severity: input.severity, description },
          tx,
        );
        const [updated] = await tx
          .update(inspComplaints)
          .set({ ethicsRecordId: record.id })
          .where(eq(inspComplaints.id, id))
          .returning();
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "INSP_COMPLAINT_ETHICS_LINKED",
            entityId: id,
            after: { ethicsRecordId: record.id, teacherId: input.teacherId, severity: input.severity },
          },
          ctx.clock.now(),
        );
        if (!updated) throw problems.notFound("举报");
        return view(tx, updated);
      });
    },

    /** The complainant's full contact, for the assigned 督学 only; each look is audited. */
    async contact(actor: Actor, id: string) {
      return db.transaction(async (tx) => {
        const row = await load(tx, actor, id, "readContact");
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "INSP_COMPLAINANT_READ", entityId: id, after: { fields: ["name", "phone"] } },
          ctx.clock.now(),
        );
        return { name: row.anonymous ? null : row.name, phone: row.anonymous ? null : row.phone };
      });
    },
  };
}

export type ComplaintsService = ReturnType<typeof createComplaintsService>;
