import type { ApiData } from "../../app/api-contract.ts";

/** GET /api/work-plan/plans/:planId/provenance, from the generated contract. */
export type PlanProvenance = ApiData<"/api/work-plan/plans/{planId}/provenance">;
export type ProvenanceItem = PlanProvenance["items"][number];
