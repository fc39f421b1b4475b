import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./paths.ts";

const WEB_DIR = path.join(REPO_ROOT, "apps/web");
const WEB_DIST = path.join(WEB_DIR, "dist");
const BUILT_INDEX = path.join(WEB_DIST, "index.html");
// The same sources scripts/start.ts watches: a change in any of them makes the build stale.
const WEB_SOURCES = [
  path.join(WEB_DIR, "src"),
  path.join(WEB_DIR, "index.html"),
  path.join(REPO_ROOT, "packages/domain/src"),
];

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .filter((name) => name !== "node_modules" && name !== "dist")
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

function webBuildIsStale(): boolean {
  if (!fs.existsSync(BUILT_INDEX)) return true;
  return Math.max(...WEB_SOURCES.map(newestMtime)) > fs.statSync(BUILT_INDEX).mtimeMs;
}

function buildWeb(): Promise<void> {
  return new Promise((resolve, reject) => {
    // Vitest sets NODE_ENV=test, and Vite would then bundle the development builds of React and antd.
    const env = { ...process.env, NODE_ENV: "production" };
    const build = spawn("npm", ["run", "build", "-w", "apps/web"], { cwd: REPO_ROOT, env, stdio: "inherit" });
    build.once("error", reject);
    build.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run build -w apps/web exited with ${code}`)),
    );
  });
}

/** Every /assets/… file index.html loads must exist: a failed or concurrent build can leave it dangling. */
function checkBuildComplete(): void {
  const html = fs.readFileSync(BUILT_INDEX, "utf8");
  const missing = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)]
    .map((match) => match[1] ?? "")
    .filter((asset) => !fs.existsSync(path.join(WEB_DIST, asset)));
  if (missing.length > 0) throw new Error(`apps/web/dist is incomplete, missing: ${missing.join(", ")}`);
}

/**
 * Builds apps/web when its build is missing or stale, then copies it to `dest`: the server serves the copy,
 * so someone rebuilding apps/web/dist during the run cannot pull files from under the browser.
 */
export async function prepareWebBuild(dest: string): Promise<string> {
  if (webBuildIsStale()) {
    console.log("[e2e] apps/web/dist is missing or stale: building the web app…");
    await buildWeb();
  }
  checkBuildComplete();
  fs.cpSync(WEB_DIST, dest, { recursive: true });
  return dest;
}
