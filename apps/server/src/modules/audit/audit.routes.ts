import type { SQL } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Db } from "../../db/database.ts";
import { requirePermission } from "../../http/authenticate.ts";
import { readChainHead } from "./audit-chain.ts";
import { searchAudit } from "./audit.service.ts";
import * as s from "./audit.schemas.ts";

export function auditRoutes(db: Db, deps: { accountNamesAmong: (ids: SQL) => SQL }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/",
      { schema: { tags: ["审计日志"], querystring: s.auditQuery, response: { 200: s.auditList } } },
      async (request) => {
        requirePermission(request, "audit.read");
        return searchAudit(db, request.query, deps.accountNamesAmong);
      },
    );
    // The newest link of the hash chain, for administrators to export and keep outside the system.
    app.get(
      "/head",
      { schema: { tags: ["审计日志"], response: { 200: s.auditChainHeadSchema } } },
      async (request) => {
        requirePermission(request, "audit.read");
        return readChainHead(db);
      },
    );
  };
}
