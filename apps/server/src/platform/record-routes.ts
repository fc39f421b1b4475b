import type { FastifyInstance, FastifySchema } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import type { Permission } from "@edubureau/domain";
import { requirePermission } from "../http/authenticate.ts";
import type { Actor } from "../http/actor.ts";

type App = Parameters<FastifyPluginAsyncZod>[0];
// A response is encoded through its schema (dates to text), so a handler returns the schema's output type.
type Result<R extends z.ZodType> = Promise<z.output<R>>;

/**
 * The routes most records share, written as data: list (GET /), one record (GET /:id), create (POST /, 201)
 * and update (PATCH or PUT /:id). Lists and reads need `read`, writes need `write`; each route runs its
 * service call with the actor the permission check returns. Writes answer with `W` (the read schema `R`
 * unless they differ).
 */
export interface RecordRoutes<
  Q extends z.ZodType,
  L extends z.ZodType,
  R extends z.ZodType,
  C extends z.ZodType,
  U extends z.ZodType,
  W extends z.ZodType = R,
> {
  tags: string[];
  read: Permission;
  write: Permission;
  params: z.ZodType<{ id: string }>;
  list?: { query: Q; response: L; run: (actor: Actor, query: z.output<Q>) => Result<L> };
  get?: { response: R; run: (actor: Actor, id: string) => Result<R> };
  create?: { body: C; response: W; status?: 200 | 201; run: (actor: Actor, body: z.output<C>) => Result<W> };
  update?: {
    body: U;
    response: W;
    method?: "PATCH" | "PUT";
    run: (actor: Actor, id: string, body: z.output<U>) => Result<W>;
  };
}

export function recordRoutes<
  Q extends z.ZodType,
  L extends z.ZodType,
  R extends z.ZodType,
  C extends z.ZodType,
  U extends z.ZodType,
  W extends z.ZodType = R,
>(app: App, spec: RecordRoutes<Q, L, R, C, U, W>): void {
  const { tags, read, write, params, list, get, create, update } = spec;
  const server = app as unknown as FastifyInstance;
  type Parsed = { query: never; params: { id: string }; body: never };
  const add = (
    method: "GET" | "POST" | "PATCH" | "PUT",
    url: string,
    schema: FastifySchema,
    permission: Permission,
    status: number,
    call: (actor: Actor, request: Parsed) => Promise<unknown>,
  ) =>
    server.route({
      method,
      url,
      schema: { tags, ...schema },
      handler: async (request, reply) =>
        reply
          .code(status)
          .send(await call(requirePermission(request, permission), request as unknown as Parsed)),
    });
  if (list) {
    const { query: querystring, response, run } = list;
    add("GET", "/", { querystring, response: { 200: response } }, read, 200, (actor, r) =>
      run(actor, r.query),
    );
  }
  if (get) {
    const { response, run } = get;
    add("GET", "/:id", { params, response: { 200: response } }, read, 200, (actor, r) =>
      run(actor, r.params.id),
    );
  }
  if (create) {
    const { body, response, status = 201, run } = create;
    add("POST", "/", { body, response: { [status]: response } }, write, status, (actor, r) =>
      run(actor, r.body),
    );
  }
  if (update) {
    const { body, response, method = "PATCH", run } = update;
    add(method, "/:id", { params, body, response: { 200: response } }, write, 200, (actor, r) =>
      run(actor, r.params.id, r.body),
    );
  }
}
