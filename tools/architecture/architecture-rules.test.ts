import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cruise, type IConfiguration, type ICruiseResult } from "dependency-cruiser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A tiny tree laid out like the repository, one forbidden import per rule (and allowed ones beside them). */
const FIXTURE: Record<string, string> = {
  "packages/domain/src/pure.ts": `import { z } from "zod";\nexport const rule = z.string();\n`,
  "packages/domain/src/reads-disk.ts": `import fs from "node:fs";\nexport const read = () => fs.readFileSync("x");\n`,
  "packages/domain/src/uses-server.ts": `import { a } from "../../../apps/server/src/modules/a/a.service.ts";\nexport const b = a;\n`,
  "apps/web/src/page.ts": `import { a } from "../../server/src/modules/a/a.service.ts";\nexport const page = a;\n`,
  "apps/server/src/modules/a/a.service.ts": `import { own } from "./a.tables.ts";\nimport { tree } from "../org-units/org-units.tables.ts";\nimport { b } from "../b/b.tables.ts";\nexport const a = [own, tree, b];\n`,
  "apps/server/src/modules/a/a.tables.ts": `export const own = 1;\n`,
  "apps/server/src/modules/org-units/org-units.tables.ts": `export const tree = 1;\n`,
  "apps/server/src/modules/b/b.tables.ts": `export const b = 1;\n`,
  "apps/server/src/modules/c/c.service.ts": `import { d } from "../d/d.service.ts";\nexport const c = () => d;\n`,
  "apps/server/src/modules/d/d.service.ts": `import { c } from "../c/c.service.ts";\nexport const d = () => c;\n`,
};

let dir: string;
let config: IConfiguration;

async function violations(): Promise<string[]> {
  const result = await cruise(["packages", "apps"], {
    baseDir: dir,
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

beforeAll(async () => {
  config = (
    (await import(pathToFileURL(path.join(repo, ".dependency-cruiser.mjs")).href)) as {
      default: IConfiguration;
    }
  ).default;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "architecture-"));
  for (const [file, text] of Object.entries(FIXTURE)) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  // The domain's own libraries resolve from the fixture as they do in the repository.
  fs.symlinkSync(path.join(repo, "node_modules"), path.join(dir, "node_modules"), "dir");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the architecture check", () => {
  it("fails on each kind of forbidden import and passes the allowed ones", async () => {
    const found = await violations();
    expect(found).toEqual(
      expect.arrayContaining([
        "domain-no-io: packages/domain/src/reads-disk.ts -> fs",
        "domain-is-pure: packages/domain/src/uses-server.ts -> apps/server/src/modules/a/a.service.ts",
        "web-not-server: apps/web/src/page.ts -> apps/server/src/modules/a/a.service.ts",
        "module-owns-its-tables: apps/server/src/modules/a/a.service.ts -> apps/server/src/modules/b/b.tables.ts",
        "no-file-cycles: apps/server/src/modules/c/c.service.ts -> apps/server/src/modules/d/d.service.ts",
      ]),
    );
    expect(found.some((v) => v.startsWith("no-module-cycles:"))).toBe(true);
    expect(
      found.filter((v) => v.includes("pure.ts") || v.includes("a.tables.ts") || v.includes("org-units")),
    ).toEqual([]);
  });
});
