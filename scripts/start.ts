/**
 * `npm start`: builds the web app when its build is missing or older than its sources, then starts the
 * server (migrations and the Changsha demo data are applied by the server itself).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webDir = path.join(root, "apps/web");
const builtIndex = path.join(webDir, "dist/index.html");

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .filter((name) => name !== "node_modules" && name !== "dist")
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

function webBuildIsStale(): boolean {
  if (!fs.existsSync(builtIndex)) return true;
  const sources = [
    path.join(webDir, "src"),
    path.join(webDir, "index.html"),
    path.join(root, "packages/domain/src"),
  ];
  const newestSource = Math.max(...sources.map(newestMtime));
  return newestSource > fs.statSync(builtIndex).mtimeMs;
}

if (webBuildIsStale()) {
  console.log("正在构建网页前端（首次启动约需半分钟）…");
  // A production bundle whatever NODE_ENV the shell has (Vite follows NODE_ENV).
  const build = spawnSync("npm", ["run", "build", "-w", "apps/web"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await import("../apps/server/src/main.ts");
