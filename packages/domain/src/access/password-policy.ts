/** Password policy: at least 8 characters from at least 3 of 4 classes (upper, lower, digit, symbol). */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MIN_CLASSES = 3;

export type PasswordCheck = { ok: true } | { ok: false; message: string };

export function characterClasses(password: string): number {
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];
  return classes.filter((re) => re.test(password)).length;
}

/** Names shorter than this are not looked for inside a password (too many false matches). */
const MIN_NAME_IN_PASSWORD = 3;

export function checkPassword(password: string, account: { username?: string } = {}): PasswordCheck {
  const username = account.username?.trim().toLowerCase() ?? "";
  if (username.length >= MIN_NAME_IN_PASSWORD && password.toLowerCase().includes(username)) {
    return { ok: false, message: "密码不能包含用户名" };
  }
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { ok: false, message: `密码长度不能少于 ${PASSWORD_MIN_LENGTH} 位` };
  }
  if (characterClasses(password) < PASSWORD_MIN_CLASSES) {
    return { ok: false, message: "密码须包含大写字母、小写字母、数字、符号中的至少三类" };
  }
  return { ok: true };
}
