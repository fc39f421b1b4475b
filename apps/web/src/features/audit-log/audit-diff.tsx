import { Table, Tag } from "antd";
import { t } from "../../app/locale/index.ts";
import type { AuditEntry } from "./audit-log.api.ts";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Top-level fields whose value differs between before and after. */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = isPlainObject(before) ? before : {};
  const b = isPlainObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A recorded value as a reader wants it: names for unit and account ids, 是/否, lists joined. */
export function readableValue(value: unknown, names: Record<string, string>): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? t.auditTrail.yes : t.auditTrail.no;
  if (typeof value === "string") return UUID.test(value) ? (names[value] ?? value) : value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map((v) => readableValue(v, names)).join("、") || "—";
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "string" && UUID.test(v) ? (names[v] ?? v) : v,
  );
}

interface DiffRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

/** One row per field of the record before and after, changed fields first. */
export function diffRows(entry: AuditEntry, names: Record<string, string>): DiffRow[] {
  const a = isPlainObject(entry.before) ? entry.before : {};
  const b = isPlainObject(entry.after) ? entry.after : {};
  const changed = new Set(entry.before == null ? [] : changedFields(a, b));
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const shown = (key: string, value: unknown) =>
    readableValue((typeof value === "string" && t.auditTrail.values[key]?.[value]) || value, names);
  return keys
    .map((key) => ({
      field: t.auditTrail.fields[key] ?? key,
      before: shown(key, a[key]),
      after: shown(key, b[key]),
      changed: changed.has(key),
    }))
    .sort((x, y) => Number(y.changed) - Number(x.changed));
}

export function AuditDiff({ entry, names }: { entry: AuditEntry; names: Record<string, string> }) {
  const rows = diffRows(entry, names);
  if (rows.length === 0) return <span data-testid={`audit-diff-${entry.id}`}>{t.audit.empty}</span>;
  const withBefore = entry.before != null;
  return (
    <Table<DiffRow>
      data-testid={`audit-diff-${entry.id}`}
      size="small"
      pagination={false}
      rowKey="field"
      dataSource={rows}
      columns={[
        {
          title: t.auditTrail.field,
          dataIndex: "field",
          width: 180,
          render: (field: string, row) => (
            <>
              {field} {row.changed && <Tag color="gold">{t.auditTrail.changed}</Tag>}
            </>
          ),
        },
        ...(withBefore ? [{ title: t.audit.before, dataIndex: "before" }] : []),
        { title: t.audit.after, dataIndex: "after" },
      ]}
    />
  );
}
