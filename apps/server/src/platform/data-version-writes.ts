import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Database } from "../db/database.ts";
import { watchDataVersion, type DataVersionWatch } from "./data-version.ts";

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Keeps the data version in memory for this app (platform/data-version.ts) and tells it when this instance
 * writes: from the start of every API write request until its answer is on its way, cached reads ask the
 * database for the version again, so the writer's next page shows its own write at once.
 */
export function registerDataVersionWatch(
  app: FastifyInstance,
  database: Pick<Database, "db" | "listen">,
): void {
  let watch: DataVersionWatch | undefined;
  const writes = new WeakMap<FastifyRequest, () => void>();
  const end = async (request: FastifyRequest) => {
    writes.get(request)?.();
  };
  app.addHook("onReady", async () => {
    watch = await watchDataVersion(database);
  });
  app.addHook("onClose", async () => {
    await watch?.close();
  });
  app.addHook("onRequest", async (request) => {
    if (watch && WRITE_METHODS.has(request.method) && request.url.startsWith("/api/")) {
      writes.set(request, watch.writing());
    }
  });
  // The handler has committed by the time its answer is sent; the later hooks catch errors and aborts.
  app.addHook("onSend", async (request) => end(request));
  app.addHook("onResponse", end);
  app.addHook("onRequestAbort", end);
}
