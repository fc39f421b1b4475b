/** What every API call shares: the CSRF token of this sign-in and what to do on an expired session. */

// Kept in memory only: a reload asks /api/auth/me again, which hands out the token anew.
let csrfToken: string | null = null;
let onUnauthorized: () => void = () => undefined;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export const currentCsrfToken = () => csrfToken;
export const reportUnauthorized = () => onUnauthorized();

/** Called on any 401 except where the caller handles it; the app sends the user to /login. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}
