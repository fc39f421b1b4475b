import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handWrittenContract } from "./web-contract.ts";

const webSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../apps/web/src");

/** A small web tree: one of each forbidden thing, and the allowed aliases beside them. */
const FIXTURE: Record<string, string> = {
  "features/a/a-types.ts": [
    `import type { ApiData } from "../../app/api-contract.ts";`,
    `export type Thing = ApiData<"/api/things">["items"][number];`,
    `export type Kind = Thing["kind"];`,
    `export interface Copied { id: string; name: string }`,
    `export type AlsoCopied = { id: string } | null;`,
  ].join("\n"),
  "features/a/a.api.ts": [
    `import { api } from "../../app/api.ts";`,
    `export const typed = () => api.GET("/api/things");`,
    `export const cast = () => api.get<{ id: string }>("/api/things");`,
    `/** Form state is the web's own: allowed outside *-types.ts. */`,
    `export interface Filters { q: string }`,
  ].join("\n"),
  "app/api-legacy.ts": `export const legacyApi = {};\n`,
  "features/b/b.api.ts": `import { legacyApi } from "../../app/api-legacy.ts";\nexport const b = legacyApi;\n`,
};

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "web-contract-"));
  for (const [file, text] of Object.entries(FIXTURE)) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the web's types of server answers", () => {
  it("come from the generated contract: no hand-written mirror, no untyped call, no legacy client", () => {
    // Each entry: take the type from app/api-contract.ts (ApiData, ApiBody, ApiQuery) and call api.GET/POST….
    expect(handWrittenContract(webSrc)).toEqual([]);
    // It reads every web source file: seconds on a busy machine.
  }, 30_000);

  it("notices each way a mirror comes back", () => {
    expect(handWrittenContract(dir).sort()).toEqual(
      [
        "app/api-legacy.ts: the hand-typed client",
        "features/a/a-types.ts: interface Copied",
        "features/a/a-types.ts: type AlsoCopied",
        "features/a/a.api.ts: untyped api.get()",
        "features/b/b.api.ts: imports ../../app/api-legacy.ts",
      ].sort(),
    );
  });
});
