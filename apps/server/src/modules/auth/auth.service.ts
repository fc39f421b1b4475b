import {
  afterFailedLogin,
  ancestorIds,
  checkPassword,
  hasCityWideScope,
  isLocked,
  isSessionIdle,
  LOCKOUT_MS,
  MAX_FAILED_LOGINS,
} from "@edubureau/domain";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import * as q from "./auth.queries.ts";
import { newToken, sessionIdOf } from "./session-token.ts";

/** Only refresh last_seen_at once a minute: fewer writes, same 30-minute idle rule. */
const TOUCH_INTERVAL_MS = 60_000;

export interface LoginRequest {
  username: string;
  password: string;
  ip: string;
  userAgent: string | null;
}

type LoginOutcome =
  | { kind: "ok"; token: string; actor: Actor }
  | { kind: "failed" }
  | { kind: "locked"; until: Date }
  | { kind: "disabled" };

export function scopePathFor(role: Actor["role"], orgUnitPath: string): string {
  if (!hasCityWideScope(role)) return orgUnitPath;
  const rootId = ancestorIds(orgUnitPath)[0];
  return rootId ? `/${rootId}/` : orgUnitPath;
}

function actorOf(
  account: NonNullable<q.AccountRow>,
  session: { id: string; csrfToken: string },
  ip: string,
): Actor {
  return {
    userId: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    orgUnitId: account.orgUnitId,
    orgUnitPath: account.orgUnitPath,
    scopePath: scopePathFor(account.role, account.orgUnitPath),
    sessionId: session.id,
    csrfToken: session.csrfToken,
    mustChangePassword: account.mustChangePassword,
    ip,
  };
}

export function createAuthService(ctx: AppContext) {
  const { db } = ctx.database;
  const { clock, passwordHasher } = ctx;
  // Verifying against a real hash for unknown names keeps response times alike, so names cannot be probed.
  const dummyHash = passwordHasher.hash("edubureau-dummy-password");

  async function attemptLogin(request: LoginRequest): Promise<LoginOutcome> {
    const now = clock.now();
    const account = await q.findAccountByUsername(db, request.username);
    const who = { actorId: account?.id ?? null, actorName: request.username, ip: request.ip };
    if (!account) {
      await passwordHasher.verify(await dummyHash, request.password);
      await db.transaction((tx) =>
        recordAudit(
          tx,
          who,
          { event: "LOGIN_FAILED_UNKNOWN_USER", entityId: null, after: { reason: "unknown_user" } },
          now,
        ),
      );
      return { kind: "failed" };
    }
    if (account.disabled) return { kind: "disabled" };
    if (isLocked(account, now)) return { kind: "locked", until: account.lockedUntil ?? now };

    const passwordOk = await passwordHasher.verify(account.passwordHash, request.password);
    if (!passwordOk) {
      const next = afterFailedLogin(account, now);
      await db.transaction(async (tx) => {
        await q.updateLoginState(tx, account.id, { ...next, updatedAt: now });
        await recordAudit(
          tx,
          who,
          {
            event: next.lockedUntil ? "ACCOUNT_LOCKED" : "LOGIN_FAILED",
            entityId: account.id,
            before: { failedLogins: account.failedLogins },
            after: { failedLogins: next.failedLogins, lockedUntil: next.lockedUntil },
          },
          now,
        );
      });
      if (next.lockedUntil) return { kind: "locked", until: next.lockedUntil };
      return { kind: "failed" };
    }

    const token = newToken();
    const session = { id: sessionIdOf(token), csrfToken: newToken() };
    await db.transaction(async (tx) => {
      await q.updateLoginState(tx, account.id, {
        failedLogins: 0,
        lockedUntil: null,
        lastLoginAt: now,
        updatedAt: now,
      });
      await q.insertSession(tx, {
        ...session,
        userId: account.id,
        ip: request.ip,
        userAgent: request.userAgent,
        at: now,
      });
      await recordAudit(tx, who, { event: "LOGIN_SUCCEEDED", entityId: account.id }, now);
    });
    return { kind: "ok", token, actor: actorOf(account, session, request.ip) };
  }

  return {
    async login(request: LoginRequest): Promise<{ token: string; actor: Actor }> {
      const outcome = await attemptLogin(request);
      switch (outcome.kind) {
        case "ok":
          return outcome;
        case "disabled":
          throw new AppError("forbidden", "账户已停用", "该账户已被停用，请联系管理员。");
        case "locked": {
          const minutes = Math.max(1, Math.ceil((outcome.until.getTime() - clock.now().getTime()) / 60_000));
          throw new AppError(
            "locked",
            "账户已锁定",
            `连续 ${MAX_FAILED_LOGINS} 次密码错误，账户已锁定 ${LOCKOUT_MS / 60_000} 分钟，请在 ${minutes} 分钟后重试。`,
          );
        }
        case "failed":
          // The same words for unknown names and wrong passwords, so nobody can probe which names exist.
          throw new AppError(
            "unauthenticated",
            "用户名或密码错误",
            `请核对后重试。连续 ${MAX_FAILED_LOGINS} 次密码错误，账户将被锁定 ${LOCKOUT_MS / 60_000} 分钟。`,
          );
      }
    },

    /** The actor behind a session cookie, or null; an idle session is ended and reported as expired. */
    async resolveSession(token: string, ip: string): Promise<Actor | null> {
      const found = await q.findSessionWithAccount(db, sessionIdOf(token));
      if (!found) return null;
      const now = clock.now();
      if (isSessionIdle(found.session.lastSeenAt, now) || found.account.disabled) {
        await q.deleteSession(db, found.session.id);
        throw new AppError("session_expired", "登录已超时", "超过 30 分钟未操作，请重新登录。");
      }
      if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
        await q.touchSession(db, found.session.id, now);
      }
      return actorOf(found.account, found.session, ip);
    },

    /** Signs a user out everywhere (password reset, account disabled), inside the caller's transaction. */
    endSessionsOf: (tx: Db, userId: string) => q.deleteSessionsOfUser(tx, userId),

    async logout(actor: Actor): Promise<void> {
      const now = clock.now();
      await db.transaction(async (tx) => {
        await q.deleteSession(tx, actor.sessionId);
        await recordAudit(tx, whoOf(actor), { event: "LOGGED_OUT", entityId: actor.userId }, now);
      });
    },

    async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
      const account = await q.findAccountById(db, actor.userId);
      if (!account) throw problems.unauthenticated();
      if (!(await passwordHasher.verify(account.passwordHash, currentPassword))) {
        throw problems.field("currentPassword", "当前密码不正确");
      }
      const policy = checkPassword(newPassword);
      if (!policy.ok) throw problems.field("newPassword", policy.message);
      if (newPassword === currentPassword) throw problems.field("newPassword", "新密码不能与当前密码相同");
      const passwordHash = await passwordHasher.hash(newPassword);
      const now = clock.now();
      await db.transaction(async (tx) => {
        await q.updatePassword(tx, actor.userId, { passwordHash, at: now });
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "PASSWORD_CHANGED",
            entityId: actor.userId,
            after: { mustChangePassword: false },
          },
          now,
        );
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
