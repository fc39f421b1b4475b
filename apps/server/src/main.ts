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

const shutdown = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.once("SIGINT", () => void shutdown());
process.once("SIGTERM", () => void shutdown());

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
