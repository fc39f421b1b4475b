import type { OrgUnitKind, Role } from "@edubureau/domain";

/** The signed-in account making a request, with the org-unit scope its reads and writes are limited to. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: string;
  orgUnitPath: string;
  /** The account's own unit, as the page header names it (read with the session). */
  orgUnit: { id: string; code: string; name: string; kind: OrgUnitKind };
  /** Path prefix of everything this account may see. */
  scopePath: string;
  sessionId: string;
  csrfToken: string;
  mustChangePassword: boolean;
  ip: string;
}
