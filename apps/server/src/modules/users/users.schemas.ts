import { z } from "zod";
import { ORG_UNIT_KINDS, ROLES } from "@edubureau/domain";
import { isoDateTime, pageQuery } from "../../http/zod-types.ts";

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  orgUnit: z.object({ id: z.uuid(), code: z.string(), name: z.string(), kind: z.enum(ORG_UNIT_KINDS) }),
  disabled: z.boolean(),
  lockedUntil: isoDateTime.nullable(),
  lastLoginAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
});

export const userList = z.object({ items: z.array(userSchema), total: z.number().int() });
export const listQuery = z.object({ q: z.string().trim().max(64).optional(), ...pageQuery });
export const idParams = z.object({ id: z.uuid("用户编号格式不正确") });

const username = z
  .string()
  .trim()
  .min(3, "用户名至少 3 个字符")
  .max(32, "用户名不能超过 32 个字符")
  .regex(/^[A-Za-z0-9_.-]+$/, "用户名只能包含字母、数字、下划线、点和连字符");
const displayName = z.string().trim().min(1, "请输入姓名").max(64, "姓名不能超过 64 个字");
const password = z.string().min(1, "请输入密码").max(256, "密码不能超过 256 个字符");

export const createUserBody = z.object({
  username,
  displayName,
  password,
  role: z.enum(ROLES, "角色无效"),
  orgUnitId: z.uuid("所属单位编号格式不正确"),
});

export const updateUserBody = z.object({
  displayName: displayName.optional(),
  role: z.enum(ROLES, "角色无效").optional(),
  orgUnitId: z.uuid("所属单位编号格式不正确").optional(),
  disabled: z.boolean().optional(),
});

export const resetPasswordBody = z.object({ newPassword: password });

/** An administrator's reset of a second factor names why (lost phone, new phone …); it goes into the audit row. */
export const resetTwoFactorBody = z.object({
  reason: z.string().trim().min(4, "请填写重置原因（至少 4 个字）").max(200, "重置原因不超过 200 字"),
});
