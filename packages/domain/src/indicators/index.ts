// Indicator engine definitions: periods, measures, the shipped catalogue, data entry rules and approval.
export * from "./periods.ts";
export * from "./measure-period.ts";
export * from "./measures.ts";
export * from "./indicator-types.ts";
export * from "./indicator-params.ts";
export * from "./indicator-catalogue.ts";
export * from "./data-elements.ts";
export * from "./validation-rules.ts";
export * from "./data-approval.ts";
export * from "./binding-to-indicator.ts";
export * from "./data-basis.ts";
