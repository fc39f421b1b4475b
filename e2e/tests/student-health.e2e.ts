import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { apiGet, apiLogin, type ApiSession } from "../support/api.ts";
import {
  launchBrowser,
  loginViaUi,
  openSession,
  screenshot,
  type BrowserSession,
} from "../support/browser.ts";

const baseUrl = inject("baseUrl");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** After the seeded autumn screening (October 2019), so these become each student's counted one. */
const SCREENED_ON = "2019-12-10";
const ROWS = 30;

let browser: Browser;
let school: BrowserSession;
let schoolApi: ApiSession;
let furongApi: ApiSession;

interface Report {
  schoolYear: string;
  overall: { current: { screened: number; myopiaRate: number } };
}

/** 芙蓉区's 近视率 for 2019-2020 as the district sees it. */
async function furongMyopia(): Promise<Report["overall"]["current"]> {
  const report = await apiGet<Report>(furongApi, "/api/student-health/report?schoolYear=2019-2020");
  return report.overall.current;
}

/** The school's own template (its students listed) with the first rows filled as myopic eyes. */
async function screeningSheet(badRow: boolean): Promise<Buffer> {
  const response = await fetch(`${baseUrl}/api/student-health/screening/template.xlsx?roster=true`, {
    headers: { cookie: schoolApi.cookie },
  });
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.getWorksheet("视力筛查");
  if (!sheet) throw new Error("template has no 视力筛查 sheet");
  const kept = new ExcelJS.Workbook();
  const out = kept.addWorksheet("视力筛查");
  out.addRow(sheet.getRow(1).values);
  for (let r = 2; r < 2 + ROWS; r++) {
    const no = sheet.getRow(r).getCell(1).value;
    // Row 3 of the bad file has an acuity off the 5-point chart (3.0–5.3).
    const right = badRow && r === 3 ? 5.6 : 4.5;
    out.addRow([no, "", SCREENED_ON, right, 4.6, -2.25, -0.5, -2.0, 0, "框架眼镜"]);
  }
  return Buffer.from(await kept.xlsx.writeBuffer());
}

async function upload(name: string, content: Buffer): Promise<void> {
  await school.page
    .locator('[data-testid="health-import-screening"] input[type=file]')
    .setInputFiles({ name, mimeType: XLSX, buffer: content });
}

beforeAll(async () => {
  schoolApi = await apiLogin(baseUrl, "school");
  furongApi = await apiLogin(baseUrl, "furong");
  browser = await launchBrowser();
  school = await openSession(browser, baseUrl);
  await loginViaUi(school.page, "school");
});

afterAll(async () => {
  await school.context.close();
  await browser.close();
});

describe("student health", () => {
  test("a school's screening import with a bad row is refused, the fixed file moves 芙蓉区's myopia rate", async () => {
    const before = await furongMyopia();
    await school.page.goto("/student-health");
    await school.page.getByTestId("health-kpi-myopiaRate").waitFor();
    await school.page.getByTestId("health-import-screening-open").click();
    await upload("视力筛查-有错.xlsx", await screeningSheet(true));
    await expect
      .poll(() => school.page.getByTestId("health-import-failed").isVisible(), { timeout: 60_000 })
      .toBe(true);
    const errors = await school.page.getByTestId("health-import-errors").innerText();
    expect(errors).toContain("右眼裸眼视力");
    expect(errors).toContain("5.6");
    await screenshot(school.page, "health-import-errors");
    expect(await furongMyopia()).toEqual(before);

    await upload("视力筛查-改正.xlsx", await screeningSheet(false));
    await expect
      .poll(() => school.page.getByTestId("health-import-done").isVisible(), { timeout: 90_000 })
      .toBe(true);
    await screenshot(school.page, "health-import-done");
    const after = await furongMyopia();
    expect(after.screened).toBe(before.screened);
    expect(after.myopiaRate).toBeGreaterThan(before.myopiaRate);
    expect(school.pageErrors).toEqual([]);
  });

  test("a parent sees their own child's record on the public page", async () => {
    const list = await apiGet<{ items: { id: string }[] }>(schoolApi, "/api/students?pageSize=1");
    const child = await apiGet<{ name: string; idNumber: string; birthDate: string }>(
      schoolApi,
      `/api/students/${list.items[0]?.id ?? ""}/personal`,
    );
    const parent = await openSession(browser, baseUrl);
    try {
      await parent.page.goto("/public/health-record");
      await parent.page.getByTestId("lookup-name").fill(child.name);
      await parent.page.getByTestId("lookup-id").fill(child.idNumber);
      await parent.page.getByTestId("lookup-birth").fill("2000-01-01");
      await parent.page.getByTestId("lookup-submit").click();
      await parent.page.getByTestId("lookup-error").waitFor();
      await parent.page.getByTestId("lookup-birth").fill(child.birthDate);
      await parent.page.getByTestId("lookup-submit").click();
      await parent.page.getByTestId("health-record").waitFor();
      expect(await parent.page.getByTestId("record-screenings").innerText()).toContain(SCREENED_ON);
      await screenshot(parent.page, "health-public-record");
      expect(parent.pageErrors).toEqual([]);
    } finally {
      await parent.context.close();
    }
  });
});
