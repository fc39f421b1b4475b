import { useQuery } from "@tanstack/react-query";
import { Card, Col, List, Row, Statistic, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { useSession } from "../../app/session/session-context.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { complaintsQuery, rectificationsQuery, visitsQuery } from "./inspectorate.api.ts";
import { RectificationTag } from "./rectification-tag.tsx";
import { formatPercent } from "../../app/format.ts";

const T = t.inspectorate;
const pct = (v: number | null) => (v === null ? T.noData : formatPercent(v));

/** 督导工作台: a 督学's visits and the orders waiting for them; a district's or school's own orders. */
export function InspectorateTodayPage() {
  const me = useSession();
  const inspector = hasPermission(me, "inspectorate.inspect");
  const today = dayjs().format("YYYY-MM-DD");
  const visits = useQuery({
    ...visitsQuery({
      mine: true,
      from: dayjs().subtract(7, "day").format("YYYY-MM-DD"),
      to: dayjs().add(14, "day").format("YYYY-MM-DD"),
    }),
    enabled: inspector,
  });
  const rectifications = useQuery(rectificationsQuery(inspector ? {} : { mine: true }));
  const complaints = useQuery({ ...complaintsQuery(), enabled: inspector });
  const items = rectifications.data?.items ?? [];
  const due = inspector
    ? items.filter((r) => r.state === "evidence_submitted" || r.overdue)
    : items.filter((r) => r.state !== "closed");
  const openComplaints = (complaints.data?.items ?? []).filter((c) => c.repliedOn === null);

  return (
    <div data-testid="page-inspectorate-today">
      <Typography.Title level={4}>{T.today.title}</Typography.Title>
      <ErrorAlert error={visits.error ?? rectifications.error ?? complaints.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic
              title={T.rectifications.closureRate}
              value={pct(rectifications.data?.closureRate ?? null)}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic
              title={T.today.overdue}
              value={rectifications.data?.overdue ?? 0}
              valueStyle={{ color: "#cf1322" }}
            />
          </Card>
        </Col>
        {inspector && (
          <Col xs={24} md={8}>
            <Card size="small">
              <Statistic title={T.today.complaints} value={openComplaints.length} />
            </Card>
          </Col>
        )}
        {inspector && (
          <Col xs={24} lg={12}>
            <Card title={T.today.visits} size="small" data-testid="insp-today-visits">
              <List
                loading={visits.isLoading}
                locale={{ emptyText: T.today.noVisits }}
                dataSource={visits.data?.items ?? []}
                renderItem={(v) => (
                  <List.Item
                    actions={[
                      <Link
                        key="go"
                        to={`/inspectorate/visits/${v.id}`}
                        data-testid={`insp-visit-link-${v.school.name}`}
                      >
                        {v.status === "scheduled" ? T.today.record : T.today.view}
                      </Link>,
                    ]}
                  >
                    <List.Item.Meta
                      title={
                        <>
                          {v.school.name}{" "}
                          {v.visitDate === today && <Tag color="orange">{T.today.visitToday}</Tag>}
                          {v.plan.unannounced && <Tag>{T.today.sealed}</Tag>}
                        </>
                      }
                      description={`${v.visitDate} · ${v.plan.title} · ${T.plans.visitStatus[v.status] ?? ""}`}
                    />
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        )}
        <Col xs={24} lg={inspector ? 12 : 24}>
          <Card
            title={inspector ? T.today.dueRectifications : T.today.myRectifications}
            size="small"
            data-testid="insp-today-rectifications"
          >
            <List
              loading={rectifications.isLoading}
              locale={{ emptyText: T.none }}
              dataSource={due.slice(0, 20)}
              renderItem={(r) => (
                <List.Item
                  actions={[
                    <Link key="go" to={`/inspectorate/rectifications/${r.id}`}>
                      {T.today.view}
                    </Link>,
                  ]}
                >
                  <List.Item.Meta
                    title={r.title}
                    description={
                      <>
                        {r.unit.name} · {T.rectifications.deadline} {r.deadline} <RectificationTag r={r} />
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
