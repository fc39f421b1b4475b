import { maskMobile } from "@edubureau/domain/identity";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/database.ts";
import { requirePermission } from "../../http/authenticate.ts";
import { latestOutbox } from "./sms-sender.ts";

const outboxResponse = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      phone: z.string(),
      body: z.string(),
      purpose: z.string(),
      createdAt: z.iso.datetime({ offset: true }),
    }),
  ),
});

/** 短信发件箱: the default sender's messages, for the system administrator (sms.read) — numbers masked. */
export function smsOutboxRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/", { schema: { tags: ["系统管理"], response: { 200: outboxResponse } } }, async (request) => {
      requirePermission(request, "sms.read");
      const rows = await latestOutbox(database.db, 200);
      return {
        items: rows.map((row) => ({
          id: row.id,
          phone: maskMobile(row.phone),
          body: row.body,
          purpose: row.purpose,
          createdAt: row.createdAt.toISOString(),
        })),
      };
    });
  };
}
