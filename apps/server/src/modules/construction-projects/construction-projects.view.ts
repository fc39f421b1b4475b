import {
  PROJECT_KIND_LABELS,
  PROJECT_STATUS_LABELS,
  SCHOOL_LEVEL_LABELS,
  type ProjectProblem,
} from "@edubureau/domain/registry";
import { problems } from "../../http/problem.ts";
import type { ProjectListRow } from "./construction-projects.queries.ts";

/** A project as the API returns it: the row with its Chinese labels. */
export function view(row: ProjectListRow) {
  return {
    ...row,
    kindLabel: PROJECT_KIND_LABELS[row.kind],
    levelLabel: SCHOOL_LEVEL_LABELS[row.level],
    statusLabel: PROJECT_STATUS_LABELS[row.status],
  };
}

export type ProjectView = ReturnType<typeof view>;

/** What the audit log keeps of a project: its own columns, not the joined names. */
export function snapshot(row: ProjectListRow) {
  const { institution, district, createdAt: _c, updatedAt: _u, ...rest } = row;
  return { ...rest, institutionId: institution?.id ?? null, districtId: district.id };
}

/** Sums for a board column or the whole board; money rounded to the 分 the column stores. */
export function totalsOf(items: ProjectView[]) {
  const investment = items.reduce((sum, item) => sum + (item.investmentWan ?? 0), 0);
  return {
    count: items.length,
    placesAdded: items.reduce((sum, item) => sum + item.placesAdded, 0),
    investmentWan: Math.round(investment * 100) / 100,
  };
}

export function refuseIfAny(found: ProjectProblem[]): void {
  if (found.length > 0) throw problems.invalid(found.map((p) => p.message).join("；"), found);
}
