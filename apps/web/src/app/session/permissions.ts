import type { Me } from "./session-api.ts";

/** Permissions are strings, not the domain's union: later server modules add some before the web knows them. */
export function hasPermission(me: Me, permission: string | null): boolean {
  return permission === null || me.permissions.includes(permission);
}
