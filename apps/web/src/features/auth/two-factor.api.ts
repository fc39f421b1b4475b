import { queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApiData } from "../../app/api-contract.ts";

export type TwoFactorSetup = ApiData<"/api/auth/two-factor/setup", "post">;

export const twoFactorStatusKey = ["two-factor"] as const;

export const twoFactorStatusQuery = () =>
  queryOptions({ queryKey: twoFactorStatusKey, queryFn: () => api.GET("/api/auth/two-factor") });

export const startTwoFactorSetup = () => api.POST("/api/auth/two-factor/setup");

export const confirmTwoFactorSetup = async (code: string) =>
  (await api.POST("/api/auth/two-factor/confirm", { body: { code } })).recoveryCodes;

export const regenerateRecoveryCodes = async (code: string) =>
  (await api.POST("/api/auth/two-factor/recovery-codes", { body: { code } })).recoveryCodes;
