import type {
  DrawAnnouncement as Announcement,
  LedgerFigures as Figures,
  LedgerSchoolFigures,
} from "@edubureau/domain/lottery";
import type { ResultsPhase } from "./enrolment-types.ts";

/** Responses of the lottery's public record (派位公告, ledger figures, redraws); mirrors the server schemas. */

export type { PublicValueSpec } from "@edubureau/domain/lottery";

export type DrawAnnouncement = Announcement & { phase: number };

export interface Redraw {
  reason: string;
  at: string;
  seed: string;
}

export type PublicPhase = ResultsPhase & { redraws: Redraw[] };

export type LedgerFigures = Omit<Figures, "schools"> & {
  schools: (LedgerSchoolFigures & { name: string; plannedPlaces: number; reservedPlaces: number })[];
};

export interface ResultsSummary {
  items: PublicPhase[];
  figures: LedgerFigures;
}
