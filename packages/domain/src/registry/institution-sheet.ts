import { cellText, type SheetCell } from "./institution-cells.ts";
import {
  INSTITUTION_STATUS_LABELS,
  INSTITUTION_TYPE_LABELS,
  OWNERSHIP_LABELS,
  type InstitutionStatus,
  type InstitutionType,
  type Ownership,
} from "./institution-types.ts";

/**
 * The institution sheet (机构名录): the Excel template, the import and the export share these columns,
 * so an exported file can be edited and imported again.
 */
export const INSTITUTION_TEMPLATE_VERSION = "v1";
export const INSTITUTION_SHEET_NAME = "机构名录";
/** A hidden sheet whose A1/B1 hold "模板版本" and the version, so an outdated template is refused. */
export const TEMPLATE_INFO_SHEET_NAME = "模板信息";
export const TEMPLATE_VERSION_LABEL = "模板版本";
/** Data rows start below the header row. */
export const HEADER_ROW = 1;
export const MAX_IMPORT_ROWS = 50_000;

export const INSTITUTION_COLUMNS = [
  { key: "code", header: "学校标识码", required: true, hint: "10 位数字，教育部学校(机构)标识码" },
  { key: "name", header: "学校名称", required: true, hint: "不超过 100 个字" },
  {
    key: "type",
    header: "办学类型",
    required: true,
    hint: Object.values(INSTITUTION_TYPE_LABELS).join("、"),
  },
  { key: "ownership", header: "办学性质", required: true, hint: "公办、民办" },
  { key: "inclusive", header: "普惠性", required: false, hint: "是、否；仅幼儿园填写" },
  { key: "educationGroup", header: "教育集团", required: false, hint: "所属教育集团名称" },
  { key: "groupLead", header: "集团牵头校", required: false, hint: "是、否；须先填写教育集团" },
  { key: "district", header: "区县", required: true, hint: "区县名称或 6 位行政区划代码" },
  { key: "street", header: "街道", required: false, hint: "该区县内的街道/乡镇名称" },
  { key: "address", header: "地址", required: false, hint: "不超过 200 个字" },
  { key: "longitude", header: "经度", required: false, hint: "如 112.98，须与纬度同时填写" },
  { key: "latitude", header: "纬度", required: false, hint: "如 28.19，须与经度同时填写" },
  { key: "status", header: "办学状态", required: false, hint: "在办、停办、筹建；留空为在办" },
  { key: "places", header: "学位数", required: false, hint: "非负整数；留空为 0（未核定）" },
] as const;

export type InstitutionColumnKey = (typeof INSTITUTION_COLUMNS)[number]["key"];
export const INSTITUTION_HEADERS: Record<InstitutionColumnKey, string> = Object.fromEntries(
  INSTITUTION_COLUMNS.map((column) => [column.key, column.header]),
) as Record<InstitutionColumnKey, string>;

/** A problem with one cell (or one row, or the sheet) of an import, as shown to the user. */
export interface RowProblem {
  /** Spreadsheet row number, 1-based as Excel shows it. */
  row: number;
  /** The column's header text, e.g. 学校标识码. */
  column: string;
  message: string;
}

/** Where each known column sits: zero-based cell index by key. */
export type ColumnIndex = Partial<Record<InstitutionColumnKey, number>>;

export function checkTemplateVersion(found: SheetCell | undefined): RowProblem | null {
  const version = cellText(found);
  if (version === INSTITUTION_TEMPLATE_VERSION) return null;
  const message =
    version === ""
      ? `缺少模板版本信息：请使用系统下载的导入模板（${INSTITUTION_TEMPLATE_VERSION}）`
      : `模板版本为「${version}」，系统要求 ${INSTITUTION_TEMPLATE_VERSION}：请重新下载模板后填写`;
  return { row: HEADER_ROW, column: TEMPLATE_VERSION_LABEL, message };
}

/** Maps the header row to columns; unknown, repeated and missing required headers are problems. */
export function readHeaderRow(cells: readonly SheetCell[]): { columns: ColumnIndex; problems: RowProblem[] } {
  const byHeader = new Map<string, InstitutionColumnKey>(INSTITUTION_COLUMNS.map((c) => [c.header, c.key]));
  const columns: ColumnIndex = {};
  const problems: RowProblem[] = [];
  cells.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === "") return;
    const key = byHeader.get(text);
    if (key === undefined) {
      problems.push({
        row: HEADER_ROW,
        column: text,
        message: `无法识别的列「${text}」，请使用模板中的列名`,
      });
    } else if (columns[key] !== undefined) {
      problems.push({ row: HEADER_ROW, column: text, message: `列「${text}」重复出现` });
    } else {
      columns[key] = index;
    }
  });
  for (const column of INSTITUTION_COLUMNS) {
    if (column.required && columns[column.key] === undefined) {
      problems.push({ row: HEADER_ROW, column: column.header, message: `缺少必填列「${column.header}」` });
    }
  }
  return { columns, problems };
}

/** Every repeat of a 学校标识码 after its first row. */
export function findDuplicateCodes(rows: readonly { row: number; code: string }[]): RowProblem[] {
  const firstRow = new Map<string, number>();
  const problems: RowProblem[] = [];
  for (const { row, code } of rows) {
    const first = firstRow.get(code);
    if (first === undefined) firstRow.set(code, row);
    else
      problems.push({
        row,
        column: INSTITUTION_HEADERS.code,
        message: `学校标识码 ${code} 与第 ${first} 行重复`,
      });
  }
  return problems;
}

/** Problems in sheet order: by row, then by column position. */
export function sortProblems(problems: readonly RowProblem[]): RowProblem[] {
  const position = new Map<string, number>(INSTITUTION_COLUMNS.map((c, i) => [c.header, i]));
  return [...problems].sort(
    (a, b) => a.row - b.row || (position.get(a.column) ?? -1) - (position.get(b.column) ?? -1),
  );
}

/** An institution as the export writes it: labels and names, so the file reads like the template. */
export interface InstitutionSheetRecord {
  code: string;
  name: string;
  type: InstitutionType;
  ownership: Ownership;
  inclusive: boolean;
  educationGroup: string | null;
  groupLead: boolean;
  districtName: string;
  streetName: string | null;
  address: string | null;
  longitude: number | null;
  latitude: number | null;
  status: InstitutionStatus;
  places: number;
}

/** One export row, cells in INSTITUTION_COLUMNS order; importing it again changes nothing. */
export function institutionSheetRow(record: InstitutionSheetRecord): SheetCell[] {
  const cells: Record<InstitutionColumnKey, SheetCell> = {
    code: record.code,
    name: record.name,
    type: INSTITUTION_TYPE_LABELS[record.type],
    ownership: OWNERSHIP_LABELS[record.ownership],
    inclusive: record.type === "kindergarten" ? (record.inclusive ? "是" : "否") : null,
    educationGroup: record.educationGroup,
    groupLead: record.groupLead ? "是" : null,
    district: record.districtName,
    street: record.streetName,
    address: record.address,
    longitude: record.longitude,
    latitude: record.latitude,
    status: INSTITUTION_STATUS_LABELS[record.status],
    places: record.places,
  };
  return INSTITUTION_COLUMNS.map((column) => cells[column.key]);
}
