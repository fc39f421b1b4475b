import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: path.dirname(fileURLToPath(import.meta.url)),
    include: ["tests/**/*.e2e.ts"],
    // One server and one seeded database for the whole run: files one after another.
    globalSetup: ["support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // A page refreshes after a write within a second on a quiet machine; on a loaded one a check waits up
    // to 10 s for the screen instead of 1 s (a lost write still fails it).
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
