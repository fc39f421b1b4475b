import type { OrgUnitKind } from "@edubureau/domain";
import type { ApprovalAction, ApprovalStatus, DataValueType, PeriodType } from "@edubureau/domain/indicators";

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  kindLabel: string;
}

export interface ApprovalState {
  status: ApprovalStatus;
  statusLabel: string;
  locked: boolean;
  submittedAt: string | null;
  districtApprovedAt: string | null;
  cityConfirmedAt: string | null;
  returnedReason: string | null;
}

/** Buttons the server says this account may use on this form. */
export type AllowedActions = Record<"edit" | ApprovalAction, boolean>;

export interface FormElement {
  code: string;
  name: string;
  unit: string;
  valueType: DataValueType;
  minValue: number | null;
  maxValue: number | null;
  description: string | null;
  value: number | null;
  updatedAt: string | null;
}

/** GET /api/data/forms: one unit's values for one period with its approval state. */
export interface DataForm {
  orgUnit: UnitRef;
  period: { key: string; label: string; type: PeriodType };
  approval: ApprovalState;
  actions: AllowedActions;
  elements: FormElement[];
}

export interface QueueItem {
  orgUnit: UnitRef;
  valueCount: number;
  approval: ApprovalState;
  actions: AllowedActions;
}

export interface ApprovalQueue {
  period: { key: string; label: string; type: PeriodType };
  items: QueueItem[];
}

export interface DataElement {
  code: string;
  name: string;
  unit: string;
  valueType: DataValueType;
  valueTypeLabel: string;
  periodType: PeriodType;
  periodTypeLabel: string;
  minValue: number | null;
  maxValue: number | null;
  description: string | null;
}

export interface CreateElementInput {
  code: string;
  name: string;
  unit: string;
  valueType: DataValueType;
  periodType: PeriodType;
  minValue: number | null;
  maxValue: number | null;
  description: string | null;
}
