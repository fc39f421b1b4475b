import {
  RE_REGISTRATION_OUTCOME_LABELS,
  nextCycleStart,
  registrationCycle,
  registrationDueYear,
} from "@edubureau/domain/teachers";
import { beijingDate } from "@edubureau/domain/work-plan";
import type { AppContext } from "../../app-context.ts";
import type { Actor } from "../../http/actor.ts";
import { problems, type FieldProblem } from "../../http/problem.ts";
import { recordAudits, whoOf } from "../audit/audit.service.ts";
import type { TeacherCorrectionsService } from "../teachers/teacher-corrections.service.ts";
import type { TeachersService } from "../teachers/teachers.service.ts";
import { evaluateAll } from "./registration-evaluation.ts";
import * as q from "./registration.queries.ts";
import type { DUE_SORT_KEYS } from "./registration.schemas.ts";
import { teacherRegistrations } from "./registration.tables.ts";
import { ethicsRecordPolicy, registrationPolicy } from "../../policies/teacher.ts";

export interface DueListRow {
  teacherId: string;
  teacherNumber: string;
  name: string;
  institutionName: string;
  registeredOn: string;
  cycle: { from: string; to: string };
  outcome: string;
  outcomeLabel: string;
  reasons: string[];
  notes: string[];
  hours: { counted: number; required: number } | null;
  confirmedOutcome: string | null;
}

export interface DueListQuery {
  year?: number | undefined;
  outcome?: "passed" | "deferred" | "failed" | undefined;
  districtId?: string | undefined;
  institutionId?: string | undefined;
  sort: (typeof DUE_SORT_KEYS)[number];
  order?: "asc" | "desc" | undefined;
  page: number;
  pageSize: number;
}

