/**
 * 家长自助注册: a parent's account is their mainland mobile number, proven by a code sent to it.
 * Pure rules: what a number looks like, how long a code lives, how often one may be sent and tried.
 */

/** 中国大陆手机号: 11 digits starting 13–19 (工业和信息化部 电信网码号资源 numbering plan). */
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export function mobileProblem(phone: string): string | null {
  if (phone.length === 0) return "请填写手机号";
  if (!MAINLAND_MOBILE.test(phone)) return "手机号应为 11 位中国大陆手机号码";
  return null;
}

/** A code is good for ten minutes … */
export const SIGN_UP_CODE_TTL_MS = 10 * 60_000;
/** … may be tried five times … */
export const SIGN_UP_CODE_MAX_ATTEMPTS = 5;
/** … and a number gets a new one at most once a minute and ten times a day. */
export const SIGN_UP_CODE_RESEND_MS = 60_000;
export const SIGN_UP_CODES_PER_DAY = 10;

/** Six digits from a uniform random integer below 10⁶ (the caller supplies it from a CSPRNG). */
export function formatSignUpCode(random: number): string {
  if (!Number.isInteger(random) || random < 0 || random >= 1_000_000)
    throw new RangeError("random out of range");
  return String(random).padStart(6, "0");
}

export interface IssuedCodes {
  /** When the number's latest code was sent, if any. */
  lastSentAt: Date | null;
  /** How many codes the number was sent in the 24 hours before now. */
  sentLastDay: number;
}

/** Why no new code may be sent now, or null. */
export function resendProblem(issued: IssuedCodes, now: Date): string | null {
  if (issued.lastSentAt !== null) {
    const wait = SIGN_UP_CODE_RESEND_MS - (now.getTime() - issued.lastSentAt.getTime());
    if (wait > 0) return `验证码已发送，请 ${Math.ceil(wait / 1000)} 秒后再获取`;
  }
  if (issued.sentLastDay >= SIGN_UP_CODES_PER_DAY) return "该手机号今天获取验证码的次数已达上限，请明天再试";
  return null;
}

export interface SignUpCodeState {
  expiresAt: Date;
  attempts: number;
  usedAt: Date | null;
}

/** Whether a code may still be tried; every refusal reads the same to the person typing it. */
export function codeUsable(code: SignUpCodeState | null, now: Date): boolean {
  if (code === null || code.usedAt !== null) return false;
  if (code.attempts >= SIGN_UP_CODE_MAX_ATTEMPTS) return false;
  return now.getTime() < code.expiresAt.getTime();
}

export const SIGN_UP_CODE_REFUSED = "验证码不正确或已失效，请重新获取";
