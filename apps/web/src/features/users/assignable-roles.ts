import { ROLES, canAssignRole, type Role } from "@edubureau/domain";
import { t } from "../../app/locale/index.ts";

/** Roles the signed-in account may hand out (the server checks the same rule). */
export function assignableRoleOptions(actor: Role): { value: Role; label: string }[] {
  return ROLES.filter((role) => canAssignRole(actor, role)).map((role) => ({
    value: role,
    label: t.roles[role],
  }));
}
