import type { FastifyInstance } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/**
 * The one way a module joins the app: the composition root (app.ts) builds its services and mounts each of
 * its route plugins at a prefix. A module exports route plugins; it never registers itself or another module.
 */
export interface RouteMount {
  prefix: string;
  routes: FastifyPluginAsyncZod;
}

export async function mountRoutes(app: FastifyInstance, mounts: readonly RouteMount[]): Promise<void> {
  for (const { prefix, routes } of mounts) await app.register(routes, { prefix });
}
