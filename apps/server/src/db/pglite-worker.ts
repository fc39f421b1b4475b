import fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { serveWireProtocol } from "./pglite-wire-server.ts";

/**
 * The embedded engine's own thread: PGlite runs here and answers on a unix socket, so a long query or a
 * large import blocks this thread, never the server's event loop. Started and stopped by open-database.ts.
 */
export interface PgliteWorkerData {
  dir: string;
  socketPath: string;
  template?: string;
}

export type PgliteWorkerMessage =
  | { type: "ready" }
  | { type: "failed"; message: string }
  | { type: "closed" }
  | { type: "pong"; id: number }
  | { type: "alive" };

/** At most one sign of life per this many milliseconds, however many statements run. */
const ALIVE_EVERY_MS = 100;

const port = parentPort;
if (!port) throw new Error("pglite-worker.ts runs as a worker thread");
const { dir, socketPath, template } = workerData as PgliteWorkerData;

try {
  const pglite = await PGlite.create(
    dir,
    template ? { loadDataDir: new Blob([fs.readFileSync(template)]) } : {},
  );
  let aliveAt = 0;
  const server = await serveWireProtocol(pglite, socketPath, () => {
    const now = Date.now();
    if (now - aliveAt < ALIVE_EVERY_MS) return;
    aliveAt = now;
    port.postMessage({ type: "alive" } satisfies PgliteWorkerMessage);
  });
  port.on("message", (message: { type: "close" } | { type: "ping"; id: number }) => {
    // Answered between two protocol messages: proves the engine's thread is alive without waiting for a
    // transaction to end.
    if (message.type === "ping")
      return port.postMessage({ type: "pong", id: message.id } satisfies PgliteWorkerMessage);
    void server
      .close()
      .then(() => pglite.close())
      .finally(() => {
        port.postMessage({ type: "closed" } satisfies PgliteWorkerMessage);
        port.close();
      });
  });
  port.postMessage({ type: "ready" } satisfies PgliteWorkerMessage);
} catch (error) {
  port.postMessage({ type: "failed", message: String(error) } satisfies PgliteWorkerMessage);
}
