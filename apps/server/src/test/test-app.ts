import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { buildApp } from "../app.ts";
import { loadConfig, type AppConfig } from "../config.ts";
import type { Database } from "../db/database.ts";
import { ManualClock } from "../http/clock.ts";
import {
  createPasswordHasher,
  TEST_HASH_PARAMS,
  type PasswordHasher,
} from "../modules/auth/password-hash.ts";
import { SESSION_COOKIE } from "../http/session-token.ts";
import { memoryAttachmentStore } from "../modules/work-plan/attachment-store.ts";
import { openTestDatabase, type TestDatabase } from "./test-database.ts";
import { buildTestWorld, TEST_PASSWORD, type TestWorld } from "./test-world.ts";

/** A fixed key for sealing secrets in tests (never written to a data directory). */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString("base64");

export const TEST_START = new Date("2019-03-01T01:00:00Z");

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface TestSession {
  csrfToken: string;
  request(method: Method, url: string, body?: unknown): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  /** A request with a ready-made body and headers (multipart uploads). */
  requestRaw(
    method: Method,
    url: string,
    payload: Buffer,
    headers: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: ManualClock;
  world: TestWorld;
  config: AppConfig;
  passwordHasher: PasswordHasher;
  /** Report attachments land here instead of on disk. */
  attachmentStore: ReturnType<typeof memoryAttachmentStore>;
  login(username: string, password?: string): Promise<TestSession>;
  /** The session a successful sign-in response opened (e.g. after the second factor). */
  sessionOf(response: LightMyRequestResponse): TestSession;
  close(): Promise<void>;
}

/** The whole server on a fresh database with a two-district world, driven through HTTP injection. */
export async function createTestApp(
  overrides: Partial<AppConfig> = {},
  options: {
    passwordHasher?: PasswordHasher;
    /** Wraps the fresh database (e.g. with a read replica's pool) before the app is built on it. */
    wrapDatabase?: (fresh: TestDatabase) => Promise<Database>;
  } = {},
): Promise<TestApp> {
  const fresh = await openTestDatabase();
  const database = options.wrapDatabase ? await options.wrapDatabase(fresh) : fresh;
  const clock = new ManualClock(TEST_START);
  const passwordHasher = options.passwordHasher ?? createPasswordHasher(TEST_HASH_PARAMS);
  const world = await buildTestWorld(database.db, passwordHasher, clock.now());
  // Tests sign in far more often than a person; the limit itself is tested with its own setting.
  const config = {
    ...loadConfig({}),
    webDistDir: undefined,
    loginRatePerMinute: 10_000,
    secretKeys: TEST_SECRET_KEY,
    ...overrides,
  };
  const attachmentStore = memoryAttachmentStore();
  const app = await buildApp({ database, config, clock, passwordHasher, attachmentStore });
  await app.ready();

  function sessionFor(cookie: string, csrfToken: string): TestSession {
    const request = (method: Method, url: string, body?: unknown) =>
      app.inject({
        method,
        url,
        headers: { cookie: `${SESSION_COOKIE}=${cookie}`, "x-csrf-token": csrfToken },
        ...(body === undefined ? {} : { payload: body as object }),
      });
    const requestRaw = (method: Method, url: string, payload: Buffer, headers: Record<string, string>) =>
      app.inject({
        method,
        url,
        payload,
        headers: { ...headers, cookie: `${SESSION_COOKIE}=${cookie}`, "x-csrf-token": csrfToken },
      });
    return {
      csrfToken,
      request,
      requestRaw,
      get: (url) => request("GET", url),
      post: (url, body) => request("POST", url, body ?? {}),
      patch: (url, body) => request("PATCH", url, body ?? {}),
    };
  }

  function sessionOf(response: LightMyRequestResponse): TestSession {
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    if (!cookie) throw new Error("no session cookie");
    return sessionFor(cookie.value, response.json<{ csrfToken: string }>().csrfToken);
  }

  return {
    app,
    database,
    clock,
    world,
    config,
    passwordHasher,
    attachmentStore,
    async login(username, password = TEST_PASSWORD) {
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username, password },
      });
      if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.body}`);
      return sessionOf(response);
    },
    sessionOf,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
