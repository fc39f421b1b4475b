export * from "./class-size-bands.ts";
export * from "./class-size-ratios.ts";
export * from "./class-size-targets.ts";
