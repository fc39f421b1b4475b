import { createHash } from "node:crypto";
import { can } from "@edubureau/domain";
import {
  checkInstitutionRow,
  checkPlaces,
  createAreaIndex,
  findDuplicateCodes,
  INSTITUTION_HEADERS,
  isBlankRow,
  sortProblems,
  type InstitutionRowValue,
  type RowProblem,
} from "@edubureau/domain/registry";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems as httpProblems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import {
  createJobStore,
  createPacer,
  IMPORT_CRASHED,
  ImportRejected,
  type ImportJob,
  type ImportResult,
} from "../import-jobs/job-store.ts";
import { openWorkbook, parseWorkbook, SHEET_COLUMN, type Workbook } from "./import-parse.ts";
import {
  createInstitutionWriter,
  storedSnapshot,
  type ExistingInstitution,
  type Placement,
} from "./institution-writes.ts";
import * as q from "./institutions.queries.ts";

export interface ImportUpload {
  buffer: Buffer;
  fileName: string;
}

interface ValidRow {
  row: number;
  value: InstitutionRowValue;
}

/**
 * Excel import as a job: parse (streaming) → validate every row → write everything in one transaction.
 * Any problem anywhere fails the job with the complete list, and nothing is written.
 */
export function createInstitutionImporter(ctx: AppContext) {
  const { db } = ctx.database;
  const { clock } = ctx;
  const jobs = createJobStore(() => clock.now().getTime());

  async function loadAreas(actor: Actor, tx: Db) {
    const rows = await q.areasInScope(tx, actor.scopePath);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const index = createAreaIndex({
      districts: rows.filter((r) => r.kind === "district"),
      streets: rows.flatMap((r) =>
        r.kind === "street" && r.parentId && byId.get(r.parentId)?.kind === "district"
          ? [{ ...r, districtId: r.parentId }]
          : [],
      ),
    });
    return { byId, index };
  }

  async function checkRows(
    job: ImportJob,
    actor: Actor,
    sheet: Awaited<ReturnType<typeof parseWorkbook>>,
  ): Promise<{ valid: ValidRow[]; problems: RowProblem[] }> {
    const { index } = await loadAreas(actor, db);
    const dataRows = sheet.rows.filter((r) => !isBlankRow(r.cells));
    job.state = "validating";
    job.processed = 0;
    job.total = dataRows.length;
    const problems: RowProblem[] = [...sheet.problems];
    const valid: ValidRow[] = [];
    const codes: { row: number; code: string }[] = [];
    const pace = createPacer();
    for (const { row, cells } of dataRows) {
      const checked = checkInstitutionRow({ row, cells, columns: sheet.columns, areas: index });
      problems.push(...checked.problems.filter((p) => !sheet.mergedAway.has(`${p.row}:${p.column}`)));
      if (checked.value) {
        valid.push({ row, value: checked.value });
        codes.push({ row, code: checked.value.code });
      }
      job.processed++;
      await pace();
    }
    problems.push(...findDuplicateCodes(codes));
    if (dataRows.length === 0) {
      problems.push({ row: 2, column: SHEET_COLUMN, message: "表中没有数据行：请从第 2 行起填写机构" });
    }
    return { valid, problems };
  }

  /** Problems only the database can tell: codes used elsewhere, places below current enrolment. */
  async function databaseProblems(tx: Db, actor: Actor, rows: readonly ValidRow[]) {
    const units = await q.unitsByCodes(
      tx,
      rows.map((r) => r.value.code),
    );
    const problems: RowProblem[] = [];
    const code = INSTITUTION_HEADERS.code;
    for (const { row, value } of rows) {
      const unit = units.get(value.code);
      if (!unit) continue;
      if (!unit.path.startsWith(actor.scopePath)) {
        problems.push({
          row,
          column: code,
          message: `学校标识码 ${value.code} 已被您管理范围以外的单位使用`,
        });
      } else if (unit.kind !== "institution") {
        problems.push({
          row,
          column: code,
          message: `学校标识码 ${value.code} 已被「${unit.name}」使用，它不是学校/机构`,
        });
      }
    }
    const existingIds = [...units.values()].filter((u) => u.kind === "institution").map((u) => u.id);
    const enrolment = await q.latestEnrolment(tx, existingIds);
    for (const { row, value } of rows) {
      const unit = units.get(value.code);
      const current = unit ? enrolment.get(unit.id) : undefined;
      const message = current ? checkPlaces(current.students, value.places) : null;
      if (current && message) {
        problems.push({
          row,
          column: INSTITUTION_HEADERS.places,
          message: `${message}（${current.schoolYear} 学年）`,
        });
      }
    }
    return { units, problems };
  }

  async function write(job: ImportJob, actor: Actor, workbook: Workbook, rows: readonly ValidRow[]) {
    job.state = "writing";
    job.processed = 0;
    job.total = rows.length;
    const at = clock.now();
    const who = whoOf(actor);
    return db.transaction(async (tx) => {
      const { byId } = await loadAreas(actor, tx);
      const { units, problems } = await databaseProblems(tx, actor, rows);
      if (problems.length > 0) throw new ImportRejected(problems);
      const registered = await q.registryRows(
        tx,
        [...units.values()].filter((u) => u.registered).map((u) => u.id),
      );
      const areaName = (id: string) => byId.get(id)?.name ?? "";
      const result: ImportResult = { rows: rows.length, created: 0, updated: 0, unchanged: 0 };
      const writer = createInstitutionWriter(tx, { who, at });
      const pace = createPacer();
      for (const { row, value } of rows) {
        const district = byId.get(value.districtId);
        if (!district) throw new Error("validated district vanished");
        const placement: Placement = {
          district,
          street: value.streetId ? (byId.get(value.streetId) ?? null) : null,
        };
        const unit = units.get(value.code);
        const stored = unit ? registered.get(unit.id) : undefined;
        const existing: ExistingInstitution | null = unit
          ? { unit, before: stored ? storedSnapshot(unit, stored, areaName) : null }
          : null;
        const { outcome } = await writer.write({
          input: value,
          placement,
          existing,
          source: { importId: job.id, importRow: row },
        });
        result[outcome]++;
        job.processed++;
        await pace();
      }
      await writer.flush();
      await recordAudit(
        tx,
        who,
        {
          event: "INSTITUTIONS_IMPORTED",
          entityId: job.id,
          after: {
            fileName: job.fileName,
            sha256: createHash("sha256").update(workbook.buffer).digest("hex"),
            ...result,
          },
        },
        at,
      );
      return result;
    });
  }

  async function run(job: ImportJob, actor: Actor, workbook: Workbook): Promise<void> {
    try {
      const sheet = await parseWorkbook(workbook, {
        setTotal: (total) => (job.total = total),
        onRow: () => void job.processed++,
      });
      if (sheet.fatal.length > 0) return jobs.fail(job, { errors: sortProblems(sheet.fatal) });
      const { valid, problems } = await checkRows(job, actor, sheet);
      // Checked here too, not only at write time, so one upload lists every problem at once.
      problems.push(...(await databaseProblems(db, actor, valid)).problems);
      if (problems.length > 0) return jobs.fail(job, { errors: sortProblems(problems) });
      jobs.finish(job, await write(job, actor, workbook, valid));
    } catch (error) {
      if (error instanceof ImportRejected) return jobs.fail(job, { errors: sortProblems(error.problems) });
      console.error("institution import failed", error);
      jobs.fail(job, { message: IMPORT_CRASHED });
    }
  }

  async function begin(actor: Actor, upload: ImportUpload): Promise<{ job: ImportJob; workbook: Workbook }> {
    if (!can(actor.role, "institutions.write")) throw httpProblems.forbidden();
    jobs.assertIdle(actor.userId);
    const workbook = await openWorkbook(upload.buffer);
    return { job: jobs.create(actor.userId, upload.fileName), workbook };
  }

  return {
    /** Starts an import and returns at once; the caller polls `status`. */
    async start(actor: Actor, upload: ImportUpload): Promise<ImportJob> {
      const { job, workbook } = await begin(actor, upload);
      void run(job, actor, workbook);
      return job;
    },

    /** Runs an import to its end (scripts, benchmarks, `?wait=true`). */
    async runToEnd(actor: Actor, upload: ImportUpload): Promise<ImportJob> {
      const { job, workbook } = await begin(actor, upload);
      await run(job, actor, workbook);
      return job;
    },

    status(actor: Actor, jobId: string): ImportJob {
      return jobs.status(actor, jobId);
    },
  };
}

export type InstitutionImporter = ReturnType<typeof createInstitutionImporter>;
