import type { Role } from "@edubureau/domain";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems } from "../../http/problem.ts";
import { recordAudit, whoOf, type AuditWho } from "../audit/audit.service.ts";
import { newToken, sessionIdOf } from "../../http/session-token.ts";
import { isRecoveryCodeShaped, newRecoveryCodes, recoveryCodeHash } from "./recovery-codes.ts";
import { acceptedStep, newTotpSecret, totpSetup, type TotpSetup } from "./totp.ts";
import { lazySecretBox, loadSecretBox, SecretKeyError, type SecretBox } from "../../platform/secret-box.ts";
import * as q from "./two-factor.queries.ts";

/** A password-verified sign-in waits at most five minutes and five tries for its code. */
const CHALLENGE_MS = 5 * 60 * 1000;
const CHALLENGE_TRIES = 5;

export type SecondStep = "verify" | "enrol";
export type LoginChallenge = NonNullable<Awaited<ReturnType<typeof q.takeChallengeTry>>>;

const wrongCode = () => problems.field("code", "动态验证码不正确或已过期，请查看验证器应用中的最新验证码。");
const challengeGone = () =>
  new AppError("unauthenticated", "验证已失效", "动态验证码输入超时或错误次数过多，请重新输入用户名和密码。");

/** The associated data of an account's sealed secret: it opens for that account's row only. */
const secretContext = (userId: string) => `user_totp.secret:${userId}`;

const keyTrouble = (error: SecretKeyError) => {
  console.error(`两步验证密钥无法解密：${error.message}`);
  return new AppError(
    "internal",
    "服务器密钥配置有误",
    "无法解开已保存的两步验证密钥，请联系系统管理员检查服务器的密钥配置。",
  );
};

