/** Five failed logins lock an account for 15 minutes (等保 2.0 登录失败处理). */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
/** A session unused for 30 minutes ends. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;

export interface LockState {
  failedLogins: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** State after one more failed attempt: the fifth failure starts a lock and resets the count. */
export function afterFailedLogin(state: LockState, now: Date): LockState {
  const failed = state.failedLogins + 1;
  if (failed >= MAX_FAILED_LOGINS) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) };
  }
  return { failedLogins: failed, lockedUntil: null };
}

export function isSessionIdle(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() > SESSION_IDLE_MS;
}
