/** Password policy: at least 8 characters from at least 3 of 4 classes (upper, lower, digit, symbol). */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MIN_CLASSES = 3;

export type PasswordCheck = { ok: true } | { ok: false; message: string };

export function characterClasses(password: string): number {
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];
  return classes.filter((re) => re.test(password)).length;
}

export function checkPassword(password: string): PasswordCheck {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { ok: false, message: `密码长度不能少于 ${PASSWORD_MIN_LENGTH} 位` };
  }
  if (characterClasses(password) < PASSWORD_MIN_CLASSES) {
    return { ok: false, message: "密码须包含大写字母、小写字母、数字、符号中的至少三类" };
  }
  return { ok: true };
}
