export * from "./holiday-calendar.ts";
export * from "./working-days.ts";
export * from "./time-limit.ts";
export * from "./online-depth.ts";
export * from "./case-lifecycle.ts";
export * from "./item-shape.ts";
