/**
 * `npm run api:generate`: writes the web's API contract (apps/web/src/app/api-schema.ts) from the server's
 * OpenAPI document, built in-process (no port, no database).
 */
import fs from "node:fs";
import path from "node:path";
import { API_SCHEMA_FILE, generateApiSchema } from "./api-contract.ts";

const text = await generateApiSchema();
const current = fs.existsSync(API_SCHEMA_FILE) ? fs.readFileSync(API_SCHEMA_FILE, "utf8") : "";
if (current === text) {
  console.log(`接口契约已是最新：${path.relative(process.cwd(), API_SCHEMA_FILE)}`);
} else {
  fs.writeFileSync(API_SCHEMA_FILE, text);
  console.log(`接口契约已更新：${path.relative(process.cwd(), API_SCHEMA_FILE)}`);
}
