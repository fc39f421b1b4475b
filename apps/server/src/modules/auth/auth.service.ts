import {
  ancestorIds,
  hasCityWideScope,
  isSessionIdle,
  LOCKOUT_MS,
  MAX_FAILED_LOGINS,
} from "@edubureau/domain";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems } from "../../http/problem.ts";
import { recordAudit, whoOf, type AuditWho } from "../audit/audit.service.ts";
import type { SecondStep, TwoFactorService } from "../two-factor/two-factor.service.ts";
import { assertAcceptablePassword, assertNotReused, rememberPassword } from "../users/password-rules.ts";
import * as q from "./auth.queries.ts";
import { createSessionCache } from "./session-cache.ts";
import { newToken, sessionIdOf } from "../../http/session-token.ts";

/** Only refresh last_seen_at once a minute: fewer writes, same 30-minute idle rule. */
const TOUCH_INTERVAL_MS = 60_000;

export interface LoginRequest {
  username: string;
  password: string;
  ip: string;
  userAgent: string | null;
}

export type LoginResult =
  | { kind: "ok"; token: string; actor: Actor }
  | { kind: "second_factor"; step: SecondStep; challenge: string };

type LoginOutcome = LoginResult | { kind: "failed" } | { kind: "disabled" };

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
    orgUnit: {
      id: account.orgUnitId,
      code: account.orgUnitCode,
      name: account.orgUnitName,
      kind: account.orgUnitKind,
    },
    scopePath: scopePathFor(account.role, account.orgUnitPath),
    sessionId: session.id,
    csrfToken: session.csrfToken,
    mustChangePassword: account.mustChangePassword,
    ip,
  };
}

