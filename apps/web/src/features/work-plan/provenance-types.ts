import type { TargetStatus } from "@edubureau/domain/work-plan";

// Response of GET /api/work-plan/plans/:planId/provenance, kept in one file for the generated client.

export interface ProvenanceItem {
  targetId: string;
  code: string;
  name: string;
  taskId: string;
  taskCode: string;
  unit: string;
  targetValue: number;
  comparator: string;
  current: number | null;
  status: TargetStatus;
  statusLabel: string;
  indicator: string;
  dataSource: string;
  dataBasis: string;
  approvedAsOf: string | null;
  units: { reporting: number; approved: number; missing: number } | null;
}

export interface PlanProvenance {
  plan: { id: string; title: string; year: number };
  readAt: string;
  items: ProvenanceItem[];
}
