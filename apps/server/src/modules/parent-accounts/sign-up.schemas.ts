import { z } from "zod";

const phone = z.string("请填写手机号").trim().max(20, "手机号应为 11 位中国大陆手机号码");

export const codeBody = z.object({ phone });
export const codeResponse = z.object({
  /** Seconds until another code may be asked for. */
  resendAfterSeconds: z.number(),
});

export const signUpBody = z.object({
  phone,
  code: z
    .string("请填写验证码")
    .trim()
    .regex(/^\d{6}$/, "验证码为 6 位数字"),
  displayName: z
    .string("请填写姓名")
    .trim()
    .min(2, "请填写姓名（至少 2 个字）")
    .max(30, "姓名不能超过 30 个字"),
  password: z.string("请设置密码").min(1, "请设置密码").max(128, "密码不能超过 128 位"),
});
export const signUpResponse = z.object({ username: z.string() });