export function createTwoFactorService(ctx: AppContext, options: { secretBox?: SecretBox } = {}) {
  const { db } = ctx.database;
  const { clock, config } = ctx;
  const box = options.secretBox ?? lazySecretBox(() => loadSecretBox(config));

  function openSecret(userId: string, sealed: string): string {
    try {
      return box.open(sealed, secretContext(userId));
    } catch (error) {
      throw error instanceof SecretKeyError ? keyTrouble(error) : error;
    }
  }

  async function saveNewSecret(userId: string): Promise<string> {
    const secret = newTotpSecret();
    await q.saveUnconfirmedSecret(db, userId, box.seal(secret, secretContext(userId)), clock.now());
    return secret;
  }

  async function confirmCode(tx: Db, userId: string, code: string, confirm: boolean): Promise<void> {
    const totp = await q.findTotp(tx, userId);
    if (!totp) throw wrongCode();
    const now = clock.now();
    const secret = openSecret(userId, totp.secret);
    const step = await acceptedStep({ secret, code, now, afterStep: totp.lastStep });
    if (step === null || !(await q.takeStep(tx, userId, step, confirm ? now : null))) throw wrongCode();
  }

  async function issueRecoveryCodes(tx: Db, userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await q.replaceRecoveryCodes(tx, userId, codes.map(recoveryCodeHash));
    return codes;
  }

  return {
    /** What a sign-in needs after the password: a code when enrolled, enrolment when the role requires it. */
    async secondStepFor(account: { id: string; role: Role }): Promise<SecondStep | null> {
      const totp = await q.findTotp(db, account.id);
      if (totp?.confirmedAt) return "verify";
      const required = config.twoFactorRequired && config.twoFactorRoles.includes(account.role);
      return required ? "enrol" : null;
    },

    async issueChallenge(userId: string, purpose: SecondStep): Promise<string> {
      const token = newToken();
      const expiresAt = new Date(clock.now().getTime() + CHALLENGE_MS);
      await q.insertChallenge(db, { id: sessionIdOf(token), userId, purpose, expiresAt });
      return token;
    },

    /** A try at a challenge, counted even when the code then proves wrong. */
    async takeChallenge(token: string): Promise<LoginChallenge> {
      const challenge = await q.takeChallengeTry(db, sessionIdOf(token), clock.now(), CHALLENGE_TRIES);
      if (!challenge) throw challengeGone();
      return challenge;
    },

    /** Enrolment during sign-in: a new secret for the account the challenge belongs to. */
    async enrolmentOf(token: string, accountNameOf: (userId: string) => Promise<string>): Promise<TotpSetup> {
      const challenge = await q.findLiveChallenge(db, sessionIdOf(token), clock.now());
      if (challenge?.purpose !== "enrol") throw challengeGone();
      const accountName = await accountNameOf(challenge.userId);
      return totpSetup(await saveNewSecret(challenge.userId), accountName);
    },

    /**
     * The second factor of a challenge, in the caller's transaction: a current code (confirming the secret
     * when enrolling, then issuing recovery codes) or, once enrolled, one unused recovery code.
     */
    async redeem(tx: Db, challenge: LoginChallenge, code: string, who: AuditWho): Promise<string[] | null> {
      const now = clock.now();
      const enrolling = challenge.purpose === "enrol";
      if (!enrolling && isRecoveryCodeShaped(code)) {
        if (!(await q.useRecoveryCode(tx, challenge.userId, recoveryCodeHash(code), now))) {
          throw problems.field("code", "恢复码不正确或已使用过。");
        }
        const left = await q.unusedRecoveryCodes(tx, challenge.userId);
        await recordAudit(
          tx,
          who,
          { event: "RECOVERY_CODE_USED", entityId: challenge.userId, after: { left } },
          now,
        );
      } else {
        await confirmCode(tx, challenge.userId, code.trim(), enrolling);
      }
      await q.deleteChallenge(tx, challenge.id);
      if (!enrolling) return null;
      const codes = await issueRecoveryCodes(tx, challenge.userId);
      await recordAudit(tx, who, { event: "TWO_FACTOR_ENABLED", entityId: challenge.userId }, now);
      return codes;
    },

    async status(actor: Actor) {
      const totp = await q.findTotp(db, actor.userId);
      return {
        enrolled: Boolean(totp?.confirmedAt),
        required: config.twoFactorRoles.includes(actor.role),
        recoveryCodesLeft: totp?.confirmedAt ? await q.unusedRecoveryCodes(db, actor.userId) : 0,
      };
    },

    /** A signed-in account starts enrolment: a new secret, shown once as a QR code. */
    async startSetup(actor: Actor): Promise<TotpSetup> {
      const totp = await q.findTotp(db, actor.userId);
      if (totp?.confirmedAt) {
        throw problems.conflict("已启用两步验证。如需更换手机，请联系系统管理员重置。");
      }
      return totpSetup(await saveNewSecret(actor.userId), actor.username);
    },

    async confirmSetup(actor: Actor, code: string): Promise<string[]> {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const totp = await q.findTotp(tx, actor.userId);
        if (!totp || totp.confirmedAt) throw problems.conflict("请先扫描二维码开始设置。");
        await confirmCode(tx, actor.userId, code.trim(), true);
        const codes = await issueRecoveryCodes(tx, actor.userId);
        await recordAudit(tx, whoOf(actor), { event: "TWO_FACTOR_ENABLED", entityId: actor.userId }, now);
        return codes;
      });
    },

    /** New recovery codes (the old ones stop working), proven with a current code from the authenticator. */
    async regenerateRecoveryCodes(actor: Actor, code: string): Promise<string[]> {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const totp = await q.findTotp(tx, actor.userId);
        if (!totp?.confirmedAt) throw problems.conflict("尚未启用两步验证。");
        await confirmCode(tx, actor.userId, code.trim(), false);
        const codes = await issueRecoveryCodes(tx, actor.userId);
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "RECOVERY_CODES_REGENERATED", entityId: actor.userId },
          now,
        );
        return codes;
      });
    },

    /** An administrator's reset (lost phone), in the caller's transaction: the next sign-in enrols anew. */
    resetFor: (tx: Db, userId: string): Promise<boolean> => q.deleteTwoFactor(tx, userId),

    /**
     * At start-up: seals secrets stored in plain text (before migration 0025's release) and re-seals those
     * under an older key with the current one. Each row is rewritten only if unchanged since it was read.
     */
    async resealStoredSecrets(): Promise<number> {
      let changed = 0;
      for (const row of await q.allSecrets(db)) {
        if (box.isSealed(row.secret) && row.secret.split(".")[1] === box.currentKeyId) continue;
        const plain = box.isSealed(row.secret) ? box.open(row.secret, secretContext(row.userId)) : row.secret;
        const sealed = box.seal(plain, secretContext(row.userId));
        if (await q.replaceSecret(db, row.userId, row.secret, sealed)) changed += 1;
      }
      return changed;
    },
  };
}

export type TwoFactorService = ReturnType<typeof createTwoFactorService>;
