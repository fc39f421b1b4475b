import { api, setCsrfToken } from "../api.ts";
import type { ApiData } from "../api-contract.ts";

/** The signed-in account as GET /api/auth/me returns it; permissions are strings the server may add to. */
export type Me = ApiData<"/api/auth/me">["user"];
export type TotpSetup = ApiData<"/api/auth/login/enrolment", "post">;

export const sessionKey = ["session"] as const;

export async function fetchMe(): Promise<Me> {
  const session = await api.GET("/api/auth/me");
  setCsrfToken(session.csrfToken);
  return session.user;
}

/** The password step: signed in, or a second factor to give ("verify") or to set up first ("enrol"). */
export type LoginStep =
  | { kind: "signed_in"; me: Me }
  | { kind: "second_factor"; secondFactor: "verify" | "enrol"; challenge: string };

export async function login(input: { username: string; password: string }): Promise<LoginStep> {
  // A wrong password answers 401: a form error, not an expired session.
  const body = await api.POST("/api/auth/login", { body: input, redirectOn401: false });
  if ("secondFactor" in body) return { kind: "second_factor", ...body };
  setCsrfToken(body.csrfToken);
  return { kind: "signed_in", me: body.user };
}

export const loginEnrolment = (challenge: string) =>
  api.POST("/api/auth/login/enrolment", { body: { challenge }, redirectOn401: false });

/** The code step; after enrolling, the recovery codes to show once. */
export async function loginWithCode(input: {
  challenge: string;
  code: string;
}): Promise<{ me: Me; recoveryCodes: string[] | null }> {
  const session = await api.POST("/api/auth/login/code", { body: input, redirectOn401: false });
  setCsrfToken(session.csrfToken);
  return { me: session.user, recoveryCodes: session.recoveryCodes };
}

export async function logout(): Promise<void> {
  await api.POST("/api/auth/logout");
  setCsrfToken(null);
}

export async function changePassword(input: { currentPassword: string; newPassword: string }): Promise<void> {
  // A wrong current password is a form error, not an expired session.
  await api.POST("/api/auth/password", { body: input, redirectOn401: false });
}
