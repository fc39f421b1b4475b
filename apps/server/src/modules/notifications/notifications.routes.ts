import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requireActor } from "../../http/authenticate.ts";
import { openEventStream } from "../../http/event-stream.ts";
import type { NotificationsService } from "./notifications.service.ts";
import * as s from "./notifications.schemas.ts";
import { noContent } from "../../http/zod-types.ts";

const KEEP_ALIVE_MS = 25_000;

/** Every signed-in account has an inbox; what it holds depends on its unit and role. */
export function notificationsRoutes(service: NotificationsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["通知"];
    app.get(
      "/",
      { schema: { tags, querystring: s.listQuery, response: { 200: s.notificationList } } },
      async (request) =>
        service.list(requireActor(request), {
          unreadOnly: request.query.unread,
          kind: request.query.kind,
          limit: request.query.limit,
          offset: request.query.offset,
        }),
    );
    app.get("/unread-count", { schema: { tags, response: { 200: s.unreadCount } } }, async (request) => ({
      unread: await service.unreadCount(requireActor(request)),
    }));
    // Server-sent events: one `data:` line per new notification for this account, from any instance.
    app.get("/events", { schema: { tags } }, async (request, reply) => {
      const actor = requireActor(request);
      const raw = openEventStream(reply);
      // A comment first (the stream is open) and then every 25 s, so proxies keep the connection.
      raw.write(": ok\n\n");
      const keepAlive = setInterval(() => raw.write(": keep-alive\n\n"), KEEP_ALIVE_MS);
      const unsubscribe = service.subscribe(actor, (event) => {
        raw.write(`data: ${JSON.stringify(event)}\n\n`);
      });
      raw.once("close", () => {
        clearInterval(keepAlive);
        unsubscribe();
      });
    });
    app.post(
      "/:id/read",
      { schema: { tags, params: s.idParams, response: { 204: noContent } } },
      async (request, reply) => {
        await service.markRead(requireActor(request), request.params.id);
        return reply.code(204).send();
      },
    );
    app.post("/read-all", { schema: { tags, response: { 200: s.readAllResult } } }, async (request) => ({
      marked: await service.markAllRead(requireActor(request)),
    }));
  };
}
