import {
  checkInstitutionRow,
  checkPlaces,
  createAreaIndex,
  findDuplicateCodes,
  INSTITUTION_HEADERS,
  INSTITUTION_SHEET_NAME,
  isBlankRow,
  MAX_IMPORT_ROWS,
  sortProblems,
  TEMPLATE_INFO_SHEET_NAME,
  type InstitutionRowValue,
  type RowProblem,
} from "@edubureau/domain/registry";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { ImportRejected, type ImportResult } from "../../platform/jobs/job-store.ts";
import { checkThenWrite, runSheetImport } from "../../platform/sheet-import/sheet-import.ts";
import type { ImportMode, ImportRun } from "../../platform/sheet-import/sheet-import.types.ts";
import { SHEET_COLUMN } from "../../platform/sheet-import/sheet-refusal.ts";
import type { SheetRow } from "../../platform/sheet-import/sheet-rows.ts";
import { whoOf } from "../audit/audit.service.ts";
import { institutionHeader, type InstitutionColumns } from "./institution-sheet-header.ts";
import {
  createInstitutionWriter,
  storedSnapshot,
  type ExistingInstitution,
  type Placement,
} from "./institution-writes.ts";
import * as q from "./institutions.queries.ts";

interface ValidRow {
  row: number;
  value: InstitutionRowValue;
}

/**
 * 机构名录 import: the platform's pipeline (runSheetImport) with this sheet's template version, header,
 * merged-cell checks, row rules and write. Any problem anywhere fails the job with the complete list,
 * and nothing is written.
 */
export function createInstitutionImporter(ctx: AppContext, neighbours: q.RegistryNeighbours) {
  const { db } = ctx.database;
  const { clock } = ctx;

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
    run: ImportRun<InstitutionColumns>,
    rows: readonly SheetRow[],
  ): Promise<{ valid: ValidRow[]; problems: RowProblem[] }> {
    const { job, actor, columns: sheet, pace } = run;
    const { index } = await loadAreas(actor, db);
    const dataRows = rows.filter((r) => !isBlankRow(r.cells));
    job.total = dataRows.length;
    const problems: RowProblem[] = [...sheet.merges];
    const valid: ValidRow[] = [];
    const codes: { row: number; code: string }[] = [];
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
    if (dataRows.length === 0 && rows.length > 0) {
      problems.push({ row: 2, column: SHEET_COLUMN, message: "表中没有数据行：请从第 2 行起填写机构" });
    }
    return { valid, problems };
  }

  /** Problems only the database can tell: codes used elsewhere, places below current enrolment. */
  async function databaseProblems(tx: Db, actor: Actor, rows: readonly ValidRow[], mode: ImportMode) {
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
      } else if (mode === "insert" && unit.registered) {
        problems.push({
          row,
          column: code,
          message: `学校标识码 ${value.code} 已登记为「${unit.name}」；如需更新已有机构，请选择“更新”方式导入`,
        });
      }
    }
    const existingIds = [...units.values()].filter((u) => u.kind === "institution").map((u) => u.id);
    const enrolment = await q.latestEnrolment(tx, neighbours, existingIds);
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

  async function write(tx: Db, run: ImportRun<InstitutionColumns>, rows: readonly ValidRow[]) {
    const { job, actor } = run;
    job.total = rows.length;
    const at = clock.now();
    const who = whoOf(actor);
    const { byId } = await loadAreas(actor, tx);
    const { units, problems } = await databaseProblems(tx, actor, rows, run.mode);
    if (problems.length > 0) throw new ImportRejected(problems);
    const registered = await q.registryRows(
      tx,
      [...units.values()].filter((u) => u.registered).map((u) => u.id),
    );
    const areaName = (id: string) => byId.get(id)?.name ?? "";
    const result: ImportResult = { rows: rows.length, created: 0, updated: 0, unchanged: 0 };
    const writer = createInstitutionWriter(tx, { who, at });
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
      const { outcome } = writer.write({
        input: value,
        placement,
        existing,
        source: { importId: job.id, importRow: row },
      });
      result[outcome]++;
      job.processed++;
      await run.pace();
    }
    await writer.flush();
    return result;
  }

  return runSheetImport<InstitutionColumns>(ctx, {
    name: "institution import",
    permission: "institutions.write",
    sheet: INSTITUTION_SHEET_NAME,
    auditEvent: "INSTITUTIONS_IMPORTED",
    maxRows: MAX_IMPORT_ROWS,
    extraSheets: [TEMPLATE_INFO_SHEET_NAME],
    missingSheet: `找不到工作表「${INSTITUTION_SHEET_NAME}」：请使用系统下载的导入模板，不要修改工作表名称`,
    emptySheet: "表中没有数据行：请从第 2 行起填写机构",
    sort: sortProblems,
    header: institutionHeader,
    // The import has always updated institutions it finds by code; "insert" refuses them instead.
    upsert: { key: INSTITUTION_HEADERS.code, defaultMode: "upsert" },
    start: (run) =>
      checkThenWrite({
        check: async (rows) => {
          const { problems, valid } = await checkRows(run, rows);
          return { problems, value: valid };
        },
        // Checked here too, not only at write time, so one upload lists every problem at once.
        finish: async (valid) =>
          valid.length > 0 ? (await databaseProblems(db, run.actor, valid, run.mode)).problems : [],
        write: (tx, valid) => write(tx, run, valid),
      }),
  });
}

export type InstitutionImporter = ReturnType<typeof createInstitutionImporter>;
