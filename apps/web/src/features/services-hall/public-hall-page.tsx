import { useQuery } from "@tanstack/react-query";
import { Button, Card, Descriptions, Empty, Input, List, Radio, Space, Steps, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { checklistQuery, itemQuery, publicItemsQuery, type ServiceItem } from "./services-hall.api.ts";

const s = t.servicesHall;

/** 网上办事大厅: search the catalogue, read an item's guide, answer 智能导办, go on to apply. No login. */
export function PublicHallPage() {
  const [params, setParams] = useSearchParams();
  const itemId = params.get("item") ?? "";
  const search = params.get("q") ?? "";
  if (itemId) return <ItemGuide id={itemId} onBack={() => setParams(search ? { q: search } : {})} />;
  return (
    <ItemSearch
      search={search}
      onSearch={(q) => setParams(q ? { q } : {})}
      onOpen={(id) => setParams({ q: search, item: id })}
    />
  );
}

function ItemSearch(props: { search: string; onSearch: (q: string) => void; onOpen: (id: string) => void }) {
  const items = useQuery(publicItemsQuery(props.search));
  return (
    <Card title={s.publicMenu} data-testid="page-services-hall">
      <Input.Search
        defaultValue={props.search}
        placeholder={s.searchPlaceholder}
        enterButton={s.search}
        allowClear
        onSearch={(v) => props.onSearch(v.trim())}
        data-testid="services-search"
      />
      <ErrorAlert error={items.error} />
      <List
        style={{ marginTop: 16 }}
        loading={items.isLoading}
        dataSource={items.data?.items ?? []}
        locale={{ emptyText: <Empty description={s.noItems} /> }}
        renderItem={(item) => (
          <List.Item
            key={item.id}
            onClick={() => props.onOpen(item.id)}
            style={{ cursor: "pointer" }}
            data-testid={`services-item-${item.code}`}
          >
            <List.Item.Meta
              title={<Typography.Link>{item.name}</Typography.Link>}
              description={
                <Space wrap size={4}>
                  <Tag>{item.itemType}</Tag>
                  <Tag color={item.onlineDepth === 4 ? "green" : "default"}>
                    {s.depthShort[item.onlineDepth]}
                  </Tag>
                  <span>
                    {s.promisedDays} {s.workingDays(item.promisedDays)}
                  </span>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

function ItemGuide({ id, onBack }: { id: string; onBack: () => void }) {
  const item = useQuery(itemQuery(id));
  if (item.error) return <ErrorAlert error={item.error} />;
  if (!item.data) return <Card loading />;
  const data = item.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="services-guide">
      <Card
        title={<span style={{ whiteSpace: "normal" }}>{data.name}</span>}
        extra={<Button onClick={onBack}>{s.back}</Button>}
      >
        <Descriptions column={1} size="small" bordered layout="vertical">
          <Descriptions.Item label={s.itemType}>{data.itemType}</Descriptions.Item>
          <Descriptions.Item label={s.legalBasis}>{data.legalBasis}</Descriptions.Item>
          <Descriptions.Item label={s.conditions}>{data.conditions}</Descriptions.Item>
          <Descriptions.Item label={s.legalDays}>{s.workingDays(data.legalDays)}</Descriptions.Item>
          <Descriptions.Item label={s.promisedDays}>{s.workingDays(data.promisedDays)}</Descriptions.Item>
          <Descriptions.Item label={s.fee}>{data.fee}</Descriptions.Item>
          <Descriptions.Item label={s.location}>{data.location}</Descriptions.Item>
          <Descriptions.Item label={s.phone}>{data.phone}</Descriptions.Item>
          <Descriptions.Item label={s.depth}>{s.depths[data.onlineDepth]}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={s.steps} size="small">
        <Typography.Paragraph>{data.process}</Typography.Paragraph>
        <Steps
          direction="vertical"
          size="small"
          items={["网上申请", "受理", ...data.steps, "办结送达"].map((title) => ({ title }))}
        />
      </Card>
      <Wizard item={data} />
      {data.onlineDepth >= 3 && (
        <Link to={`/services/apply/${data.id}`}>
          <Button type="primary" block size="large" data-testid="services-apply">
            {s.apply}
          </Button>
        </Link>
      )}
    </Space>
  );
}

/** 智能导办: one question per item — which situation applies — and exactly the materials that follow. */
function Wizard({ item }: { item: ServiceItem }) {
  const [situation, setSituation] = useState(item.situations[0]?.code ?? "");
  const list = useQuery(checklistQuery(item.id, situation));
  return (
    <Card
      title={item.situations.length > 0 ? s.wizard : s.materials}
      size="small"
      data-testid="services-wizard"
    >
      {item.situations.length > 0 && (
        <>
          <Typography.Paragraph type="secondary">{s.wizardHint}</Typography.Paragraph>
          <Radio.Group
            value={situation}
            onChange={(e) => setSituation(String(e.target.value))}
            options={item.situations.map((x) => ({ value: x.code, label: x.name }))}
            style={{ display: "flex", flexDirection: "column", gap: 8 }}
          />
          <Typography.Paragraph strong style={{ marginTop: 12 }}>
            {s.wizardResult}
          </Typography.Paragraph>
        </>
      )}
      <List
        size="small"
        dataSource={list.data?.materials ?? []}
        renderItem={(m, i) => (
          <List.Item data-testid="services-checklist-item">
            {i + 1}. {m.name} <Tag>{m.required ? s.required : s.optional}</Tag>
          </List.Item>
        )}
      />
    </Card>
  );
}
