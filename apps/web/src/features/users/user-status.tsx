import { Tag } from "antd";
import { formatDateTime } from "../../app/format.ts";
import { t } from "../../app/locale/index.ts";
import type { User } from "./users.api.ts";

export function isLocked(user: User, now = Date.now()): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > now;
}

export function UserStatus({ user }: { user: User }) {
  if (user.disabled) return <Tag color="default">{t.users.disabled}</Tag>;
  if (user.lockedUntil !== null && isLocked(user)) {
    return <Tag color="orange">{t.users.locked(formatDateTime(user.lockedUntil))}</Tag>;
  }
  return <Tag color="green">{t.users.active}</Tag>;
}
