import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";

/**
 * Serves one PGlite over the PostgreSQL wire protocol on a unix socket, so the app reaches the embedded
 * engine through node-postgres exactly as it reaches PostgreSQL. Each frontend message is handed to PGlite
 * whole (`execProtocolRawStream`) and PGlite's bytes go back unchanged; NOTIFY messages travel with them.
 *
 * PGlite is one session: a connection that has begun a transaction, or an extended-protocol exchange not yet
 * closed by Sync, keeps the engine until it is done; other connections' messages wait.
 *
 * @electric-sql/pglite-socket does the same, but each of its releases pins one exact PGlite version (0.5.15
 * for its latest), which npm refuses beside the PGlite this project uses.
 */

// PostgreSQL frontend protocol 3.0 codes (PostgreSQL docs, "Message Formats").
const PROTOCOL_3 = 196_608;
const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;
const CANCEL_REQUEST = 80_877_102;
const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

export interface WireServer {
  close(): Promise<void>;
}

/**
 * `onAnswered` is called after every protocol message the engine has run: a sign of life the server's
 * health check reads while a long import holds the engine (see open-database.ts).
 */
export async function serveWireProtocol(
  pglite: PGlite,
  socketPath: string,
  onAnswered: () => void = () => undefined,
): Promise<WireServer> {
  let holder: Connection | undefined;
  let busy = false;
  let waiting: (() => void)[] = [];
  const sockets = new Set<net.Socket>();

  const wake = () => {
    const next = waiting;
    waiting = [];
    for (const resolve of next) resolve();
  };

  const run = async (connection: Connection, message: Uint8Array, typed: boolean): Promise<void> => {
    while (busy || (holder && holder !== connection)) await new Promise<void>((r) => waiting.push(r));
    busy = true;
    try {
      await pglite.runExclusive(() =>
        pglite.execProtocolRawStream(message, {
          onRawData: (data) => {
            if (!connection.socket.destroyed) connection.socket.write(Buffer.from(data));
          },
        }),
      );
      const type = typed ? message[0] : undefined;
      const settled = !typed || type === SYNC || type === QUERY;
      holder = settled && !pglite.isInTransaction() ? undefined : connection;
    } finally {
      busy = false;
      onAnswered();
      wake();
    }
  };

  /** A client gone mid-transaction leaves nothing open behind it. */
  const release = async (connection: Connection) => {
    if (holder !== connection) return;
    while (busy) await new Promise<void>((r) => waiting.push(r));
    if (holder !== connection) return;
    busy = true;
    try {
      if (!pglite.closed && pglite.isInTransaction()) await pglite.exec("rollback");
    } finally {
      holder = undefined;
      busy = false;
      wake();
    }
  };

  const server = net.createServer((socket) => {
    sockets.add(socket);
    const connection: Connection = {
      socket,
      buffer: Buffer.alloc(0),
      started: false,
      queue: Promise.resolve(),
    };
    socket.setNoDelay(true);
    socket.on("data", (chunk) => {
      connection.buffer = Buffer.concat([connection.buffer, chunk]);
      connection.queue = connection.queue.then(() => drain(connection)).catch(() => void socket.destroy());
    });
    socket.on("error", () => socket.destroy());
    socket.on("close", () => {
      sockets.delete(socket);
      void connection.queue.then(() => release(connection)).catch(() => undefined);
    });
  });

  const drain = async (connection: Connection): Promise<void> => {
    for (;;) {
      const { buffer, socket } = connection;
      if (!connection.started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        connection.buffer = buffer.subarray(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) socket.write("N");
        else if (code === CANCEL_REQUEST) socket.end();
        else if (code === PROTOCOL_3) {
          connection.started = true;
          await run(connection, new Uint8Array(buffer.subarray(0, length)), false);
        } else socket.destroy();
        continue;
      }
      if (buffer.length < 5) return;
      const length = 1 + buffer.readInt32BE(1);
      if (buffer.length < length) return;
      const message = new Uint8Array(buffer.subarray(0, length));
      connection.buffer = buffer.subarray(length);
      if (message[0] === TERMINATE) {
        socket.end();
        return;
      }
      await run(connection, message, true);
    }
  };

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => {
      server.off("error", reject);
      resolve();
    });
  });

  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

interface Connection {
  socket: net.Socket;
  buffer: Buffer;
  started: boolean;
  /** This connection's messages, one after another. */
  queue: Promise<void>;
}
