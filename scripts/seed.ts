/**
 * `npm run seed -- --scale demo|city [--seed N] [--reset]`: loads the deterministic synthetic Changsha
 * (tools/synthetic-city) into the database the server would use (DATA_DIR or DATABASE_URL), with the demo
 * accounts. Refuses to touch a database that already has data unless --reset is given.
 *
 * Exit codes: 0 loaded; 1 refused or failed; 2 usage error.
 */
import path from "node:path";
import { loadConfig } from "../apps/server/src/config.ts";
import { migrate } from "../apps/server/src/db/migrate.ts";
import { openDatabase } from "../apps/server/src/db/open-database.ts";
import { createPasswordHasher } from "../apps/server/src/modules/auth/password-hash.ts";
import { recreatePublicSchema, removeEmbeddedDatabase } from "../apps/server/src/seed/reset-database.ts";
import { hasData, seedSyntheticCity } from "../apps/server/src/seed/synthetic-city-seed.ts";
import { DATA_AS_OF } from "../tools/synthetic-city/index.ts";
import { ProgressBar } from "../tools/synthetic-city/progress-bar.ts";
import { parseSeedArgs } from "../tools/synthetic-city/seed-args.ts";
import { seedReport } from "../tools/synthetic-city/seed-report.ts";

/** The database URL without its password, for messages. */
function describeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseSeedArgs(argv);
  if (!args.ok) {
    (args.exitCode === 0 ? console.log : console.error)(args.message);
    return args.exitCode;
  }
  const config = loadConfig();
  const pgliteDir = path.join(config.dataDir, "db");
  const target = config.databaseUrl
    ? `PostgreSQL（${describeUrl(config.databaseUrl)}）`
    : `嵌入式 PGlite（${pgliteDir}）`;
  if (args.reset && config.production) {
    console.error("生产模式（NODE_ENV=production）下不允许 --reset：它会删除全部数据，包括审计日志。");
    return 1;
  }
  const started = performance.now();
  if (args.reset && !config.databaseUrl && removeEmbeddedDatabase(pgliteDir)) {
    console.error(`已删除嵌入式数据库 ${pgliteDir}（--reset）。`);
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir });
  try {
    if (args.reset && database.engine === "postgresql") {
      await recreatePublicSchema(database);
      console.error("已删除并重建 PostgreSQL 的 public 模式（--reset）。");
    }
    await migrate(database);
    if (await hasData(database.db)) {
      console.error(
        `${target} 中已有数据，未做任何改动。\n` +
          "如需用合成数据替换，请加 --reset（将删除现有全部数据，包括审计日志），例如：\n" +
          `  npm run seed -- --scale ${args.scale} --reset`,
      );
      return 1;
    }
    const openMs = performance.now() - started;
    console.error(`正在载入长沙市合成数据（${args.scale}，种子 ${args.seed}）到 ${target} …`);
    const bar = new ProgressBar(process.stderr);
    const result = await seedSyntheticCity(database, {
      scale: args.scale,
      seed: args.seed,
      hasher: createPasswordHasher(),
      production: config.production,
      now: new Date(),
      reset: args.reset,
      onProgress: (progress) => bar.update(progress),
    });
    bar.done();
    if (!result.summary) throw new Error("数据库在载入前已被写入");
    const lines = seedReport({
      scale: args.scale,
      seed: args.seed,
      asOf: DATA_AS_OF,
      target,
      counts: result.counts,
      summary: result.summary,
      times: {
        openMs,
        generateMs: result.generateMs,
        writeMs: result.writeMs,
        totalMs: performance.now() - started,
      },
    });
    console.log(
      ["", ...lines, `演示账户（密码 Demo@2019）：${result.accounts.map((a) => a.username).join("、")}`].join(
        "\n",
      ),
    );
    return 0;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`\n载入失败：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
