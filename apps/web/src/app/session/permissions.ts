/** Permissions are strings, not the domain's union: later server modules add some before the web knows them. */
export { hasPermission } from "./session-types.ts";
