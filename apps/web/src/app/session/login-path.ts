export const LOGIN_PATH = "/login";
export const CHANGE_PASSWORD_PATH = "/change-password";
/** 账户安全: the account's own second factor (also where a required role is sent to enrol). */
export const ACCOUNT_SECURITY_PATH = "/account/security";
/** 家长注册, open to anyone (in the public site's frame). */
export const SIGN_UP_PATH = "/sign-up";

export function loginPathFor(target: string): string {
  return target === "/" || target.startsWith(LOGIN_PATH)
    ? LOGIN_PATH
    : `${LOGIN_PATH}?next=${encodeURIComponent(target)}`;
}

/** Only same-site paths: `next` comes from the address bar and must not send the user elsewhere. */
export function safeNext(next: string | null): string {
  if (next === null || !next.startsWith("/") || next.startsWith("//") || next.startsWith(LOGIN_PATH))
    return "/";
  return next;
}
