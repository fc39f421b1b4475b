/**
 * `npm start`: builds the web app and the server when a build is missing or older than its sources, then
 * starts the built server (migrations and the Changsha demo data are applied by the server itself).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildServer, isStale, ROOT, SERVER_BUNDLE, SERVER_SOURCES } from "./build-server.ts";

const webDir = path.join(ROOT, "apps/web");
const webSources = [
  path.join(webDir, "src"),
  path.join(webDir, "index.html"),
  path.join(ROOT, "packages/domain/src"),
];

if (isStale(path.join(webDir, "dist/index.html"), webSources)) {
  console.log("正在构建网页前端（首次启动约需半分钟）…");
  // A production bundle whatever NODE_ENV the shell has (Vite follows NODE_ENV).
  const build = spawnSync("npm", ["run", "build", "-w", "apps/web"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (isStale(SERVER_BUNDLE, SERVER_SOURCES)) {
  console.log("正在构建服务端…");
  await buildServer();
}

await import(pathToFileURL(SERVER_BUNDLE).href);
