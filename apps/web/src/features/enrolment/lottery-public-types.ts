import type { ApiBody, ApiData } from "../../app/api-contract.ts";

/** The lottery's public record (派位公告, ledger figures, redraws), from the generated contract. */

export type DrawAnnouncement =
  ApiData<"/api/public/enrolment/rounds/{roundId}/announcements">["items"][number];
export type PublicValueSpec = ApiBody<
  "/api/enrolment/rounds/{roundId}/draws",
  "post"
>["publicValues"][number];
export type ResultsSummary = ApiData<"/api/public/enrolment/rounds/{roundId}/results">;
export type PublicPhase = ResultsSummary["items"][number];
export type Redraw = PublicPhase["redraws"][number];
export type LedgerFigures = ResultsSummary["figures"];
