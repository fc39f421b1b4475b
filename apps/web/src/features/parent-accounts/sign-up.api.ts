import { api } from "../../app/api.ts";
import type { ApiBody, ApiData } from "../../app/api-contract.ts";

export type SignUpInput = ApiBody<"/api/public/sign-up", "post">;
export type SmsOutbox = ApiData<"/api/sms-outbox">;

export function sendSignUpCode(phone: string) {
  return api.POST("/api/public/sign-up/code", { body: { phone } });
}

export function signUp(input: SignUpInput) {
  return api.POST("/api/public/sign-up", { body: input });
}

export const smsOutboxQuery = {
  queryKey: ["sms-outbox"] as const,
  queryFn: () => api.GET("/api/sms-outbox"),
};
