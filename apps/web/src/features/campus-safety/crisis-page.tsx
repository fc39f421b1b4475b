import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Descriptions, Drawer, Table, Tag, Timeline } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { crisisCaseQuery, crisisQuery } from "./campus-safety.api.ts";

/** 心理危机个案: full rows for named crisis officers (each view audited), masked rows for everyone else. */
export function CrisisPage() {
  const c = t.campusSafety.crisis;
  const list = useQuery(crisisQuery());
  const [openId, setOpenId] = useState<string | null>(null);
  if (list.error) return <QueryErrorResult error={list.error} />;
  return (
    <Card title={c.title} data-testid="page-campus-safety-crisis">
      <Alert
        style={{ marginBottom: 16 }}
        type={list.data?.fullAccess ? "warning" : "info"}
        showIcon
        title={list.data?.fullAccess ? c.audited : c.masked}
      />
      <Table
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        onRow={(row) => ({ onClick: () => !row.masked && setOpenId(row.id) })}
        columns={[
          { title: c.school, render: (_, r) => r.school.name },
          { title: c.subject, dataIndex: "subjectName" },
          { title: c.kind, render: (_, r) => c.kinds[r.subjectKind] },
          {
            title: c.risk,
            render: (_, r) => (
              <Tag color={r.risk === "high" ? "red" : r.risk === "medium" ? "orange" : "blue"}>
                {r.riskLabel}
              </Tag>
            ),
          },
          {
            title: c.nextFollowUp,
            render: (_, r) => (
              <span style={{ color: r.followUpOverdue ? "#cf1322" : undefined }}>{r.nextFollowUp}</span>
            ),
          },
          { title: c.status, render: (_, r) => c.statuses[r.status] },
        ]}
      />
      {openId && <CrisisDrawer id={openId} onClose={() => setOpenId(null)} />}
    </Card>
  );
}

function CrisisDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const c = t.campusSafety.crisis;
  const detail = useQuery(crisisCaseQuery(id));
  const d = detail.data;
  return (
    <Drawer open width="min(560px, 100vw)" onClose={onClose} title={d?.subjectName ?? c.title}>
      <ErrorAlert error={detail.error} />
      {d && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={c.school}>{d.school.name}</Descriptions.Item>
            <Descriptions.Item label={c.risk}>{d.riskLabel}</Descriptions.Item>
            <Descriptions.Item label={c.summary}>{d.summary}</Descriptions.Item>
            <Descriptions.Item label={c.intervention}>{d.intervention || "—"}</Descriptions.Item>
            <Descriptions.Item label={c.nextFollowUp}>{d.nextFollowUp}</Descriptions.Item>
          </Descriptions>
          <Timeline
            style={{ marginTop: 16 }}
            items={d.followUps.map((f) => ({ content: `${f.onDate} ${f.note}` }))}
          />
        </>
      )}
    </Drawer>
  );
}
