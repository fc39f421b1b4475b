import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Space, Typography, message } from "antd";
import dayjs from "dayjs";
import { t } from "../../app/locale/index.ts";
import { formatDateTime } from "../../app/format.ts";
import { auditChainHeadQuery } from "./audit-log.api.ts";
import type { AuditChainHead } from "./audit-log.api.ts";

/** Saves the head as a small JSON file to keep outside the system (the verify command reads it back). */
function download(head: AuditChainHead) {
  const text = JSON.stringify({ ...head, exportedAt: new Date().toISOString() }, null, 2);
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `audit-chain-head-${dayjs().format("YYYYMMDD-HHmmss")}.json`;
  link.click();
  URL.revokeObjectURL(url);
}

export function AuditChainHeadBar() {
  const head = useQuery(auditChainHeadQuery());
  if (!head.data) return null;
  const data = head.data;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="audit-chain-head"
      title={
        <Space wrap>
          <Typography.Text strong>{t.auditTrail.head.title}</Typography.Text>
          <span>{t.auditTrail.head.summary(data.seq, formatDateTime(data.updatedAt))}</span>
          <span>
            {t.auditTrail.head.digest}：
            <Typography.Text code copyable={{ text: data.digest }}>
              {data.digest.slice(0, 16)}…
            </Typography.Text>
          </span>
          <Button
            size="small"
            data-testid="audit-chain-export"
            onClick={() => {
              download(data);
              void message.success(t.auditTrail.head.exported);
            }}
          >
            {t.auditTrail.head.export}
          </Button>
        </Space>
      }
      description={t.auditTrail.head.help}
    />
  );
}
