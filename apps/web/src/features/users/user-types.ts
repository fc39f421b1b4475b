import type { Role } from "@edubureau/domain";
import type { OrgUnitRef } from "../../app/session/session-types.ts";

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  orgUnit: OrgUnitRef;
  disabled: boolean;
  /** ISO time until which logins are refused after too many failures; null when not locked. */
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface UserPage {
  items: User[];
  total: number;
}

export interface UserListParams {
  q: string;
  page: number;
  pageSize: number;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  orgUnitId: string;
}

export interface UpdateUserInput {
  displayName?: string;
  role?: Role;
  orgUnitId?: string;
  disabled?: boolean;
}
