export * from "./standards.ts";
export * from "./compliance.ts";
export * from "./incidents.ts";
export * from "./hazards.ts";
export * from "./drills.ts";
export * from "./inspections.ts";
export * from "./crisis.ts";
