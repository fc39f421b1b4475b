export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  entity: string;
  entityId: string | null;
  action: string;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
}

/** As typed in the filter form and kept in the address: dates are YYYY-MM-DD, local time. */
export interface AuditFilters {
  entity: string;
  action: string;
  actor: string;
  fromDate: string;
  toDate: string;
}
