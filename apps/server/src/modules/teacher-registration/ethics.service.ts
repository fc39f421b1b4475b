import { sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import { queryRows, type Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import type { TeachersService } from "../teachers/teachers.service.ts";
import { teacherEthicsRecords } from "./registration.tables.ts";
import { ethicsRecordPolicy } from "../../policies/teacher.ts";

export interface EthicsRecordView {
  id: string;
  teacherId: string;
  foundOn: string;
  severity: string;
  description: string;
  recordedAt: string;
}

/**
 * 师德 records are confidential: only ethics.read may list them and only ethics.write add one, and a
 * teacher outside the account's scope answers 404 as if absent. Every read is audited.
 */
export function createEthicsService(ctx: AppContext, deps: { teachers: TeachersService }) {
  const { db } = ctx.database;
  const { clock } = ctx;

  return {
    async list(actor: Actor, teacherId: string): Promise<EthicsRecordView[]> {
      ethicsRecordPolicy.authorize(actor, "read");
      return db.transaction(async (tx) => {
        await deps.teachers.getVisible(actor, teacherId, tx);
        const rows = await queryRows<EthicsRecordView>(
          tx,
          sql`select id, teacher_id as "teacherId", found_on::text as "foundOn", severity, description,
                to_char(created_at, 'YYYY-MM-DD') as "recordedAt"
              from teacher_ethics_records where teacher_id = ${teacherId} order by found_on desc`,
        );
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "TEACHER_ETHICS_READ", entityId: teacherId, after: { records: rows.length } },
          clock.now(),
        );
        return rows;
      });
    },

    async record(
      actor: Actor,
      teacherId: string,
      input: { foundOn: string; severity: "minor" | "serious"; description: string },
      /** The caller's transaction, when the record is one step of a larger write (a substantiated complaint). */
      outer?: Db,
    ) {
      ethicsRecordPolicy.authorize(actor, "create");
      const now = clock.now();
      const inTransaction = <T>(work: (tx: Db) => Promise<T>) => (outer ? work(outer) : db.transaction(work));
      return inTransaction(async (tx) => {
        await deps.teachers.getVisible(actor, teacherId, tx);
        const [row] = await tx
          .insert(teacherEthicsRecords)
          .values({ teacherId, ...input, recordedBy: actor.userId, createdAt: now })
          .returning({ id: teacherEthicsRecords.id });
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "TEACHER_ETHICS_RECORDED",
            entityId: teacherId,
            after: { foundOn: input.foundOn, severity: input.severity },
          },
          now,
        );
        return { id: row?.id ?? "" };
      });
    },
  };
}

export type EthicsService = ReturnType<typeof createEthicsService>;
