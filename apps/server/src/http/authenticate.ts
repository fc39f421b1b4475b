import type { FastifyInstance, FastifyRequest } from "fastify";
import { can, type Permission } from "@edubureau/domain";
import type { Actor } from "./actor.ts";
import { AppError, problems } from "./problem.ts";
import type { AuthService } from "../modules/auth/auth.service.ts";
import { SESSION_COOKIE } from "./session-token.ts";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Signing in needs no token: the page has none yet, and the SameSite=Strict cookie already guards it. */
const CSRF_EXEMPT = new Set(["/api/auth/login", "/api/auth/login/code", "/api/auth/login/enrolment"]);
/** API paths that never look at the caller: no session lookup for them. */
const NO_SESSION_NEEDED = new Set(["/api/health"]);
/** Routes an account that must change its password may still use. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(["/api/auth/me", "/api/auth/password", "/api/auth/logout"]);

/**
 * Resolves the session cookie on every API request and enforces CSRF on writes:
 * a write with a session must echo the session's token in `x-csrf-token` (SameSite=Strict is the first line).
 */
export function registerAuthentication(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/")) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const routePath = request.url.split("?")[0] ?? "";
    if (NO_SESSION_NEEDED.has(routePath)) return;
    try {
      request.actor = await auth.resolveSession(token, request.ip);
    } catch (error) {
      // An expired session must not stand in the way of signing in again.
      if (CSRF_EXEMPT.has(routePath)) return;
      throw error;
    }
    const actor = request.actor;
    if (!actor) return;
    if (
      UNSAFE_METHODS.has(request.method) &&
      !CSRF_EXEMPT.has(routePath) &&
      request.headers["x-csrf-token"] !== actor.csrfToken
    ) {
      throw new AppError("csrf", "请求校验失败", "缺少或错误的 CSRF 令牌，请刷新页面后重试。");
    }
    if (actor.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(routePath)) {
      throw new AppError(
        "password_change_required",
        "请先修改初始密码",
        "生产环境下首次登录须修改初始密码。",
      );
    }
  });
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw problems.unauthenticated();
  return request.actor;
}

export function requirePermission(request: FastifyRequest, permission: Permission): Actor {
  const actor = requireActor(request);
  if (!can(actor.role, permission)) throw problems.forbidden();
  return actor;
}
