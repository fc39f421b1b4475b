// Every module's tables, for Drizzle's relational queries. Columns are defined beside their module.
export { orgUnits } from "../modules/org-units/org-units.tables.ts";
export { users } from "../modules/users/users.tables.ts";
export { sessions } from "../modules/auth/sessions.tables.ts";
export { auditLog } from "../modules/audit/audit.tables.ts";
