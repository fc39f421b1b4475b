import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { CHANGSHA_2019_PLAN } from "./work-plan-seed.ts";

describe("shipped plan files", () => {
  it("live outside the default data folder, so deleting that folder resets the app and nothing else", () => {
    const dataDir = loadConfig({}).dataDir;
    expect(fs.existsSync(CHANGSHA_2019_PLAN)).toBe(true);
    expect(path.relative(dataDir, CHANGSHA_2019_PLAN).startsWith("..")).toBe(true);
  });
});
