import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  uploaderFor,
  type ImportJobBody,
  type Uploader,
} from "../../modules/institutions/import-fixtures.ts";
import { STUDENT_HEADERS, STUDENT_SHEET } from "../../modules/students/students-workbook.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { declareSheetSize, rawWorkbook, SHEET_CLOSE, SHEET_OPEN, textCell } from "./hostile-fixtures.ts";

/**
 * Uploads built to hurt (issue 14, defects 1 and 2), sent to the student roster import as an ordinary
 * school account: each is refused quickly with a Chinese problem, memory stays bounded, and the server
 * goes on answering.
 */
let t: TestApp;
let school: Uploader;
beforeAll(async () => {
  t = await createTestApp();
  school = await uploaderFor(t, "schoolA", "/api/students");
});
afterAll(async () => t.close());

type Problem = { title: string; detail: string; errors?: { field: string; row?: number; message: string }[] };

const MB = 1024 * 1024;
const header = `<row r="1">${Object.values(STUDENT_HEADERS)
  .map((text, i) => textCell(`${String.fromCharCode(65 + i)}1`, text))
  .join("")}</row>`;

/** Runs `work`, sampling the process's memory meanwhile: how long it took and how far RSS and heap rose. */
async function measured<T>(work: () => Promise<T>) {
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  let rss = rss0;
  let heap = heap0;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  }, 5);
  const started = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - started, rssGrowth: rss - rss0, heapGrowth: heap - heap0 };
  } finally {
    clearInterval(timer);
    const figures = {
      ms: Math.round(performance.now() - started),
      rssMB: Math.round((rss - rss0) / MB),
      heapMB: Math.round((heap - heap0) / MB),
    };
    console.info(`hostile upload: ${JSON.stringify(figures)}`);
  }
}

async function healthy() {
  const response = await t.app.inject({ method: "GET", url: "/api/health" });
  expect(response.statusCode).toBe(200);
}

describe("a cell far to the right (AAAAAAA2)", () => {
  const file = rawWorkbook(
    STUDENT_SHEET,
    `${SHEET_OPEN}${header}<row r="2">${textCell("AAAAAAA2", "x")}</row>${SHEET_CLOSE}`,
  );

  it("is refused at once as a 400 problem naming the cell; the server stays up", async () => {
    expect(file.length).toBeLessThan(2_048);
    const { result, ms, rssGrowth } = await measured(() => school.upload(file, { wait: true }));
    expect(result.statusCode, result.body).toBe(400);
    expect(result.headers["content-type"]).toContain("application/problem+json");
    const problem = result.json<Problem>();
    expect(problem.errors?.[0]).toMatchObject({ row: 2, field: "（整表）" });
    expect(problem.errors?.[0]?.message).toMatch(/^单元格 AAAAAAA2 超出导入表的范围：最多读取 256 列/);
    expect(ms).toBeLessThan(5_000);
    expect(rssGrowth).toBeLessThan(100 * MB);
    await healthy();
  });

  it("fails the job the same way when started in the background", async () => {
    const accepted = await school.upload(file);
    expect(accepted.statusCode).toBe(202);
    const job: ImportJobBody = await school.waitFor(accepted.json<{ jobId: string }>().jobId);
    expect(job.state).toBe("failed");
    expect(job.errors?.[0]?.message).toContain("AAAAAAA2");
    await healthy();
  });
});

