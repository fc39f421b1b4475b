import type { LightMyRequestResponse } from "fastify";
import ExcelJS from "exceljs";
import { residentIdCheckChar } from "@edubureau/domain/identity";
import type { SheetCell } from "@edubureau/domain/registry";
import { bulkInsert } from "../../platform/bulk-insert.ts";
import type { TestApp } from "../../test/test-app.ts";
import { TEST_PASSWORD } from "../../test/test-world.ts";
import { SESSION_COOKIE } from "../../http/session-token.ts";
import { multipart } from "../institutions/import-fixtures.ts";
import { STUDENT_SPEC, type StoredStudent } from "../students/students-table-spec.ts";
import { HEADERS, SHEET_NAMES, type HealthImportKind } from "./health-sheets.ts";

/** Test helpers: valid ID numbers, students placed in the test world, health sheets and uploads. */
export function residentId(region: string, birthDate: string, order: number): string {
  const first17 = `${region}${birthDate.replaceAll("-", "")}${String(order).padStart(3, "0")}`;
  return first17 + residentIdCheckChar(first17);
}

let seq = 0;

export async function addStudent(
  t: TestApp,
  school: "schoolA" | "schoolB",
  overrides: Partial<StoredStudent> & { grade: number; birthDate: string; sex: "male" | "female" },
): Promise<StoredStudent> {
  const unit = t.world[school];
  const district = school === "schoolA" ? t.world.districtA : t.world.districtB;
  seq += 2;
  const idNumber = residentId(district.code, overrides.birthDate, seq + (overrides.sex === "male" ? 1 : 0));
  const student: StoredStudent = {
    id: crypto.randomUUID(),
    studentNo: `G${idNumber}`,
    name: "张小明",
    idNumber,
    institutionId: unit.id,
    districtId: district.id,
    unitPath: unit.path,
    gradeYear: "2018-2019",
    className: "1班",
    ...overrides,
  };
  await bulkInsert(t.database.db, STUDENT_SPEC, [student], { at: t.clock.now() });
  return student;
}

export async function healthWorkbook(
  kind: HealthImportKind,
  rows: SheetCell[][],
  header?: string[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET_NAMES[kind]);
  sheet.addRow(header ?? Object.values(HEADERS[kind]));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface Client {
  get(url: string): Promise<LightMyRequestResponse>;
  upload(url: string, file: Buffer): Promise<LightMyRequestResponse>;
}

export async function clientFor(t: TestApp, username: string): Promise<Client> {
  const login = await t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: TEST_PASSWORD },
  });
  const cookie = login.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? "";
  const csrf = login.json<{ csrfToken: string }>().csrfToken;
  const headers = { cookie: `${SESSION_COOKIE}=${cookie}`, "x-csrf-token": csrf };
  return {
    get: (url) => t.app.inject({ method: "GET", url, headers }),
    upload(url, file) {
      const body = multipart(file, "health.xlsx");
      return t.app.inject({
        method: "POST",
        url,
        headers: { ...headers, ...body.headers },
        payload: body.payload,
      });
    },
  };
}
