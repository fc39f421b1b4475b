import { useQuery } from "@tanstack/react-query";
import { Card, Checkbox, Flex, Select, Statistic, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { rectificationsQuery, type Rectification } from "./inspectorate.api.ts";
import { RectificationTag } from "./rectification-tag.tsx";
import { formatPercent } from "../../app/format.ts";

const R = t.inspectorate.rectifications;
const STATES: Rectification["state"][] = [
  "ordered",
  "plan_submitted",
  "evidence_submitted",
  "returned",
  "accepted",
  "closed",
];
const STATE_LABELS: Record<Rectification["state"], string> = {
  ordered: "已下达",
  plan_submitted: "整改方案已报",
  evidence_submitted: "整改材料待验收",
  returned: "已退回",
  accepted: "验收通过",
  closed: "已销号",
};

/** 整改跟踪: every order in the reader's scope, with the closure rate and the overdue count. */
export function RectificationsPage() {
  const [state, setState] = useState<Rectification["state"] | undefined>();
  const [mine, setMine] = useState(false);
  const list = useQuery(rectificationsQuery({ ...(state ? { state } : {}), ...(mine ? { mine } : {}) }));
  const rate = list.data?.closureRate ?? null;
  return (
    <Card data-testid="page-inspectorate-rectifications">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {R.title}
        </Typography.Title>
        <Flex gap={16} align="center" wrap>
          <Statistic
            title={R.closureRate}
            value={rate === null ? t.inspectorate.noData : formatPercent(rate)}
          />
          <Statistic title={R.overdueCount} value={list.data?.overdue ?? 0} />
          <Select
            allowClear
            placeholder={R.allStates}
            value={state}
            onChange={setState}
            style={{ width: 160 }}
            options={STATES.map((s) => ({ value: s, label: STATE_LABELS[s] }))}
          />
          <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)}>
            {R.mine}
          </Checkbox>
        </Flex>
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<Rectification>
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        data-testid="insp-rectification-table"
        columns={[
          {
            title: R.titleCol,
            render: (_, r) => (
              <Link to={`/inspectorate/rectifications/${r.id}`} data-testid="insp-rectification-link">
                {r.title}
              </Link>
            ),
          },
          { title: "", width: 90, render: (_, r) => <Tag>{R.source[r.sourceKind]}</Tag> },
          { title: R.unit, render: (_, r) => r.unit.name },
          { title: R.deadline, dataIndex: "deadline", width: 110 },
          { title: R.state, render: (_, r) => <RectificationTag r={r} /> },
        ]}
      />
    </Card>
  );
}
