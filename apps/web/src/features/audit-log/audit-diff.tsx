import { Col, Row, Tag, Typography } from "antd";
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

function JsonBlock({ value, testId }: { value: unknown; testId: string }) {
  const text = value === null || value === undefined ? t.audit.empty : JSON.stringify(value, null, 2);
  return (
    <pre className="json-block" data-testid={testId}>
      {text}
    </pre>
  );
}

export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const changed = changedFields(entry.before, entry.after);
  return (
    <div data-testid={`audit-diff-${entry.id}`}>
      {changed.length > 0 && (
        <div style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t.audit.changedFields}</Typography.Text>
          {changed.map((field) => (
            <Tag key={field} color="gold">
              {field}
            </Tag>
          ))}
        </div>
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Typography.Text strong>{t.audit.before}</Typography.Text>
          <JsonBlock value={entry.before} testId="audit-before" />
        </Col>
        <Col span={12}>
          <Typography.Text strong>{t.audit.after}</Typography.Text>
          <JsonBlock value={entry.after} testId="audit-after" />
        </Col>
      </Row>
    </div>
  );
}
