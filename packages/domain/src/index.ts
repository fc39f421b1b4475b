export * from "./access/roles.ts";
export * from "./access/permissions.ts";
export * from "./access/password-policy.ts";
export * from "./access/login-lockout.ts";
export * from "./access/sign-up.ts";
export * from "./org-units/org-unit-kinds.ts";
export * from "./org-units/admin-division-code.ts";
export * from "./org-units/org-unit-path.ts";
// Feature areas are imported by subpath (e.g. "@edubureau/domain/health") so their names stay apart.
