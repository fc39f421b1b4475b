/**
 * 审计日志完整性校验: walks the audit log's hash chain (migration 0016) in the database the server would use
 * (DATA_DIR or DATABASE_URL, as the owner), recomputes every digest and names the first broken row.
 *
 *   npm run audit:verify [-- --head <导出的链头.json>]
 *
 * --head checks against a chain head exported earlier from the audit-log page: its link must still be in the
 * chain, which proves no row up to it was removed or rewritten since. On the embedded engine stop the server
 * first (its data folder admits one process).
 *
 * Exit codes: 0 完整; 1 链断裂; 2 usage error or unreadable file.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Database } from "../apps/server/src/db/database.ts";
import { verifyAuditChain, type ChainReport } from "../apps/server/src/modules/audit/audit-chain.ts";

export const USAGE = [
  "用法：npm run audit:verify [-- --head <导出的链头.json>]",
  "Usage: npm run audit:verify [-- --head <exported-head.json>]",
  "校验审计日志的哈希链：逐条重算摘要，输出“完整”或第一条断裂的记录。",
].join("\n");

export interface CliOutcome {
  exitCode: 0 | 1 | 2;
  lines: string[];
}

export interface ExpectedHead {
  seq: number;
  digest: string;
}

export function parseArgs(
  argv: readonly string[],
): { ok: true; headFile?: string } | { ok: false; message: string } {
  if (argv.length === 0) return { ok: true };
  const [flag, value, ...rest] = argv;
  if (flag === "--head" && value !== undefined && !value.startsWith("--") && rest.length === 0) {
    return { ok: true, headFile: value };
  }
  if (flag === "--help" || flag === "-h") return { ok: false, message: USAGE };
  return { ok: false, message: `参数有误。\n${USAGE}` };
}

/** An exported head file: `{ "seq": 123, "digest": "…64 hex…", … }`. */
export function parseHead(text: string): ExpectedHead | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return null;
    const { seq, digest } = value as { seq?: unknown; digest?: unknown };
    if (!Number.isSafeInteger(seq) || typeof digest !== "string" || !/^[0-9a-f]{64}$/.test(digest))
      return null;
    return { seq: seq as number, digest };
  } catch {
    return null;
  }
}

export function describeReport(report: ChainReport, expected?: ExpectedHead): CliOutcome {
  const { head } = report;
  const summary = `共 ${report.rows} 条；链头第 ${head.seq} 条（记录号 ${head.lastId ?? "—"}），摘要 ${head.digest}`;
  const kept = report.anchorSeq > 0 ? [`第 1–${report.anchorSeq} 条已按保留期程序移出，锚点已核对`] : [];
  if (report.firstBreak) {
    const b = report.firstBreak;
    return {
      exitCode: 1,
      lines: [`链断裂：第 ${b.seq} 条${b.id === null ? "" : `（记录号 ${b.id}）`}：${b.reason}`, summary],
    };
  }
  const against = expected ? [`与导出的链头（第 ${expected.seq} 条）一致`] : [];
  return { exitCode: 0, lines: [`完整：${summary}`, ...kept, ...against] };
}

export async function runAuditVerify(database: Database, argv: readonly string[]): Promise<CliOutcome> {
  const args = parseArgs(argv);
  if (!args.ok) return { exitCode: 2, lines: [args.message] };
  let expected: ExpectedHead | undefined;
  if (args.headFile) {
    let text: string;
    try {
      text = readFileSync(args.headFile, "utf8");
    } catch {
      return { exitCode: 2, lines: [`无法读取链头文件：${args.headFile}`] };
    }
    const parsed = parseHead(text);
    if (!parsed)
      return {
        exitCode: 2,
        lines: [`链头文件格式不正确（须含 seq 与 64 位十六进制 digest）：${args.headFile}`],
      };
    expected = parsed;
  }
  return describeReport(await verifyAuditChain(database.db, expected), expected);
}

async function main(argv: readonly string[]): Promise<number> {
  const { loadConfig } = await import("../apps/server/src/config.ts");
  const { openDatabase } = await import("../apps/server/src/db/open-database.ts");
  const config = loadConfig();
  // The owner's connection (DATABASE_URL): the app's role reads the log too, but the check wants the table as is.
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: path.join(config.dataDir, "db"),
    poolSize: 1,
  });
  try {
    const outcome = await runAuditVerify(database, argv);
    (outcome.exitCode === 0 ? console.log : console.error)(outcome.lines.join("\n"));
    return outcome.exitCode;
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(`校验失败：${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
