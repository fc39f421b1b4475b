import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { SEARCH_MAX_LENGTH, SEARCH_TOO_SHORT, searchableText } from "@edubureau/domain/search";
import { requireActor } from "../../http/authenticate.ts";
import type { SearchService } from "./search.service.ts";

const searchQuery = z.object({
  q: z
    .string({ error: "请输入要搜索的内容" })
    .max(SEARCH_MAX_LENGTH, { error: `搜索内容不能超过 ${SEARCH_MAX_LENGTH} 个字` })
    .refine((q) => searchableText(q) !== null, { error: SEARCH_TOO_SHORT }),
});

const hit = z.object({ id: z.string(), title: z.string(), subtitle: z.string(), path: z.string() });

const searchResponse = z.object({
  groups: z.array(
    z.object({
      kind: z.enum(["institutions", "teachers", "tasks", "targets"]),
      items: z.array(hit),
      more: z.boolean(),
    }),
  ),
});

/** GET /api/search?q=: the top bar's search, grouped by kind, each group only where the account may read. */
export function searchRoutes(service: SearchService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/",
      { schema: { tags: ["全局搜索"], querystring: searchQuery, response: { 200: searchResponse } } },
      async (request) => ({
        groups: await service.search(requireActor(request), searchableText(request.query.q) ?? ""),
      }),
    );
  };
}
