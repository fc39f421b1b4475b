import {
  checkInstitutionRow,
  checkPlaces,
  createAreaIndex,
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
import type { ImportResult } from "../../platform/jobs/job-store.ts";
import { runSheetImport } from "../../platform/sheet-import/sheet-import.ts";
import type { ImportMode, ImportRun, ImportSession } from "../../platform/sheet-import/sheet-import.types.ts";
import { SHEET_COLUMN } from "../../platform/sheet-import/sheet-refusal.ts";
import type { SheetRow } from "../../platform/sheet-import/sheet-rows.ts";
import { whoOf } from "../audit/audit.service.ts";
import { institutionHeader, mergeProblems, type InstitutionColumns } from "./institution-sheet-header.ts";
import { createInstitutionWriter, storedSnapshot, type Placement } from "./institution-writes.ts";
import * as q from "./institutions.queries.ts";

/** Rows checked, looked up and written together: one lookup and a few set-based writes per batch. */
const BATCH_ROWS = 1_000;

interface ValidRow {
  row: number;
  value: InstitutionRowValue;
}

/**
 * 机构名录 import: the platform's pipeline (runSheetImport), streamed in one transaction, with this sheet's
 * template version, header, merged-cell checks, row rules and write. Each batch of rows is checked, looked
 * up in one query and — while nothing anywhere is wrong — written set-based as the next batch is read. Any
 * problem anywhere fails the job with the complete list, and the transaction leaves nothing written.
 */
export function createInstitutionImporter(ctx: AppContext, neighbours: q.RegistryNeighbours) {
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

  /** Problems only the database can tell: the code used elsewhere, places below current enrolment. */
  function databaseProblems(
    actor: Actor,
    mode: ImportMode,
    { row, value }: ValidRow,
    unit: q.InstitutionByCode | undefined,
  ): RowProblem[] {
    if (!unit) return [];
    const problems: RowProblem[] = [];
    const code = INSTITUTION_HEADERS.code;
    if (!unit.path.startsWith(actor.scopePath)) {
      problems.push({ row, column: code, message: `学校标识码 ${value.code} 已被您管理范围以外的单位使用` });
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
    const current = unit.kind === "institution" ? unit.enrolment : null;
    const message = current ? checkPlaces(current.students, value.places) : null;
    if (current && message) {
      problems.push({
        row,
        column: INSTITUTION_HEADERS.places,
        message: `${message}（${current.schoolYear} 学年）`,
      });
    }
    return problems;
  }

  async function session(run: ImportRun<InstitutionColumns>): Promise<ImportSession> {
    const { job, actor, columns: sheet, db: tx, mode, pace } = run;
    const { byId, index } = await loadAreas(actor, tx);
    const areaName = (id: string) => byId.get(id)?.name ?? "";
    const writer = createInstitutionWriter(tx, { who: whoOf(actor), at: clock.now() });
    const result: ImportResult = { rows: 0, created: 0, updated: 0, unchanged: 0 };
    // Kept until the end: merged cells (known only after the last row) hide some of them.
    const problems: RowProblem[] = [];
    const firstRow = new Map<string, number>();
    // Units found for earlier batches' codes, so a repeated code gets the same database problems.
    const found = new Map<string, q.InstitutionByCode>();

    function writeRow({ row, value }: ValidRow) {
      const district = byId.get(value.districtId);
      if (!district) throw new Error("validated district vanished");
      const placement: Placement = {
        district,
        street: value.streetId ? (byId.get(value.streetId) ?? null) : null,
      };
      const unit = found.get(value.code);
      const existing = unit
        ? { unit, before: unit.registry ? storedSnapshot(unit, unit.registry, areaName) : null }
        : null;
      const { outcome } = writer.write({
        input: value,
        placement,
        existing,
        source: { importId: job.id, importRow: row },
      });
      result[outcome]++;
    }

    async function check(rows: readonly SheetRow[]): Promise<RowProblem[]> {
      const fresh: ValidRow[] = [];
      const repeated: ValidRow[] = [];
      for (const { row, cells } of rows) {
        if (isBlankRow(cells)) continue;
        result.rows++;
        const checked = checkInstitutionRow({ row, cells, columns: sheet.columns, areas: index });
        problems.push(...checked.problems);
        if (checked.value) {
          const code = checked.value.code;
          const first = firstRow.get(code);
          if (first === undefined) {
            firstRow.set(code, row);
            fresh.push({ row, value: checked.value });
          } else {
            problems.push({
              row,
              column: INSTITUTION_HEADERS.code,
              message: `学校标识码 ${code} 与第 ${first} 行重复`,
            });
            repeated.push({ row, value: checked.value });
          }
        }
        await pace();
      }
      const units = await q.institutionsByCodes(
        tx,
        neighbours,
        fresh.map((r) => r.value.code),
      );
      for (const [code, unit] of units) found.set(code, unit);
      for (const valid of [...fresh, ...repeated])
        problems.push(...databaseProblems(actor, mode, valid, found.get(valid.value.code)));
      // Once anything is wrong nothing more is written: the transaction will be rolled back anyway.
      if (problems.length === 0) {
        // Rows are written as they are read: from the first batch written on, the job shows it.
        job.state = "writing";
        fresh.forEach(writeRow);
        await writer.flushRows();
      }
      return [];
    }

    async function finish(): Promise<RowProblem[]> {
      const merged = mergeProblems(run.layout.merges, sheet.header);
      const all = [
        ...merged.problems,
        ...problems.filter((p) => !merged.mergedAway.has(`${p.row}:${p.column}`)),
      ];
      if (result.rows === 0) {
        all.push({ row: 2, column: SHEET_COLUMN, message: "表中没有数据行：请从第 2 行起填写机构" });
      }
      return all;
    }

    async function write(): Promise<ImportResult> {
      // Audit rows last: the first takes the chain's lock, which other writers then wait on until commit.
      await writer.flush();
      job.total = result.rows;
      job.processed = result.rows;
      return result;
    }

    return { check, finish, write };
  }

  return runSheetImport<InstitutionColumns>(ctx, {
    name: "institution import",
    permission: "institutions.write",
    sheet: INSTITUTION_SHEET_NAME,
    auditEvent: "INSTITUTIONS_IMPORTED",
    maxRows: MAX_IMPORT_ROWS,
    extraSheets: [TEMPLATE_INFO_SHEET_NAME],
    streamed: { batchRows: BATCH_ROWS },
    missingSheet: `找不到工作表「${INSTITUTION_SHEET_NAME}」：请使用系统下载的导入模板，不要修改工作表名称`,
    emptySheet: "表中没有数据行：请从第 2 行起填写机构",
    sort: sortProblems,
    header: institutionHeader,
    // The import has always updated institutions it finds by code; "insert" refuses them instead.
    upsert: { key: INSTITUTION_HEADERS.code, defaultMode: "upsert" },
    start: session,
  });
}

export type InstitutionImporter = ReturnType<typeof createInstitutionImporter>;
