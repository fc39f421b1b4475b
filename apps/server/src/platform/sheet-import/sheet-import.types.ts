import type { Permission } from "@edubureau/domain";
import type { RowProblem, SheetCell } from "@edubureau/domain/registry";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import type { ImportJob, ImportMode, ImportResult } from "../jobs/job-store.ts";
export type { ImportMode } from "../jobs/job-store.ts";
import type { SheetLayout, SheetRow } from "./sheet-rows.ts";
import type { ReadSheet } from "./workbook-reader.ts";
import type { Refusal } from "./xlsx-container.ts";

export interface HeaderInput {
  /** Cells of the header row (row 1); empty when the sheet has none. */
  cells: SheetCell[];
  /** The spec's other sheets, read whole before the data sheet. */
  extra: ReadonlyMap<string, ReadSheet>;
  /** Merged ranges; complete for a sheet read whole, empty for a streamed one. */
  merges: readonly string[];
}

/** One import run as a spec's session sees it. */
export interface ImportRun<Columns> {
  actor: Actor;
  /** Its progress: a session adds to `processed` as it checks or writes, and may set `total`. */
  job: ImportJob;
  columns: Columns;
  layout: SheetLayout;
  /** The database to check against: the import's transaction when the spec is streamed. */
  db: Db;
  /** Hands the event loop back now and then; await it in long loops. */
  pace: () => Promise<void>;
  /**
   * Chosen at upload. "insert": a row whose key is already on the register is a problem; "upsert": it
   * updates that record (in the actor's scope; one outside it is a problem naming the row). Always "insert"
   * for a spec without `upsert`.
   */
  mode: ImportMode;
}

/** One column of an import's empty template: its header and what the 填写说明 sheet says about it. */
export interface TemplateColumn {
  header: string;
  required: boolean;
  /** Allowed values, format, length: one sentence. */
  note?: string;
  /** Typed as text (codes, ID numbers) so Excel keeps leading zeros and all 18 digits. */
  text?: boolean;
  width?: number;
}

/** The empty template: the data sheet's header row and a 填写说明 sheet, no data rows. */
export interface ImportTemplate {
  columns: readonly TemplateColumn[];
  /** General lines printed above the column table of 填写说明. */
  notes?: readonly string[];
  /** Download name, and its ASCII fallback. */
  fileName: string;
  asciiName: `${string}.xlsx`;
}

/** What a spec does with its rows once the header is read. */
export interface ImportSession {
  /** Checks data rows (all of them, or one batch when streamed); returns their problems. */
  check(rows: readonly SheetRow[]): Promise<RowProblem[]>;
  /** Checks only the whole file can tell (duplicates, the database), once every row is checked. */
  finish?(): Promise<RowProblem[]>;
  /** Writes, in the import's one transaction; throws ImportRejected for a problem found only now. */
  write(tx: Db): Promise<ImportResult>;
}

/**
 * A feature's Excel import, as runSheetImport runs it: its sheet and columns, its row rules and its write.
 * Everything else — upload checks, reading, limits, the transaction, the audit row, the job — is the kernel's.
 */
/** Typed audit events of whole-sheet imports (their payload: file name, sha256, counts). */
export type SheetImportEvent =
  | "INSTITUTIONS_IMPORTED"
  | "STUDENTS_IMPORTED"
  | "TEACHERS_IMPORTED"
  | "VISION_SCREENINGS_IMPORTED"
  | "FITNESS_TESTS_IMPORTED"
  | "INSP_MONITORING_IMPORTED";

export interface SheetImportSpec<Columns> {
  /** Names the import in the server log. */
  name: string;
  permission: Permission;
  /** The sheet whose rows are imported; row 1 is its header. */
  sheet: string;
  /** The audit event that records each import (file name, sha256, counts). */
  auditEvent: SheetImportEvent;
  maxRows: number;
  /** Small sheets read whole before the data sheet (a template's version sheet). */
  extraSheets?: readonly string[];
  /** Streamed: one transaction from the first row, rows checked in batches as they are read, so memory stays flat. */
  streamed?: { batchRows: number };
  /** The feature's words for an unreadable upload; undefined keeps the kernel's. */
  refusal?: (reason: Refusal) => string | undefined;
  /** The refusal when the workbook lacks the sheet. */
  missingSheet?: string;
  /** The refusal when the sheet has no data rows. */
  emptySheet?: string;
  /** Orders the problem list; by row when absent. */
  sort?: (problems: readonly RowProblem[]) => RowProblem[];
  /** Maps the header to columns; any problem refuses the sheet before a row is checked. */
  header(input: HeaderInput): { columns: Columns; problems: RowProblem[] };
  /**
   * The empty template the kernel builds and the import routes serve at /template.xlsx; a feature whose
   * template needs more (a hidden version sheet) serves its own and leaves this out.
   */
  template?: ImportTemplate;
  /**
   * The natural key that lets a row update an existing record ("upsert" mode), and the mode used when
   * the upload names none. Without it only "insert" is accepted.
   */
  upsert?: { key: string; defaultMode: ImportMode };
  start(run: ImportRun<Columns>): ImportSession | Promise<ImportSession>;
}
