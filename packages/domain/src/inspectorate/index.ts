export * from "./scoring.ts";
export * from "./sample.ts";
export * from "./rectification.ts";
export * from "./complaints.ts";
export * from "./coverage.ts";
export * from "./statistics.ts";
export * from "./evidence.ts";
