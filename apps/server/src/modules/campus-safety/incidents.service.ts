import { and, eq } from "drizzle-orm";
import {
  checkIncidentReport,
  deadlinesOf,
  dueEscalations,
  ESCALATION_LABELS,
  ESCALATION_TARGET,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_STATUS_LABELS,
  SEVERITY_LABELS,
  SEVERITY_LIMITS,
  type EscalationKind,
  type IncidentCategory,
  type IncidentStatus,
  type Severity,
} from "@edubureau/domain/campus-safety";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { requireSafetyStaff } from "../../policies/campus-safety-scope.ts";
import { authorizeIncidentReport, safetyIncidentPolicy } from "../../policies/safety-incident.ts";
import { recordAudit, whoOf, type AuditWho } from "../audit/audit.service.ts";
import { notify, type NewNotification } from "../notifications/notifications.service.ts";
import { safetyIncidentEscalations, safetyIncidentEvents, safetyIncidents } from "./campus-safety.tables.ts";
import * as q from "./incidents.queries.ts";
import { publishSafetyEvent } from "./safety-events.ts";
import { unitChain } from "./safety-units.queries.ts";

const SYSTEM: AuditWho = { actorId: null, actorName: "校园安全巡检", ip: null };
const LINK = (id: string) => `/campus-safety/incidents/${id}`;

export interface IncidentReportInput {
  clientKey?: string | undefined;
  category: IncidentCategory;
  severity: Severity;
  title: string;
  description: string;
  casualties: number;
  occurredAt: Date;
}

const nameOf = (actor: Actor) => actor.displayName;

function view(actor: Actor, r: q.IncidentRow, now: Date) {
  const record = { schoolId: r.schoolId, schoolPath: r.schoolPath, status: r.status };
  const d = deadlinesOf(r);
  return {
    id: r.id,
    school: { id: r.schoolId, name: r.schoolName },
    districtName: r.districtName,
    category: r.category,
    categoryLabel: INCIDENT_CATEGORY_LABELS[r.category as IncidentCategory] ?? r.category,
    severity: r.severity,
    severityLabel: SEVERITY_LABELS[r.severity],
    title: r.title,
    description: r.description,
    casualties: r.casualties,
    occurredAt: r.occurredAt,
    reportedAt: r.reportedAt,
    late: r.late,
    status: r.status,
    statusLabel: INCIDENT_STATUS_LABELS[r.status],
    acknowledgedAt: r.acknowledgedAt,
    followedUpAt: r.followedUpAt,
    closedAt: r.closedAt,
    closureReport: r.closureReport,
    acknowledgeBy: d.acknowledgeBy,
    followUpBy: d.followUpBy,
    closeBy: d.closeBy,
    overdue: dueEscalations(r, now),
    abilities: safetyIncidentPolicy.abilities(actor, record),
  };
}

export type IncidentView = ReturnType<typeof view>;

