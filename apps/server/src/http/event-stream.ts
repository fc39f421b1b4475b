import type { ServerResponse } from "node:http";
import type { FastifyInstance, FastifyReply } from "fastify";

/** Every open server-sent event stream, with the server it belongs to (several apps run in one test). */
const open = new Map<ServerResponse, unknown>();

/**
 * Takes the response over as a server-sent event stream. Streams are long-lived (a notification stream
 * never ends by itself), so closing the app ends them (registerEventStreams): the browser's EventSource
 * then reconnects, behind the proxy to another instance.
 */
export function openEventStream(reply: FastifyReply): ServerResponse {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    // Tells nginx not to buffer the stream.
    "x-accel-buffering": "no",
    // The connection ends with the stream: no idle keep-alive socket left behind to hold up a shutdown.
    connection: "close",
  });
  open.set(raw, reply.server.server);
  raw.once("close", () => open.delete(raw));
  return raw;
}

/** Ends this app's open streams before it stops listening, so closing does not wait for them. */
export function registerEventStreams(app: FastifyInstance): void {
  app.addHook("preClose", async () => {
    for (const [raw, server] of open) {
      if (server !== app.server) continue;
      open.delete(raw);
      raw.end();
      raw.socket?.destroySoon();
    }
  });
}
