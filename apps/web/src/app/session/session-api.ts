import { api, request, setCsrfToken } from "../api.ts";
import type { Me, SessionResponse } from "./session-types.ts";

export const sessionKey = ["session"] as const;

export async function fetchMe(): Promise<Me> {
  const session = await api.get<SessionResponse>("/api/auth/me");
  setCsrfToken(session.csrfToken);
  return session.user;
}

export async function login(input: { username: string; password: string }): Promise<Me> {
  const session = await request<SessionResponse>("/api/auth/login", {
    method: "POST",
    body: input,
    redirectOn401: false,
  });
  setCsrfToken(session.csrfToken);
  return session.user;
}

export async function logout(): Promise<void> {
  await api.post<undefined>("/api/auth/logout");
  setCsrfToken(null);
}

export async function changePassword(input: { currentPassword: string; newPassword: string }): Promise<void> {
  // A wrong current password is a form error, not an expired session.
  await request<undefined>("/api/auth/password", { method: "POST", body: input, redirectOn401: false });
}
