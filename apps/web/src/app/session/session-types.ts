import type { OrgUnitKind, Role } from "@edubureau/domain";

export interface OrgUnitRef {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
}

/** The signed-in account as GET /api/auth/me returns it. */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  orgUnit: OrgUnitRef;
  /** Strings, not the domain's union: later server modules add permissions before the web knows them. */
  permissions: string[];
  mustChangePassword: boolean;
}

export interface SessionResponse {
  user: Me;
  csrfToken: string;
}

export function hasPermission(me: Me, permission: string | null): boolean {
  return permission === null || me.permissions.includes(permission);
}
