import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../../http/authenticate.ts";
import { WORK_ITEM_KEYS, type WorkQueueService } from "./work-queue.service.ts";

const workQueueResponse = z.object({
  items: z.array(
    z.object({
      key: z.enum(WORK_ITEM_KEYS),
      count: z.number().int(),
      path: z.string(),
    }),
  ),
});

/** GET /api/work-queue: the signed-in account's 待办 counts for the 工作台. */
export function workQueueRoutes(service: WorkQueueService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/", { schema: { tags: ["工作台"], response: { 200: workQueueResponse } } }, async (request) => ({
      items: await service.items(requireActor(request)),
    }));
  };
}
