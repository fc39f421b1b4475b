import { useQuery } from "@tanstack/react-query";
import { Card, Col, Row, Statistic, Table } from "antd";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { statsQuery, type Stats } from "./services-hall.api.ts";

const s = t.servicesHall;
const pct = (v: number | null) => (v === null ? s.stats.none : `${v}%`);
const num = (v: number | null) => (v === null ? s.stats.none : String(v));

/** 政务服务统计: T21-1's catalogue figure, online share, days against limits, 一次办, 好差评, overdue cases. */
export function StatsPage() {
  const stats = useQuery(statsQuery());
  const d = stats.data;
  const tiles: [string, string, string?][] = d
    ? [
        [s.stats.fullyOnlineShare, pct(d.catalogue.fullyOnlineShare), "fully-online"],
        [s.stats.published, String(d.catalogue.published)],
        [s.stats.onlineShare, pct(d.cases.onlineShare)],
        [s.stats.cases, String(d.cases.total)],
        [s.stats.avgDays, num(d.cases.avgDays)],
        [s.stats.maxDays, num(d.cases.maxDays)],
        [s.stats.onceRate, pct(d.cases.onceRate)],
        [s.stats.satisfaction, pct(d.ratings.satisfaction)],
        [s.stats.openOverdue, String(d.cases.openOverdue)],
        [s.stats.escalated, String(d.cases.escalated)],
        [s.stats.followUpsOpen, String(d.ratings.followUpsOpen)],
      ]
    : [];
  return (
    <Card title={s.menu.stats} data-testid="page-services-stats" loading={stats.isLoading}>
      <ErrorAlert error={stats.error} />
      <Row gutter={[16, 16]}>
        {tiles.map(([title, value, id]) => (
          <Col key={title} xs={12} md={6} xl={4}>
            <Card size="small">
              <Statistic
                title={title}
                value={value}
                {...(id ? { "data-testid": `services-stat-${id}` } : {})}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Table<Stats["items"][number]>
        style={{ marginTop: 24 }}
        title={() => s.stats.perItem}
        rowKey="itemId"
        size="small"
        dataSource={d?.items ?? []}
        pagination={{ pageSize: 15 }}
        columns={[
          { title: s.item, dataIndex: "itemName" },
          { title: s.depth, dataIndex: "onlineDepth", render: (v: number) => s.depthShort[v] },
          { title: s.stats.cases, dataIndex: "cases" },
          { title: s.stats.avgDays, dataIndex: "avgDays", render: num },
          { title: s.stats.maxDays, dataIndex: "maxDays", render: num },
          { title: s.stats.limit, render: (_, i) => `${i.promisedDays} / ${i.legalDays}` },
          { title: s.stats.satisfaction, dataIndex: "satisfaction", render: pct },
        ]}
      />
    </Card>
  );
}
