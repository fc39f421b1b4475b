import { randomBytes } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import ExcelJS from "exceljs";
import {
  INSTITUTION_COLUMNS,
  INSTITUTION_SHEET_NAME,
  INSTITUTION_TEMPLATE_VERSION,
  TEMPLATE_INFO_SHEET_NAME,
  TEMPLATE_VERSION_LABEL,
  type InstitutionColumnKey,
  type SheetCell,
} from "@edubureau/domain/registry";
import { SESSION_COOKIE } from "../../http/session-token.ts";
import type { TestApp } from "../../test/test-app.ts";
import { TEST_PASSWORD } from "../../test/test-world.ts";
import { XLSX_MIME } from "../../platform/downloads.ts";

/** Test helpers for the Excel import: workbooks built cell by cell, uploads as a browser sends them. */
export type SheetRecord = Partial<Record<InstitutionColumnKey, SheetCell>>;

export const HEADERS = INSTITUTION_COLUMNS.map((c) => c.header);

export function cellsOf(record: SheetRecord): SheetCell[] {
  return INSTITUTION_COLUMNS.map((c) => record[c.key] ?? null);
}

export async function buildWorkbook(options: {
  rows: SheetCell[][];
  header?: string[];
  version?: string | null;
  merges?: string[];
  sheetName?: string;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? INSTITUTION_SHEET_NAME);
  sheet.addRow(options.header ?? HEADERS);
  for (const row of options.rows) sheet.addRow(row);
  for (const range of options.merges ?? []) sheet.mergeCells(range);
  if (options.version !== null) {
    const info = workbook.addWorksheet(TEMPLATE_INFO_SHEET_NAME, { state: "hidden" });
    info.addRow([TEMPLATE_VERSION_LABEL, options.version ?? INSTITUTION_TEMPLATE_VERSION]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function multipart(file: Buffer, fileName = "机构名录.xlsx", mime = XLSX_MIME) {
  const boundary = `----eb${randomBytes(8).toString("hex")}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      `Content-Type: ${mime}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, file, tail]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

export interface Uploader {
  upload(
    file: Buffer,
    options?: { wait?: boolean; fileName?: string; mime?: string; mode?: "insert" | "upsert" },
  ): Promise<LightMyRequestResponse>;
  /** Polls the job until it ends. */
  waitFor(jobId: string): Promise<ImportJobBody>;
  get(url: string): Promise<LightMyRequestResponse>;
}

export interface ImportJobBody {
  id: string;
  state: string;
  processed: number;
  total: number;
  errors?: { row: number; column: string; message: string }[];
  errorCount?: number;
  result?: { rows: number; created: number; updated: number; unchanged: number };
  message?: string;
}

/** TestSession only sends JSON; uploads need the raw cookie, so this signs in on its own. */
export async function uploaderFor(
  t: TestApp,
  username: string,
  base = "/api/institutions",
): Promise<Uploader> {
  const login = await t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: TEST_PASSWORD },
  });
  const cookie = login.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? "";
  const csrf = login.json<{ csrfToken: string }>().csrfToken;
  const headers = { cookie: `${SESSION_COOKIE}=${cookie}`, "x-csrf-token": csrf };
  const get = (url: string) => t.app.inject({ method: "GET", url, headers });
  return {
    get,
    upload(file, options = {}) {
      const body = multipart(file, options.fileName, options.mime);
      return t.app.inject({
        method: "POST",
        url: `${base}/import?${new URLSearchParams({
          ...(options.wait ? { wait: "true" } : {}),
          ...(options.mode ? { mode: options.mode } : {}),
        }).toString()}`,
        headers: { ...headers, ...body.headers },
        payload: body.payload,
      });
    },
    async waitFor(jobId) {
      for (let i = 0; i < 2_000; i++) {
        const job = (await get(`${base}/import/${jobId}`)).json<ImportJobBody>();
        if (job.state === "done" || job.state === "failed") return job;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error("import did not finish");
    },
  };
}

/** A workbook from bytes (ExcelJS's own Buffer typing does not accept Node's generic Buffer). */
export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}
