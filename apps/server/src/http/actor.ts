import type { Role } from "@edubureau/domain";

/** The signed-in account making a request, with the org-unit scope its reads and writes are limited to. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: string;
  orgUnitPath: string;
  /** Path prefix of everything this account may see. */
  scopePath: string;
  sessionId: string;
  csrfToken: string;
  mustChangePassword: boolean;
  ip: string;
}
