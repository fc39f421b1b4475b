import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import ExcelJS from "exceljs";
import { expect } from "vitest";
import {
  INSTITUTION_COLUMNS,
  INSTITUTION_SHEET_NAME,
  INSTITUTION_TEMPLATE_VERSION,
  TEMPLATE_INFO_SHEET_NAME,
  TEMPLATE_VERSION_LABEL,
  type InstitutionColumnKey,
  type SheetCell,
} from "@edubureau/domain/registry";
import { DEMO_PASSWORD } from "../seed/demo-accounts.ts";
import { SESSION_COOKIE } from "../http/session-token.ts";

/** Test helpers: the real server entry (main.ts) as a child process, signed in to over HTTP. */

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  logs: string[];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer(
  name: string,
  databaseUrl: string | undefined,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<Server> {
  const port = await freePort();
  const { NODE_ENV: _env, DATABASE_URL: _url, ...inherited } = process.env;
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(REPO_ROOT, "apps/server/src/main.ts")],
    {
      cwd: REPO_ROOT,
      env: {
        ...inherited,
        NODE_ENV: "test",
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        WEB_DIST_DIR: path.join(dataDir, "no-web"),
        LOG_LEVEL: "info",
        LOGIN_RATE_PER_MINUTE: "10000",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const logs: string[] = [];
  let pending = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split("\n");
    pending = lines.pop() ?? "";
    logs.push(...lines);
  });
  child.stderr?.on("data", (chunk: Buffer) => logs.push(chunk.toString()));
  process.once("exit", () => child.kill("SIGKILL"));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 40_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { name, url, child, logs };
    } catch {
      // not listening yet
    }
    await sleep(150);
  }
  child.kill("SIGKILL");
  throw new Error(`${name} did not start:\n${logs.slice(-30).join("\n")}`);
}

export async function stopServer(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once("exit", () => resolve()));
  server.child.kill("SIGTERM");
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

export interface Session {
  cookie: string;
  csrf: string;
}

export async function login(server: Server, username: string): Promise<Session> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  const body = (await response.json()) as { csrfToken: string };
  return { cookie: setCookie?.split(";")[0] ?? "", csrf: body.csrfToken };
}

export const headersOf = (session: Session) => ({ cookie: session.cookie, "x-csrf-token": session.csrf });

export async function getJson<T>(
  server: Server,
  session: Session,
  url: string,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.url}${url}`, { headers: headersOf(session) });
  return { status: response.status, body: (await response.json()) as T };
}

export async function largeWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(INSTITUTION_SHEET_NAME);
  sheet.addRow(INSTITUTION_COLUMNS.map((c) => c.header));
  for (let i = 0; i < rows; i++) {
    const record: Partial<Record<InstitutionColumnKey, SheetCell>> = {
      // A range no demo institution uses, so every row is a new school.
      code: String(8143190000 + i),
      name: `芙蓉区多实例测试学校${i + 1}`,
      type: "小学",
      ownership: "公办",
      district: "芙蓉区",
      address: `长沙市芙蓉区测试路${i + 1}号`,
      longitude: 112.95 + (i % 100) / 1000,
      latitude: 28.15 + Math.floor(i / 1000) / 1000,
      status: "在办",
      places: 300 + (i % 1500),
    };
    sheet.addRow(INSTITUTION_COLUMNS.map((c) => record[c.key] ?? null));
  }
  const info = workbook.addWorksheet(TEMPLATE_INFO_SHEET_NAME, { state: "hidden" });
  info.addRow([TEMPLATE_VERSION_LABEL, INSTITUTION_TEMPLATE_VERSION]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
