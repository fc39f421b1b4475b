import { useQuery } from "@tanstack/react-query";
import { Card, Drawer, Empty, List, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { CaseDetailCard } from "./case-detail.tsx";
import { casesQuery } from "./services-hall.api.ts";
import { TimeLimitTag } from "./time-limit-tag.tsx";

const s = t.servicesHall;

/** 我的办件: the applicant's cases, where each is and who holds it; detail, result and 好差评 in a drawer. */
export function MyCasesPage() {
  const cases = useQuery(casesQuery({ mine: "true", page: 1, pageSize: 50 }));
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Card
      title={s.myCases}
      extra={<Link to="/public/services">{s.publicMenu}</Link>}
      data-testid="page-services-mine"
    >
      <ErrorAlert error={cases.error} />
      <List
        loading={cases.isLoading}
        dataSource={cases.data?.items ?? []}
        locale={{ emptyText: <Empty description={s.noCases} /> }}
        renderItem={(c) => (
          <List.Item
            key={c.id}
            onClick={() => setOpen(c.id)}
            style={{ cursor: "pointer" }}
            data-testid="services-my-case"
          >
            <List.Item.Meta
              title={<Typography.Link>{c.itemName}</Typography.Link>}
              description={
                <Space wrap size={4}>
                  <Tag>{c.statusLabel}</Tag>
                  <span>{c.holder}</span>
                  <TimeLimitTag c={c} />
                  <Typography.Text type="secondary">{c.caseNo}</Typography.Text>
                </Space>
              }
            />
          </List.Item>
        )}
      />
      <Drawer
        open={open !== null}
        onClose={() => setOpen(null)}
        width={Math.min(720, window.innerWidth)}
        title={s.detail}
        destroyOnHidden
      >
        {open && <CaseDetailCard id={open} />}
      </Drawer>
    </Card>
  );
}
