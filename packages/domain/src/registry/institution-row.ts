import type { AreaIndex } from "./institution-areas.ts";
import {
  cellText,
  isBlank,
  readCount,
  readLabel,
  readNumber,
  readText,
  readYesNo,
  type CellRead,
  type SheetCell,
} from "./institution-cells.ts";
import { checkInstitutionFacts, type InstitutionFactField } from "./institution-facts.ts";
import {
  INSTITUTION_HEADERS,
  type ColumnIndex,
  type InstitutionColumnKey,
  type RowProblem,
} from "./institution-sheet.ts";
import {
  INSTITUTION_STATUS_LABELS,
  INSTITUTION_TYPE_LABELS,
  isSchoolCode,
  OWNERSHIP_LABELS,
  type InstitutionStatus,
  type InstitutionType,
  type Ownership,
} from "./institution-types.ts";

// The import's rules live in a few files; this one is their entry point (index.ts exports it).
export * from "./institution-areas.ts";
export * from "./institution-cells.ts";
export * from "./institution-facts.ts";
export * from "./institution-sheet.ts";

/** An institution as one valid row describes it, with district and street resolved to ids. */
export interface InstitutionRowValue {
  code: string;
  name: string;
  type: InstitutionType;
  ownership: Ownership;
  inclusive: boolean;
  educationGroup: string | null;
  groupLead: boolean;
  districtId: string;
  streetId: string | null;
  address: string | null;
  longitude: number | null;
  latitude: number | null;
  status: InstitutionStatus;
  places: number;
}

export function isBlankRow(cells: readonly SheetCell[]): boolean {
  return cells.every((cell) => isBlank(cell));
}

function readCode(cell: SheetCell | undefined): CellRead<string> {
  const text = cellText(cell);
  if (text === "") return { ok: false, message: "请填写学校标识码" };
  if (isSchoolCode(text)) return { ok: true, value: text };
  if (/^\d+$/.test(text)) return { ok: false, message: `学校标识码须为 10 位数字，当前为 ${text.length} 位` };
  return { ok: false, message: `学校标识码须为 10 位数字，当前为「${text}」` };
}

function readName(cell: SheetCell | undefined): CellRead<string> {
  const read = readText(cell, "学校名称", 100);
  if (!read.ok) return read;
  return read.value === null ? { ok: false, message: "请填写学校名称" } : { ok: true, value: read.value };
}

function required<T>(read: CellRead<T | null>, message: string): CellRead<T> {
  if (!read.ok) return read;
  return read.value === null ? { ok: false, message } : { ok: true, value: read.value };
}

const FACT_COLUMNS: Record<InstitutionFactField, InstitutionColumnKey> = {
  inclusive: "inclusive",
  groupLead: "groupLead",
  longitude: "longitude",
  latitude: "latitude",
  places: "places",
};

/** Checks one data row; `value` is set only when the row has no problem. */
export function checkInstitutionRow(input: {
  row: number;
  cells: readonly SheetCell[];
  columns: ColumnIndex;
  areas: AreaIndex;
}): { value: InstitutionRowValue | null; problems: RowProblem[] } {
  const { row, cells, columns, areas } = input;
  const problems: RowProblem[] = [];
  const cell = (key: InstitutionColumnKey) => {
    const index = columns[key];
    return index === undefined ? null : (cells[index] ?? null);
  };
  function take<T>(key: InstitutionColumnKey, read: CellRead<T>): T | undefined {
    if (read.ok) return read.value;
    problems.push({ row, column: INSTITUTION_HEADERS[key], message: read.message });
    return undefined;
  }

  const code = take("code", readCode(cell("code")));
  const name = take("name", readName(cell("name")));
  const typeRead = readLabel(cell("type"), { label: "办学类型", labels: INSTITUTION_TYPE_LABELS });
  const type = take("type", required(typeRead, "请填写办学类型"));
  const ownershipRead = readLabel(cell("ownership"), { label: "办学性质", labels: OWNERSHIP_LABELS });
  const ownership = take("ownership", required(ownershipRead, "请填写办学性质（公办或民办）"));
  const inclusive = take("inclusive", readYesNo(cell("inclusive"), "普惠性"));
  const educationGroup = take("educationGroup", readText(cell("educationGroup"), "教育集团", 100));
  const groupLead = take("groupLead", readYesNo(cell("groupLead"), "集团牵头校"));
  const district = take("district", areas.district(cell("district")));
  const street = district === undefined ? null : take("street", areas.street(district, cell("street")));
  const address = take("address", readText(cell("address"), "地址", 200));
  const longitude = take("longitude", readNumber(cell("longitude"), "经度"));
  const latitude = take("latitude", readNumber(cell("latitude"), "纬度"));
  const statusRead = readLabel(cell("status"), {
    label: "办学状态",
    labels: INSTITUTION_STATUS_LABELS,
    fallback: "operating",
  });
  const status = take("status", required(statusRead, "请填写办学状态"));
  const places = take("places", readCount(cell("places"), "学位数"));

  const flagged = new Set(problems.map((p) => p.column));
  const facts = checkInstitutionFacts({
    // An unreadable type has already been reported; the kindergarten-only rule then has nothing to say.
    type: type ?? "kindergarten",
    inclusive: inclusive ?? false,
    educationGroup: educationGroup ?? null,
    groupLead: groupLead ?? false,
    longitude: longitude ?? null,
    latitude: latitude ?? null,
    places: places ?? 0,
  });
  for (const fact of facts) {
    const column = INSTITUTION_HEADERS[FACT_COLUMNS[fact.field]];
    if (!flagged.has(column)) problems.push({ row, column, message: fact.message });
  }

  if (
    problems.length > 0 ||
    code === undefined ||
    name === undefined ||
    type === undefined ||
    ownership === undefined ||
    district === undefined ||
    status === undefined
  ) {
    return { value: null, problems };
  }
  return {
    value: {
      code,
      name,
      type,
      ownership,
      inclusive: inclusive ?? false,
      educationGroup: educationGroup ?? null,
      groupLead: groupLead ?? false,
      districtId: district.id,
      streetId: street?.id ?? null,
      address: address ?? null,
      longitude: longitude ?? null,
      latitude: latitude ?? null,
      status,
      places: places ?? 0,
    },
    problems,
  };
}
