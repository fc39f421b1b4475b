import { t } from "../../app/locale/index.ts";
import type { Placement } from "./enrolment.api.ts";

/** One line for where an applicant stands: 录取, 候补第 n 位, 未录取 … */
export function placementText(placement: Placement, schoolName: (code: string) => string): string {
  const p = t.enrolment.placement;
  switch (placement.kind) {
    case "admitted":
      return p.admitted(placement.schoolName ?? schoolName(placement.school), placement.phase);
    case "declined":
      return p.declined(placement.schoolName ?? schoolName(placement.school));
    case "waiting":
      return p.waiting(placement.schoolName ?? schoolName(placement.school), placement.position);
    case "unplaced":
      return p.unplaced(placement.phase);
    case "none":
      return p.none;
  }
}

export function placementColor(placement: Placement): string {
  switch (placement.kind) {
    case "admitted":
      return "green";
    case "waiting":
      return "orange";
    case "declined":
    case "unplaced":
      return "default";
    case "none":
      return "blue";
  }
}
