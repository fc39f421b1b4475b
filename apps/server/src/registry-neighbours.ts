import { activeDesignationsTable } from "./modules/designations/designations.read-model.ts";
import type { RegistryNeighbours } from "./modules/institutions/institutions.queries.ts";
import { classSizesTable } from "./modules/school-classes/school-classes.read-model.ts";

/**
 * Composition: what the registry reads of the modules that themselves join the registry (classes and
 * designations). Wired here rather than imported by the institutions module, which would close a cycle.
 */
export const registryNeighbours: RegistryNeighbours = {
  classSizes: classSizesTable,
  activeDesignations: activeDesignationsTable,
};
