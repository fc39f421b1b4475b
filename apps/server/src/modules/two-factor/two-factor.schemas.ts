import { z } from "zod";

export const codeBody = z.object({
  code: z.string().trim().min(1, "请输入动态验证码").max(32),
});

export const setupResponse = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrDataUrl: z.string(),
});

export const statusResponse = z.object({
  enrolled: z.boolean(),
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});

export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });
