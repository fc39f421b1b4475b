import { z } from "zod";
import { ORG_UNIT_KINDS, ROLES } from "@edubureau/domain";

export const loginBody = z.object({
  username: z.string().trim().min(1, "请输入用户名").max(64),
  password: z.string().min(1, "请输入密码").max(256),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, "请输入当前密码").max(256),
  newPassword: z.string().min(1, "请输入新密码").max(256),
});

export const orgUnitRef = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(ORG_UNIT_KINDS),
});

export const meSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  orgUnit: orgUnitRef,
  permissions: z.array(z.string()),
  mustChangePassword: z.boolean(),
});

export const meResponse = z.object({ user: meSchema, csrfToken: z.string() });

/** Password verified; a code is needed ("verify") or the account must first enrol a second factor ("enrol"). */
export const secondFactorResponse = z.object({
  secondFactor: z.enum(["verify", "enrol"]),
  challenge: z.string(),
});

export const challengeBody = z.object({ challenge: z.string().min(1).max(128) });

export const codeLoginBody = z.object({
  challenge: z.string().min(1).max(128),
  code: z.string().trim().min(1, "请输入动态验证码或恢复码").max(32),
});

/** Signed in; after enrolling, the recovery codes are shown this once. */
export const codeLoginResponse = meResponse.extend({ recoveryCodes: z.array(z.string()).nullable() });
