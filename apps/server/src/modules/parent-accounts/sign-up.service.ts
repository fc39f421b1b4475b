import { createHash, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import {
  codeUsable,
  formatSignUpCode,
  mobileProblem,
  resendProblem,
  SIGN_UP_CODE_REFUSED,
  SIGN_UP_CODE_RESEND_MS,
  SIGN_UP_CODE_TTL_MS,
} from "@edubureau/domain";
import { maskMobile } from "@edubureau/domain/identity";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { AppError, problems } from "../../http/problem.ts";
import type { SmsSender } from "../../platform/sms/sms-sender.ts";
import { recordAudit } from "../audit/audit.service.ts";
import type { OrgUnitsService } from "../org-units/org-units.service.ts";
import type { UsersService } from "../users/users.service.ts";
import * as q from "./sign-up.queries.ts";

/** What this module needs of the users module: the password rules and the new account itself. */
export type PublicAccountRegistrar = Pick<UsersService, "assertAcceptablePassword" | "registerPublic">;

function codeHash(id: string, code: string): string {
  return createHash("sha256").update(`${id}:${code}`).digest("hex");
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function assertMobile(phone: string): void {
  const problem = mobileProblem(phone);
  if (problem !== null) throw problems.field("phone", problem);
}

/**
 * 家长注册: a code to the number, then the account. Every answer about a number reads the same whether or
 * not it is registered, until its holder types the code that was sent to it.
 */
export function createSignUpService(
  ctx: AppContext,
  deps: { users: PublicAccountRegistrar; orgUnits: Pick<OrgUnitsService, "cityUnits">; sms: SmsSender },
) {
  const { db } = ctx.database;
  const { clock } = ctx;

  async function bureauName(tx: Db): Promise<string> {
    // Which bureau this deployment serves, for the message's signature (【长沙市教育局】).
    if (ctx.config.bureauName) return ctx.config.bureauName;
    const [city] = await deps.orgUnits.cityUnits(tx);
    return city ? `${city.name}教育局` : "教育局";
  }

  return {
    async sendCode(phone: string, ip: string | null): Promise<{ resendAfterSeconds: number }> {
      assertMobile(phone);
      const now = clock.now();
      await db.transaction(async (tx) => {
        await q.lockPhone(tx, phone);
        const waiting = resendProblem(await q.issuedCodes(tx, phone, now), now);
        if (waiting !== null) throw new AppError("rate_limited", "获取验证码过于频繁", waiting);
        const code = formatSignUpCode(randomInt(1_000_000));
        const id = randomUUID();
        await q.insertCode(tx, {
          id,
          phone,
          codeHash: codeHash(id, code),
          expiresAt: new Date(now.getTime() + SIGN_UP_CODE_TTL_MS),
          createdAt: now,
        });
        const body = `【${await bureauName(tx)}】您的注册验证码为 ${code}，10 分钟内有效。如非本人操作，请忽略本短信。`;
        await deps.sms.send(tx, { phone, body, purpose: "sign_up" }, now);
        await recordAudit(
          tx,
          { actorId: null, actorName: null, ip },
          { event: "SIGN_UP_CODE_SENT", entityId: id, after: { phone: maskMobile(phone) } },
          now,
        );
      });
      return { resendAfterSeconds: SIGN_UP_CODE_RESEND_MS / 1000 };
    },

    async register(
      input: { phone: string; code: string; displayName: string; password: string },
      ip: string | null,
    ): Promise<{ username: string }> {
      assertMobile(input.phone);
      deps.users.assertAcceptablePassword(
        input.password,
        { username: input.phone, displayName: input.displayName },
        "password",
      );
      const now = clock.now();
      // The attempt is counted in a transaction of its own, so a wrong code cannot roll its own count back.
      const codeId = await db.transaction(async (tx) => {
        await q.lockPhone(tx, input.phone);
        const latest = await q.latestCode(tx, input.phone);
        if (!latest || !codeUsable(latest, now)) return null;
        await q.countAttempt(tx, latest.id);
        return sameHash(latest.codeHash, codeHash(latest.id, input.code)) ? latest.id : null;
      });
      if (codeId === null) throw problems.field("code", SIGN_UP_CODE_REFUSED);
      return db.transaction(async (tx) => {
        await q.lockPhone(tx, input.phone);
        const latest = await q.latestCode(tx, input.phone);
        // Used by a parallel request meanwhile, or superseded by a newer code.
        if (latest?.id !== codeId || latest.usedAt !== null)
          throw problems.field("code", SIGN_UP_CODE_REFUSED);
        await q.markUsed(tx, codeId, now);
        const id = await deps.users.registerPublic(tx, { ...input, ip }, now);
        if (id === null) throw problems.field("phone", "该手机号已注册，请直接登录");
        return { username: input.phone };
      });
    },
  };
}

export type SignUpService = ReturnType<typeof createSignUpService>;
