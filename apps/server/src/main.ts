import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";
import { openAppDatabase } from "./db/open-app-database.ts";
import { withReadReplica } from "./db/read-replica.ts";
import { createPasswordHasher } from "./modules/auth/password-hash.ts";
import { DEMO_PASSWORD, seedDemo } from "./seed/demo-seed.ts";

const startedAt = performance.now();
const config = loadConfig();
const webDistDir =
  config.webDistDir ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/dist");
const { database: primary, migrationVersion } = await openAppDatabase({
  databaseUrl: config.databaseUrl,
  databaseAppUrl: config.databaseAppUrl,
  databaseAppPassword: config.databaseAppPassword,
  pgliteDir: path.join(config.dataDir, "db"),
});
const database = await withReadReplica(primary, config.databaseReadUrl, (line) => console.log(line));
const passwordHasher = createPasswordHasher();
const seed = await seedDemo(database, {
  hasher: passwordHasher,
  production: config.production,
  now: new Date(),
});

const app = await buildApp({
  database,
  config: { ...config, webDistDir },
  passwordHasher,
  backgroundJobs: true,
  logger: {
    level: config.logLevel,
    ...(process.stdout.isTTY && !config.production ? { transport: { target: "pino-pretty" } } : {}),
  },
});

/**
 * One shutdown however many signals arrive: Ctrl-C under `npm start` reaches npm, tsx and this process, and
 * a repeated signal must not cut the first shutdown short while the embedded engine writes its last pages
 * and its worker thread ends. A shutdown that hangs ends the process after SHUTDOWN_LIMIT_MS.
 */
const SHUTDOWN_LIMIT_MS = 15_000;
let stopping: Promise<void> | undefined;
const shutdown = () => {
  stopping ??= (async () => {
    setTimeout(() => {
      console.error("服务未能在限定时间内正常关闭，强制退出。");
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    try {
      await app.close();
      await database.close();
      process.exit(0);
    } catch (error) {
      console.error("关闭服务时出错：", error);
      process.exit(1);
    }
  })();
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

await app.listen({ port: config.port, host: config.host });
const url = `http://localhost:${config.port}`;
const lines = [
  "",
  `EduBureau 已启动：${url}`,
  `数据库：${database.engine === "pglite" ? `嵌入式 PGlite（${path.join(config.dataDir, "db")}）` : "PostgreSQL"}，迁移版本 ${migrationVersion}${seed.seeded ? "，已载入长沙市演示数据" : ""}`,
  `接口文档：${url}/api/docs`,
  `启动用时：${Math.round(performance.now() - startedAt)} ms`,
  "",
  `演示账户（密码均为 ${DEMO_PASSWORD}${config.production ? "，生产模式下首次登录须修改密码" : ""}）：`,
  ...seed.accounts.map(
    (a) => `  ${a.username.padEnd(12)} ${a.roleLabel.padEnd(6, "　")} ${a.displayName} · ${a.orgUnitName}`,
  ),
  "",
];
console.log(lines.join("\n"));
