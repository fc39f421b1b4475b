export * from "./institution-types.ts";
export * from "./construction-projects.ts";
export * from "./designation-types.ts";