export function createIncidentsService(ctx: AppContext) {
  const { db } = ctx.database;

  async function addStep(
    tx: Db,
    incidentId: string,
    at: Date,
    kind: string,
    actorName: string | null,
    note = "",
  ) {
    await tx.insert(safetyIncidentEvents).values({ incidentId, at, kind, actorName, note });
  }

  async function load(actor: Actor, tx: Db, id: string, forUpdate = false) {
    const row = await q.findIncident(tx, id, forUpdate);
    if (!row) throw problems.notFound("安全事件");
    safetyIncidentPolicy.authorize(actor, "read", row);
    return row;
  }

  /** Announced in the writing transaction: streams on every instance see it once the change commits. */
  function publish(
    tx: Db,
    row: { id: string; schoolPath: string; schoolName: string; severity: Severity },
    action: string,
    at: Date,
  ) {
    return publishSafetyEvent(tx, {
      entity: "incident",
      action,
      id: row.id,
      schoolPath: row.schoolPath,
      schoolName: row.schoolName,
      severity: row.severity,
      at: at.toISOString(),
    });
  }

  return {
    /**
     * A school's first report (首报). The district is told at once; for 特别重大/重大 the city too. The same
     * client key twice stores one incident (a retried request answers with the first). A time in the future is
     * refused; a report past the class's limit is stored as 迟报.
     */
    async report(
      actor: Actor,
      input: IncidentReportInput,
    ): Promise<{ incident: IncidentView; created: boolean }> {
      authorizeIncidentReport(actor);
      const now = ctx.clock.now();
      const check = checkIncidentReport(input.severity, input.occurredAt, now);
      if (!check.ok) throw problems.field(check.field, check.message);
      const school = await unitChain(db, actor.orgUnitId);
      if (!school || !school.districtId)
        throw problems.forbidden("本账号所属单位不是区县下属学校，不能报告安全事件。");
      const result = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(safetyIncidents)
          .values({
            schoolId: school.id,
            clientKey: input.clientKey ?? null,
            category: input.category,
            severity: input.severity,
            title: input.title,
            description: input.description,
            casualties: input.casualties,
            occurredAt: input.occurredAt,
            reportedAt: now,
            late: check.late,
            status: "reported",
            createdBy: actor.userId,
          })
          .onConflictDoNothing()
          .returning({ id: safetyIncidents.id });
        if (!row) {
          const [existing] = await tx
            .select({ id: safetyIncidents.id })
            .from(safetyIncidents)
            .where(
              and(
                eq(safetyIncidents.schoolId, school.id),
                eq(safetyIncidents.clientKey, input.clientKey ?? ""),
              ),
            );
          if (!existing) throw problems.conflict("该事件报告与已有记录冲突，请刷新后重试。");
          return { id: existing.id, created: false };
        }
        const lateNote = check.late ? `迟报：超过${SEVERITY_LABELS[input.severity]}报告时限` : "";
        await addStep(tx, row.id, now, "reported", nameOf(actor), lateNote);
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "SAFETY_INCIDENT_REPORTED",
            entityId: row.id,
            after: {
              severity: input.severity,
              category: input.category,
              title: input.title,
              late: check.late,
            },
          },
          now,
        );
        const title = `【${SEVERITY_LABELS[input.severity]}安全事件】${school.name}：${input.title}`;
        const notes: NewNotification[] = [
          {
            orgUnitId: school.districtId!,
            role: null,
            kind: "safety_incident_reported",
            title,
            body: "请及时签收并指导处置。",
            link: LINK(row.id),
          },
        ];
        if (SEVERITY_LIMITS[input.severity].cityAtOnce && school.cityId)
          notes.push({
            orgUnitId: school.cityId,
            role: null,
            kind: "safety_incident_reported",
            title,
            link: LINK(row.id),
          });
        await notify(tx, notes, now);
        await publish(
          tx,
          { id: row.id, schoolPath: school.path, schoolName: school.name, severity: input.severity },
          "reported",
          now,
        );
        return { id: row.id, created: true };
      });
      const row = (await q.findIncident(db, result.id))!;
      return { incident: view(actor, row, now), created: result.created };
    },

    async list(
      actor: Actor,
      filter: {
        status?: IncidentStatus | "open" | undefined;
        severity?: Severity | undefined;
        limit: number;
      },
    ) {
      requireSafetyStaff(actor);
      const now = ctx.clock.now();
      const rows = await q.listIncidents(db, actor.scopePath, filter);
      return rows.map((r) => view(actor, r, now));
    },

    /** 工作台: incidents in scope still waiting for the district's 签收. */
    async awaitingAcknowledgement(actor: Actor): Promise<number> {
      requireSafetyStaff(actor);
      return q.countIncidents(db, actor.scopePath, "reported");
    },

    async get(actor: Actor, id: string) {
      const row = await load(actor, db, id);
      const steps = await q.timeline(db, { incidentId: id, limit: 200 });
      return { ...view(actor, row, ctx.clock.now()), timeline: steps.map(stepView) };
    },

    async acknowledge(actor: Actor, id: string, note: string) {
      return this.step(actor, id, "acknowledge", note);
    },

    /** Acknowledge (签收, district), follow up (续报, school), close (结案, school): one transaction each. */
    async step(actor: Actor, id: string, action: "acknowledge" | "followUp" | "close", note: string) {
      const now = ctx.clock.now();
      const text = note.trim();
      if (action !== "acknowledge" && text.length < 5)
        throw problems.field(
          action === "close" ? "closureReport" : "note",
          action === "close" ? "请填写结案报告（至少 5 个字）" : "请填写续报内容（至少 5 个字）",
        );
      await db.transaction(async (tx) => {
        const current = await load(actor, tx, id, true);
        safetyIncidentPolicy.authorize(actor, action, current);
        const set =
          action === "acknowledge"
            ? { status: "acknowledged" as const, acknowledgedAt: now, acknowledgedBy: actor.userId }
            : action === "followUp"
              ? { followedUpAt: current.followedUpAt ?? now }
              : { status: "closed" as const, closedAt: now, closureReport: text };
        await tx.update(safetyIncidents).set(set).where(eq(safetyIncidents.id, id));
        const kind =
          action === "acknowledge" ? "acknowledged" : action === "followUp" ? "followed_up" : "closed";
        await addStep(tx, id, now, kind, nameOf(actor), text);
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event:
              action === "acknowledge"
                ? "SAFETY_INCIDENT_ACKNOWLEDGED"
                : action === "followUp"
                  ? "SAFETY_INCIDENT_FOLLOWED_UP"
                  : "SAFETY_INCIDENT_CLOSED",
            entityId: id,
            before: { status: current.status },
            after: { ...set, note: text },
          },
          now,
        );
        if (action === "acknowledge")
          await notify(
            tx,
            [
              {
                orgUnitId: current.schoolId,
                role: null,
                kind: "safety_incident_acknowledged",
                title: `区县已签收安全事件：${current.title}`,
                link: LINK(id),
              },
            ],
            now,
          );
        await publish(tx, current, kind, now);
      });
      return this.get(actor, id);
    },

    /**
     * Escalates open incidents past their limits: the district for a school's missed follow-up, the city for a
     * missed acknowledgement or closure. Each (incident, kind) is sent once — the escalation row's primary key
     * decides, so concurrent or repeated sweeps send nothing twice.
     */
    async sweep(): Promise<{ escalated: number }> {
      const now = ctx.clock.now();
      const open = await q.openIncidents(db);
      let escalated = 0;
      for (const incident of open) {
        const due = dueEscalations(incident, now);
        if (due.length === 0) continue;
        const chain = await unitChain(db, incident.schoolId);
        if (!chain) continue;
        const sent = await db.transaction(async (tx) => {
          const done: EscalationKind[] = [];
          for (const kind of due) {
            const target = ESCALATION_TARGET[kind] === "district" ? chain.districtId : chain.cityId;
            if (!target) continue;
            const [row] = await tx
              .insert(safetyIncidentEscalations)
              .values({ incidentId: incident.id, kind, targetUnitId: target, sentAt: now })
              .onConflictDoNothing()
              .returning({ kind: safetyIncidentEscalations.kind });
            if (!row) continue;
            const label = ESCALATION_LABELS[kind];
            await addStep(
              tx,
              incident.id,
              now,
              "escalated",
              "系统",
              `${label}，已升级至${ESCALATION_TARGET[kind] === "district" ? "区县教育局" : "市教育局"}`,
            );
            await recordAudit(
              tx,
              SYSTEM,
              {
                event: "SAFETY_INCIDENT_ESCALATED",
                entityId: incident.id,
                after: { kind, targetUnitId: target },
              },
              now,
            );
            await notify(
              tx,
              [
                {
                  orgUnitId: target,
                  role: null,
                  kind: "safety_incident_escalated",
                  title: `【升级】${label}：${incident.schoolName} ${incident.title}`,
                  body: `${SEVERITY_LABELS[incident.severity]}，请督促处置。`,
                  link: LINK(incident.id),
                },
              ],
              now,
            );
            done.push(kind);
          }
          if (done.length > 0) await publish(tx, incident, "escalated", now);
          return done;
        });
        escalated += sent.length;
      }
      return { escalated };
    },

    async timeline(actor: Actor, limit: number) {
      requireSafetyStaff(actor);
      const rows = await q.timeline(db, { scopePath: actor.scopePath, limit });
      return rows.map(stepView);
    },
  };
}

const STEP_LABELS: Record<string, string> = {
  reported: "学校首报",
  acknowledged: "区县签收",
  followed_up: "学校续报",
  closed: "结案",
  escalated: "超时升级",
};

export function stepView(r: q.TimelineRow) {
  return {
    id: r.id,
    incidentId: r.incidentId,
    at: r.at,
    kind: r.kind,
    kindLabel: STEP_LABELS[r.kind] ?? r.kind,
    actorName: r.actorName,
    note: r.note,
    title: r.title,
    schoolName: r.schoolName,
    severity: r.severity,
  };
}

export type IncidentsService = ReturnType<typeof createIncidentsService>;
