export * from "./model.ts";
export { generateCity, DATA_AS_OF, DEFAULT_SEED, type GenerateCityOptions } from "./generate-city.ts";
export { summariseCity, type CitySummary, type ClassSizeFigures } from "./summary.ts";
export { SCALES, SCALE_NAMES, isScaleName } from "./scales.ts";
export { CURRENT_SCHOOL_YEAR, PREVIOUS_SCHOOL_YEAR, SCHOOL_YEARS } from "./classes.ts";
export { ACCOUNT_SCHOOL_NAME } from "./institutions.ts";
export { DISTRICT_PROFILES } from "./districts.ts";
export { Prng, deterministicId } from "./prng.ts";
