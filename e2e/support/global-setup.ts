import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { SCREENSHOTS_DIR } from "./paths.ts";
import { startServer } from "./server.ts";
import { prepareWebBuild } from "./web-build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:3342: one server with freshly seeded demo data for the whole run. */
    baseUrl: string;
  }
}

/** Runs once per run: builds the web app if stale, starts the server on a fresh data dir, stops it after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  fs.rmSync(SCREENSHOTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "edubureau-e2e-"));
  const removeTmp = () => fs.rmSync(tmpRoot, { recursive: true, force: true });
  try {
    const startedAt = performance.now();
    const webDistDir = await prepareWebBuild(path.join(tmpRoot, "web"));
    const builtAt = performance.now();
    const server = await startServer({ dataDir: path.join(tmpRoot, "data"), webDistDir });
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `[e2e] web build ready in ${seconds(builtAt - startedAt)}; server ${server.baseUrl} up in ${seconds(performance.now() - builtAt)}`,
    );
    project.provide("baseUrl", server.baseUrl);
    return async () => {
      await server.stop();
      removeTmp();
    };
  } catch (error) {
    removeTmp();
    throw error;
  }
}