/** 教师资格定期注册: the district's list of teachers due, batch confirmation, a teacher's own status. */
export function createRegistrationService(
  ctx: AppContext,
  deps: { teachers: TeachersService; self: TeacherCorrectionsService },
) {
  const { db } = ctx.database;
  const { clock } = ctx;
  const thisYear = () => Number(beijingDate(clock.now()).slice(0, 4));

  /** Roles without ethics.read learn that a confidential record stands in the way, not what it says. */
  const HIDDEN_ETHICS = "存在影响注册的师德记录（详情仅限授权人员查看）";

  async function evaluate(
    scopePath: string,
    year: number,
    options: Omit<q.DueListOptions, "scopePath" | "year"> & { showEthics: boolean },
    tx = db,
  ) {
    const { showEthics: _showEthics, ...list } = options;
    const due = await q.dueTeachers(tx, { scopePath, year, ...list });
    const since = due.reduce((min, t) => (t.registeredOn < min ? t.registeredOn : min), `${year}-12-31`);
    const facts = await q.registrationFacts(
      tx,
      due.map((t) => t.id),
      since,
    );
    const results = evaluateAll(due, facts, year);
    return due.map((teacher): DueListRow => {
      const result = results.get(teacher.id);
      const outcome = result?.outcome ?? "notDue";
      return {
        teacherId: teacher.id,
        teacherNumber: teacher.teacherNumber,
        name: teacher.name,
        institutionName: teacher.institutionName,
        registeredOn: teacher.registeredOn,
        cycle: result?.cycle ?? registrationCycle(teacher.registeredOn),
        outcome,
        outcomeLabel: RE_REGISTRATION_OUTCOME_LABELS[outcome],
        reasons:
          result?.reasons.map((r) =>
            !options.showEthics && r.code.startsWith("ethics") ? HIDDEN_ETHICS : r.message,
          ) ?? [],
        notes: result?.notes ?? [],
        hours: result?.hours ?? null,
        confirmedOutcome: teacher.confirmedOutcome,
      };
    });
  }

  return {
    /**
     * One page of the teachers due, with the summary of every teacher the filters keep. Scope, district and
     * school are filtered and the list sorted in SQL; the outcome is the domain's rule over each teacher's
     * facts, so the outcome filter and the page are taken after the evaluation the summary needs anyway.
     */
    async dueList(actor: Actor, options: DueListQuery) {
      const year = options.year ?? thisYear();
      const all = await evaluate(actor.scopePath, year, {
        districtId: options.districtId,
        institutionId: options.institutionId,
        sort: options.sort,
        order: options.order,
        showEthics: ethicsRecordPolicy.allow(actor, "read"),
      });
      const summary = { passed: 0, deferred: 0, failed: 0, confirmed: 0 };
      for (const item of all) {
        if (item.outcome === "passed" || item.outcome === "deferred" || item.outcome === "failed")
          summary[item.outcome]++;
        if (item.confirmedOutcome) summary.confirmed++;
      }
      const matching = options.outcome ? all.filter((item) => item.outcome === options.outcome) : all;
      const start = (options.page - 1) * options.pageSize;
      return {
        year,
        items: matching.slice(start, start + options.pageSize),
        total: matching.length,
        due: all.length,
        summary,
      };
    },

    /**
     * Confirms the computed outcome of each listed teacher for this year. Refused as a whole when any
     * teacher is not due, not in the district, or already confirmed. A pass opens a new five-year cycle.
     */
    async confirm(actor: Actor, input: { year: number; teacherIds: string[] }) {
      registrationPolicy.authorize(actor, "confirm");
      if (input.year !== thisYear()) throw problems.field("year", `只能确认 ${thisYear()} 年度的定期注册`);
      const now = clock.now();
      const today = beijingDate(now);
      return db.transaction(async (tx) => {
        const rows = await evaluate(
          actor.scopePath,
          input.year,
          { teacherIds: input.teacherIds, showEthics: true },
          tx,
        );
        const byId = new Map(rows.map((r) => [r.teacherId, r]));
        const errors: FieldProblem[] = [];
        for (const [index, id] of input.teacherIds.entries()) {
          const row = byId.get(id);
          if (!row) {
            const teacher = await deps.teachers.findVisible(actor, id, tx);
            if (!teacher) throw problems.notFound("教师");
            const dueYear = teacher.registeredOn ? registrationDueYear(teacher.registeredOn) : null;
            errors.push({
              field: `teacherIds.${index}`,
              message: dueYear
                ? `${teacher.name}上次注册于 ${teacher.registeredOn}，应于 ${dueYear} 年申请定期注册，${input.year} 年不在注册期`
                : `${teacher.name}尚未首次注册，不能定期注册`,
            });
          } else if (row.confirmedOutcome) {
            errors.push({
              field: `teacherIds.${index}`,
              message: `${row.name}的 ${input.year} 年定期注册已确认，不能重复确认`,
            });
          }
        }
        if (errors.length > 0) throw problems.invalid(errors.map((e) => e.message).join("；"), errors);
        const confirmed = input.teacherIds
          .map((id) => byId.get(id))
          .filter((r): r is DueListRow => r !== undefined);
        await tx.insert(teacherRegistrations).values(
          confirmed.map((r) => ({
            teacherId: r.teacherId,
            year: input.year,
            outcome: r.outcome,
            reasons: r.reasons,
            hours: r.hours?.counted ?? 0,
            confirmedBy: actor.userId,
            confirmedOn: today,
          })),
        );
        // The new cycle follows on from the old one, not from the day of the click (nextCycleStart).
        const passed = confirmed
          .filter((r) => r.outcome === "passed")
          .map((r) => ({ teacherId: r.teacherId, registeredOn: nextCycleStart(r.registeredOn) }));
        await deps.teachers.markRegistered(tx, passed, now);
        await recordAudits(
          tx,
          whoOf(actor),
          confirmed.map((r) => ({
            event: "TEACHER_REGISTRATION_CONFIRMED",
            entityId: r.teacherId,
            after: { year: input.year, outcome: r.outcome, reasons: r.reasons, hours: r.hours?.counted ?? 0 },
          })),
          now,
        );
        return { confirmed: confirmed.length };
      });
    },

    /** A teacher's own cycle, hours and, when due, the outcome the rules give today. */
    async mine(actor: Actor) {
      const teacher = await deps.self.ownRecord(actor);
      const year = thisYear();
      if (!teacher.registeredOn) return { registeredOn: null, dueYear: null, due: false, evaluation: null };
      const dueYear = registrationDueYear(teacher.registeredOn);
      const cycle = registrationCycle(teacher.registeredOn);
      const facts = await q.registrationFacts(db, [teacher.id], cycle.from);
      const [evaluation] = evaluateAll(
        [{ ...teacher, registeredOn: teacher.registeredOn, confirmedOutcome: null }],
        facts,
        Math.max(year, dueYear),
      ).values();
      return {
        registeredOn: teacher.registeredOn,
        dueYear,
        due: year >= dueYear,
        evaluation: evaluation
          ? {
              cycle,
              outcome: evaluation.outcome,
              outcomeLabel: RE_REGISTRATION_OUTCOME_LABELS[evaluation.outcome],
              reasons: evaluation.reasons.map((r) => r.message),
              hours: evaluation.hours,
            }
          : null,
      };
    },
  };
}

export type RegistrationService = ReturnType<typeof createRegistrationService>;