export function createAuthService(ctx: AppContext, deps: { twoFactor: TwoFactorService }) {
  const { twoFactor } = deps;
  const { db } = ctx.database;
  const { clock, passwordHasher } = ctx;
  // Verifying against a real hash for unknown names keeps response times alike, so names cannot be probed.
  const dummyHash = passwordHasher.hash("edubureau-dummy-password");
  const sessions = createSessionCache();

  async function attemptLogin(request: LoginRequest): Promise<LoginOutcome> {
    const now = clock.now();
    const account = await q.findAccountByUsername(db, request.username);
    const who = { actorId: account?.id ?? null, actorName: request.username, ip: request.ip };
    const refuse = async (reason: "unknown_user" | "locked") => {
      await passwordHasher.verify(await dummyHash, request.password);
      await db.transaction((tx) =>
        recordAudit(
          tx,
          who,
          {
            event: reason === "locked" ? "LOGIN_WHILE_LOCKED" : "LOGIN_FAILED_UNKNOWN_USER",
            entityId: account?.id ?? null,
            after: { reason },
          },
          now,
        ),
      );
      return { kind: "failed" } as const;
    };
    if (!account) return refuse("unknown_user");
    // Until the password is verified the answer says nothing of the account's state (locked, disabled).
    const attempt = await q.reserveLoginAttempt(db, account.id, now);
    if (!attempt) return refuse("locked");

    const passwordOk = await passwordHasher.verify(account.passwordHash, request.password);
    if (!passwordOk) {
      await db.transaction((tx) =>
        recordAudit(
          tx,
          who,
          {
            event: attempt.lockedUntil ? "ACCOUNT_LOCKED" : "LOGIN_FAILED",
            entityId: account.id,
            after: { failedLogins: attempt.failedLogins, lockedUntil: attempt.lockedUntil },
          },
          now,
        ),
      );
      return { kind: "failed" };
    }
    if (account.disabled) return { kind: "disabled" };
    // The attempt stays counted until the second factor passes: codes cannot be guessed without limit.
    const step = await twoFactor.secondStepFor(account);
    if (step)
      return { kind: "second_factor", step, challenge: await twoFactor.issueChallenge(account.id, step) };
    return db.transaction((tx) => openSession(tx, account, request, who));
  }

  async function openSession(
    tx: Db,
    account: NonNullable<q.AccountRow>,
    request: Pick<LoginRequest, "ip" | "userAgent">,
    who: AuditWho,
  ) {
    const now = clock.now();
    const token = newToken();
    const session = { id: sessionIdOf(token), csrfToken: newToken() };
    await q.clearLoginAttempts(tx, account.id, now);
    await q.insertSession(tx, {
      ...session,
      userId: account.id,
      ip: request.ip,
      userAgent: request.userAgent,
      at: now,
    });
    await recordAudit(tx, who, { event: "LOGIN_SUCCEEDED", entityId: account.id }, now);
    return { kind: "ok" as const, token, actor: actorOf(account, session, request.ip) };
  }

  /** The account behind a live sign-in challenge, or the same answer as an expired challenge. */
  async function challengeAccount(userId: string) {
    const account = await q.findAccountById(db, userId);
    if (!account || account.disabled) {
      throw new AppError("unauthenticated", "验证已失效", "请重新输入用户名和密码。");
    }
    return account;
  }

  return {
    async login(request: LoginRequest): Promise<LoginResult> {
      const outcome = await attemptLogin(request);
      switch (outcome.kind) {
        case "ok":
        case "second_factor":
          return outcome;
        case "disabled":
          throw new AppError("forbidden", "账户已停用", "该账户已被停用，请联系管理员。");
        case "failed":
          // The same words for unknown names, wrong passwords and locked accounts, so nobody can probe
          // which names exist or what state an account is in.
          throw new AppError(
            "unauthenticated",
            "用户名或密码错误",
            `请核对后重试。连续 ${MAX_FAILED_LOGINS} 次密码错误，账户将被锁定 ${LOCKOUT_MS / 60_000} 分钟。`,
          );
      }
    },

    /** The second step of a sign-in: a code (or recovery code); enrolling returns the new recovery codes. */
    async loginWithCode(
      request: { challenge: string; code: string } & Pick<LoginRequest, "ip" | "userAgent">,
    ): Promise<{ token: string; actor: Actor; recoveryCodes: string[] | null }> {
      const challenge = await twoFactor.takeChallenge(request.challenge);
      const account = await challengeAccount(challenge.userId);
      const who = { actorId: account.id, actorName: account.username, ip: request.ip };
      return db.transaction(async (tx) => {
        const recoveryCodes = await twoFactor.redeem(tx, challenge, request.code, who);
        return { ...(await openSession(tx, account, request, who)), recoveryCodes };
      });
    },

    /** Enrolment during sign-in, for a required role without a second factor yet. */
    async enrolmentDuringLogin(challenge: string) {
      return twoFactor.enrolmentOf(challenge, async (userId) => (await challengeAccount(userId)).username);
    },

    /** The actor behind a session cookie, or null; an idle session is ended and reported as expired. */
    async resolveSession(token: string, ip: string): Promise<Actor | null> {
      const sessionId = sessionIdOf(token);
      const now = clock.now();
      let found = sessions.get(sessionId, now);
      if (!found) {
        found = await q.findSessionWithAccount(db, sessionId);
        if (!found) return null;
        sessions.set(found, now);
      }
      if (isSessionIdle(found.session.lastSeenAt, now) || found.account.disabled) {
        sessions.forget(sessionId);
        await q.deleteSession(db, found.session.id);
        throw new AppError("session_expired", "登录已超时", "超过 30 分钟未操作，请重新登录。");
      }
      if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
        await q.touchSession(db, found.session.id, now);
        found.session.lastSeenAt = now;
      }
      return actorOf(found.account, found.session, ip);
    },

    /** Signs a user out everywhere (password reset, account disabled), inside the caller's transaction. */
    endSessionsOf: (tx: Db, userId: string) => {
      sessions.forgetUser(userId);
      return q.deleteSessionsOfUser(tx, userId);
    },

    async logout(actor: Actor): Promise<void> {
      const now = clock.now();
      await db.transaction(async (tx) => {
        await q.deleteSession(tx, actor.sessionId);
        await recordAudit(tx, whoOf(actor), { event: "LOGGED_OUT", entityId: actor.userId }, now);
      });
      sessions.forget(actor.sessionId);
    },

    async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
      const account = await q.findAccountById(db, actor.userId);
      if (!account) throw problems.unauthenticated();
      if (!(await passwordHasher.verify(account.passwordHash, currentPassword))) {
        throw problems.field("currentPassword", "当前密码不正确");
      }
      assertAcceptablePassword(newPassword, account, "newPassword");
      await assertNotReused({
        db,
        hasher: passwordHasher,
        userId: actor.userId,
        currentHash: account.passwordHash,
        password: newPassword,
        field: "newPassword",
      });
      const passwordHash = await passwordHasher.hash(newPassword);
      const now = clock.now();
      await db.transaction(async (tx) => {
        await rememberPassword(tx, actor.userId, account.passwordHash, now);
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
      // After commit: a request that read the account while the change was in flight cached the old one.
      sessions.forgetUser(actor.userId);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
