export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  event: string | null;
  entity: string;
  entityId: string | null;
  action: string;
  before: unknown;
  after: unknown;
  chainSeq: number;
  digest: string;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  /** Org unit and account names by id, for every id the page mentions. */
  names: Record<string, string>;
}

export interface AuditChainHead {
  seq: number;
  lastId: number | null;
  digest: string;
  updatedAt: string;
}

/** As typed in the filter form and kept in the address: dates are YYYY-MM-DD, local time. */
export interface AuditFilters {
  entity: string;
  action: string;
  actor: string;
  fromDate: string;
  toDate: string;
}
