import { api, setCsrfToken } from "../api.ts";
import type { ApiData } from "../api-contract.ts";

/** The signed-in account as GET /api/auth/me returns it. */
export type Me = ApiData<"/api/auth/me">["user"];

export const sessionKey = ["session"] as const;

export async function fetchMe(): Promise<Me> {
  const session = await api.GET("/api/auth/me");
  setCsrfToken(session.csrfToken);
  return session.user;
}

export async function login(input: { username: string; password: string }): Promise<Me> {
  const session = await api.POST("/api/auth/login", { body: input, redirectOn401: false });
  setCsrfToken(session.csrfToken);
  return session.user;
}

export async function logout(): Promise<void> {
  await api.POST("/api/auth/logout");
  setCsrfToken(null);
}

export async function changePassword(input: { currentPassword: string; newPassword: string }): Promise<void> {
  // A wrong current password is a form error, not an expired session.
  await api.POST("/api/auth/password", { body: input, redirectOn401: false });
}
