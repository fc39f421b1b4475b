import type { FastifyInstance } from "fastify";
import fastifyRateLimit from "@fastify/rate-limit";
import { AppError } from "./problem.ts";

/**
 * Per-IP rate limiting, on top of the per-account lockout: one address cannot try many accounts.
 * Counts live in this process (no shared store); routes opt in with `config.rateLimit`.
 */
export async function registerRateLimiting(app: FastifyInstance): Promise<void> {
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError(
        "rate_limited",
        "尝试过于频繁",
        `来自您所在网络地址的登录尝试过多，请在 ${Math.max(1, Math.ceil(context.ttl / 1000))} 秒后重试。`,
      ),
  });
}

/** Route options for the sign-in routes: at most `perMinute` attempts a minute from one address. */
export const loginRateLimit = (perMinute: number) => ({
  rateLimit: { max: perMinute, timeWindow: 60_000 },
});
