import { api, setCsrfToken } from "../api.ts";
import { request } from "../api-legacy.ts";
import type { Me, SessionResponse } from "./session-types.ts";

export const sessionKey = ["session"] as const;

export async function fetchMe(): Promise<Me> {
  const session = await api.get<SessionResponse>("/api/auth/me");
  setCsrfToken(session.csrfToken);
  return session.user;
}

/** The password step: signed in, or a second factor to give ("verify") or to set up first ("enrol"). */
export type LoginStep =
  | { kind: "signed_in"; me: Me }
  | { kind: "second_factor"; secondFactor: "verify" | "enrol"; challenge: string };

export async function login(input: { username: string; password: string }): Promise<LoginStep> {
  const body = await request<SessionResponse | { secondFactor: "verify" | "enrol"; challenge: string }>(
    "/api/auth/login",
    { method: "POST", body: input, redirectOn401: false },
  );
  if ("secondFactor" in body) return { kind: "second_factor", ...body };
  setCsrfToken(body.csrfToken);
  return { kind: "signed_in", me: body.user };
}

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
  qrDataUrl: string;
}

export const loginEnrolment = (challenge: string) =>
  request<TotpSetup>("/api/auth/login/enrolment", {
    method: "POST",
    body: { challenge },
    redirectOn401: false,
  });

/** The code step; after enrolling, the recovery codes to show once. */
export async function loginWithCode(input: {
  challenge: string;
  code: string;
}): Promise<{ me: Me; recoveryCodes: string[] | null }> {
  const session = await request<SessionResponse & { recoveryCodes: string[] | null }>(
    "/api/auth/login/code",
    {
      method: "POST",
      body: input,
      redirectOn401: false,
    },
  );
  setCsrfToken(session.csrfToken);
  return { me: session.user, recoveryCodes: session.recoveryCodes };
}

export async function logout(): Promise<void> {
  await api.post<undefined>("/api/auth/logout");
  setCsrfToken(null);
}

export async function changePassword(input: { currentPassword: string; newPassword: string }): Promise<void> {
  // A wrong current password is a form error, not an expired session.
  await request<undefined>("/api/auth/password", { method: "POST", body: input, redirectOn401: false });
}
