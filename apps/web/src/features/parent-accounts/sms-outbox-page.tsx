import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Table } from "antd";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { formatDateTime } from "../../app/format.ts";
import { smsOutboxQuery, type SmsOutbox } from "./sign-up.api.ts";

/** 短信发件箱: what the default sender kept instead of sending, newest first, numbers masked. */
export function SmsOutboxPage() {
  const l = t.signUp;
  const outbox = useQuery(smsOutboxQuery);
  return (
    <Card>
      <Alert type="info" showIcon title={l.outboxIntro} style={{ marginBottom: 16 }} />
      <ErrorAlert error={outbox.error} />
      <Table<SmsOutbox["items"][number]>
        rowKey="id"
        size="small"
        loading={outbox.isPending}
        dataSource={outbox.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: l.outboxColumns.at,
            dataIndex: "createdAt",
            width: 170,
            render: (v: string) => formatDateTime(v),
          },
          { title: l.outboxColumns.phone, dataIndex: "phone", width: 130 },
          {
            title: l.outboxColumns.purpose,
            dataIndex: "purpose",
            width: 140,
            render: (v: string) => l.purposes[v] ?? v,
          },
          { title: l.outboxColumns.body, dataIndex: "body" },
        ]}
        data-testid="sms-outbox"
      />
    </Card>
  );
}
