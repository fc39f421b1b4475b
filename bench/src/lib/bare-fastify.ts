import { spawn } from "node:child_process";
import { onCleanup } from "./cleanup.ts";
import { sleep } from "./server-process.ts";

/**
 * The yardstick for the API figures: Fastify 5 answering a hello-world JSON in a process of its own, on
 * the same machine and in the same run as the server it is compared with.
 */
const SCRIPT = `
import Fastify from "fastify";
const app = Fastify();
app.get("/", async () => ({ hello: "world" }));
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
`;

export async function startBareFastify(
  repoRoot: string,
  port: number,
): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", SCRIPT], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port) },
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = onCleanup(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 500; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(20);
  }
  await stop();
  throw new Error("裸 Fastify 未能启动 bare Fastify did not start");
}
