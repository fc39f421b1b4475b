import { describe, expect, it } from "vitest";
import {
  codeUsable,
  formatSignUpCode,
  mobileProblem,
  resendProblem,
  SIGN_UP_CODE_MAX_ATTEMPTS,
  SIGN_UP_CODE_TTL_MS,
  SIGN_UP_CODES_PER_DAY,
} from "./sign-up.ts";

const now = new Date("2019-03-01T02:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("parent sign-up rules", () => {
  it.each([
    ["13812345678", null],
    ["19912345678", null],
    ["", "请填写手机号"],
    ["12812345678", "手机号应为 11 位中国大陆手机号码"],
    ["1381234567", "手机号应为 11 位中国大陆手机号码"],
    ["138123456789", "手机号应为 11 位中国大陆手机号码"],
    ["+8613812345678", "手机号应为 11 位中国大陆手机号码"],
  ])("mobile %s", (phone, problem) => {
    expect(mobileProblem(phone)).toBe(problem);
  });

  it("formats six digits with leading zeros and refuses out-of-range input", () => {
    expect(formatSignUpCode(42)).toBe("000042");
    expect(formatSignUpCode(999_999)).toBe("999999");
    expect(() => formatSignUpCode(1_000_000)).toThrow(RangeError);
    expect(() => formatSignUpCode(-1)).toThrow(RangeError);
  });

  it("waits a minute between codes and allows ten a day", () => {
    expect(resendProblem({ lastSentAt: null, sentLastDay: 0 }, now)).toBeNull();
    expect(resendProblem({ lastSentAt: ago(59_001), sentLastDay: 1 }, now)).toBe(
      "验证码已发送，请 1 秒后再获取",
    );
    expect(resendProblem({ lastSentAt: ago(60_000), sentLastDay: 1 }, now)).toBeNull();
    expect(
      resendProblem({ lastSentAt: ago(3_600_000), sentLastDay: SIGN_UP_CODES_PER_DAY - 1 }, now),
    ).toBeNull();
    expect(resendProblem({ lastSentAt: ago(3_600_000), sentLastDay: SIGN_UP_CODES_PER_DAY }, now)).toContain(
      "上限",
    );
  });

  it("accepts a code until it expires, is used, or has been tried five times", () => {
    const fresh = { expiresAt: new Date(now.getTime() + 1), attempts: 0, usedAt: null };
    expect(codeUsable(fresh, now)).toBe(true);
    expect(codeUsable(null, now)).toBe(false);
    expect(codeUsable({ ...fresh, expiresAt: now }, now)).toBe(false);
    expect(codeUsable({ ...fresh, usedAt: now }, now)).toBe(false);
    expect(codeUsable({ ...fresh, attempts: SIGN_UP_CODE_MAX_ATTEMPTS - 1 }, now)).toBe(true);
    expect(codeUsable({ ...fresh, attempts: SIGN_UP_CODE_MAX_ATTEMPTS }, now)).toBe(false);
    expect(SIGN_UP_CODE_TTL_MS).toBe(600_000);
  });
});
