import net from "node:net";

/** This runner may only use ports 3400–3499. */
const FIRST_PORT = 3400;
const LAST_PORT = 3499;
let next = FIRST_PORT;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** A port in the bench range that nothing listens on; successive calls hand out different ports. */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries <= LAST_PORT - FIRST_PORT; tries++) {
    const port = next;
    next = next === LAST_PORT ? FIRST_PORT : next + 1;
    if (await isFree(port)) return port;
  }
  throw new Error(`端口 ${FIRST_PORT}–${LAST_PORT} 均被占用 no free port in ${FIRST_PORT}–${LAST_PORT}`);
}
