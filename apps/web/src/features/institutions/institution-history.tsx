import {
  INSTITUTION_STATUS_LABELS,
  INSTITUTION_TYPE_LABELS,
  OWNERSHIP_LABELS,
} from "@edubureau/domain/registry";
import { useQuery } from "@tanstack/react-query";
import { Empty, Spin, Tag, Timeline, Typography } from "antd";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { formatDateTime } from "../../app/format.ts";
import { t } from "../../app/locale/index.ts";
import type { HistoryEntry } from "./institutions.api.ts";
import { historyQuery } from "./institutions.api.ts";

const FIELDS: Record<string, string> = {
  code: t.institutions.code,
  name: t.institutions.name,
  type: t.institutions.type,
  ownership: t.institutions.ownership,
  inclusive: t.institutions.inclusive,
  educationGroup: t.institutions.educationGroup,
  groupLead: t.institutions.groupLead,
  district: t.institutions.district,
  street: t.institutions.street,
  address: t.institutions.address,
  longitude: t.institutions.longitude,
  latitude: t.institutions.latitude,
  status: t.institutions.status,
  places: t.institutions.places,
};

const LABELS: Record<string, Record<string, string>> = {
  type: INSTITUTION_TYPE_LABELS,
  ownership: OWNERSHIP_LABELS,
  status: INSTITUTION_STATUS_LABELS,
};

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return t.institutions.none;
  if (typeof value === "boolean") return value ? t.institutions.yes : t.institutions.no;
  if (typeof value === "string") return LABELS[field]?.[value] ?? value;
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** Field-by-field changes in Chinese; ids and import bookkeeping are left out. */
export function describeChanges(entry: HistoryEntry): string[] {
  const before = record(entry.before);
  const after = record(entry.after);
  return Object.keys(FIELDS)
    .filter((field) => field in after && JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) =>
      field in before
        ? t.institutions.changed(
            FIELDS[field] ?? field,
            show(field, before[field]),
            show(field, after[field]),
          )
        : `${FIELDS[field] ?? field}：${show(field, after[field])}`,
    );
}

function actionLabel(entry: HistoryEntry): string {
  if (entry.entity === "org_unit") return t.institutions.historyUnitChange;
  return t.institutions.historyActions[entry.action] ?? entry.action;
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const importRow = record(entry.after).importRow;
  const changes = describeChanges(entry);
  const isCreate = entry.action.endsWith("create");
  return (
    <div data-testid={`institution-history-${entry.id}`}>
      <Typography.Text strong>{actionLabel(entry)}</Typography.Text>{" "}
      {typeof importRow === "number" && <Tag>{t.institutions.importRow(importRow)}</Tag>}
      <Typography.Text type="secondary">
        {formatDateTime(entry.at)} · {entry.actorName ?? t.institutions.none}
      </Typography.Text>
      {isCreate ? (
        <Typography.Paragraph
          type="secondary"
          style={{ margin: "4px 0 0" }}
          ellipsis={{ rows: 2, expandable: true }}
        >
          {changes.join("；")}
        </Typography.Paragraph>
      ) : (
        <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
          {changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Who changed what and when, newest first, from the audit log. */
export function InstitutionHistory({ id }: { id: string }) {
  const history = useQuery(historyQuery(id));
  if (history.isPending) return <Spin />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (history.data.length === 0) return <Empty description={t.institutions.historyEmpty} />;
  return (
    <Timeline
      items={history.data.map((entry) => ({ key: entry.id, content: <Entry entry={entry} /> }))}
      data-testid="institution-history"
    />
  );
}