describe("an unclosed <row>", () => {
  /** `bytes` of cells inside row 2, never closed: numbers vary so the file compresses like a real sheet. */
  const unclosed = (bytes: number, withRefs: boolean) => {
    const cells: string[] = [];
    let size = 0;
    for (let i = 0; size < bytes; i++) {
      const cell = withRefs
        ? `<c r="${String.fromCharCode(65 + (i % 8))}2"><v>${randomInt(1e9)}</v></c>`
        : `<c><v>${randomInt(1e9)}</v></c>`;
      cells.push(cell);
      size += cell.length;
    }
    return `${SHEET_OPEN}${header}<row r="2">${cells.join("")}`;
  };

  it("is read in one linear pass: 8 MB of cells are refused within seconds", async () => {
    const file = rawWorkbook(STUDENT_SHEET, unclosed(8 * MB, true));
    const { result, ms, heapGrowth } = await measured(() => school.upload(file, { wait: true }));
    expect(result.statusCode, result.body).toBe(400);
    expect(result.json<Problem>().errors?.[0]?.message).toMatch(/^文件内容已损坏/);
    expect(ms).toBeLessThan(15_000);
    expect(heapGrowth).toBeLessThan(200 * MB);
    await healthy();
  });

  it("stops at the column cap when its cells carry no reference", async () => {
    const file = rawWorkbook(STUDENT_SHEET, unclosed(8 * MB, false));
    const { result, ms } = await measured(() => school.upload(file, { wait: true }));
    expect(result.statusCode, result.body).toBe(400);
    expect(result.json<Problem>().errors?.[0]?.message).toMatch(/^单元格 IW2 超出导入表的范围/);
    expect(ms).toBeLessThan(5_000);
  });

  it("that inflates from a few KB to 20 MB is refused on upload, before any job", async () => {
    const cells = '<c r="A2"><v>1</v></c>'.repeat((20 * MB) / 22);
    const file = rawWorkbook(STUDENT_SHEET, `${SHEET_OPEN}${header}<row r="2">${cells}`);
    expect(file.length).toBeLessThan(100 * 1024);
    const { result, ms } = await measured(() => school.upload(file, { wait: true }));
    expect(result.statusCode, result.body).toBe(400);
    expect(result.json<Problem>().detail).toMatch(/^文件解压后过大/);
    expect(ms).toBeLessThan(3_000);
  });
});

describe("a zip bomb", () => {
  const payload = Buffer.alloc(64 * MB, " ");

  it("declaring its size is refused on upload from the ZIP directory, nothing inflated", async () => {
    const file = rawWorkbook(STUDENT_SHEET, Buffer.concat([Buffer.from(SHEET_OPEN), payload]));
    const { result, ms, heapGrowth } = await measured(() => school.upload(file, { wait: true }));
    expect(result.statusCode, result.body).toBe(400);
    expect(result.json<Problem>().detail).toMatch(/^文件解压后过大/);
    expect(ms).toBeLessThan(3_000);
    expect(heapGrowth).toBeLessThan(50 * MB);
  });

  it("lying about its size is stopped as soon as it inflates past what it declared", async () => {
    const sheet = Buffer.concat([Buffer.from(SHEET_OPEN), payload]);
    const file = declareSheetSize(rawWorkbook(STUDENT_SHEET, sheet), 1_000);
    const { result, ms, rssGrowth } = await measured(() => school.upload(file, { wait: true }));
    expect(result.statusCode, result.body).toBe(400);
    expect(result.json<Problem>().errors?.[0]?.message).toMatch(/^文件解压后过大/);
    expect(ms).toBeLessThan(3_000);
    expect(rssGrowth).toBeLessThan(100 * MB);
    await healthy();
  });
});

describe("a sheet of 1,048,576 rows", () => {
  it("is refused at the import's row cap, quickly and in bounded memory", async () => {
    const rows: string[] = [header];
    for (let r = 2; r <= 1_048_576; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const file = rawWorkbook(STUDENT_SHEET, `${SHEET_OPEN}${rows.join("")}${SHEET_CLOSE}`);
    rows.length = 0;
    const { result, ms, heapGrowth } = await measured(() => school.upload(file, { wait: true }));
    expect(result.statusCode, result.body).toBe(400);
    expect(result.json<Problem>().errors).toEqual([
      { field: "（整表）", row: 50_002, message: "单次最多导入 50000 行，请拆分为多个文件后分别导入" },
    ]);
    expect(ms).toBeLessThan(15_000);
    expect(heapGrowth).toBeLessThan(200 * MB);
    await healthy();
  }, 60_000);
});
