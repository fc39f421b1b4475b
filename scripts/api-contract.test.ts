import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { API_SCHEMA_FILE, generateApiSchema } from "./api-contract.ts";

describe("the web's API contract", () => {
  it("matches the server's OpenAPI document", { timeout: 120_000 }, async () => {
    const generated = await generateApiSchema();
    const committed = fs.existsSync(API_SCHEMA_FILE) ? fs.readFileSync(API_SCHEMA_FILE, "utf8") : "";
    // A route or schema changed without regenerating the web's types.
    expect(
      committed === generated,
      "apps/web/src/app/api-schema.ts 与服务端接口不一致：请运行 npm run api:generate 并提交该文件",
    ).toBe(true);
  });
});
