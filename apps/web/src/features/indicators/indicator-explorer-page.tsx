import { useQuery } from "@tanstack/react-query";
import {
  Alert,
  Breadcrumb,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Spin,
  Statistic,
  Switch,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { IndicatorChildrenTable } from "./indicator-children-table.tsx";
import { ChildrenBarChart, SeriesLineChart } from "./indicator-charts.tsx";
import { IndicatorDistrictMap } from "./indicator-district-map.tsx";
import { IndicatorFilters } from "./indicator-filters.tsx";
import { formatCount, formatValue } from "./indicator-format.ts";
import type { Breakdown, CatalogueItem, IndicatorRequest } from "./indicators.api.ts";
import { breakdownQuery, catalogueQuery, seriesQuery } from "./indicators.api.ts";
import { useExplorerState } from "./use-explorer-state.ts";

/**
 * 指标分析: pick an indicator, its parameters, a period and a unit (the account's scope to start with);
 * see the unit's value, its children as a table and a bar chart, and its trend; click to drill down
 * district → street → institution. Figures are computed live on every request.
 */
export function IndicatorExplorerPage() {
  const catalogue = useQuery(catalogueQuery());
  const state = useExplorerState(catalogue.data);
  if (catalogue.error) return <QueryErrorResult error={catalogue.error} />;
  if (!catalogue.data || !state.item || !state.request) return <Spin />;
  return (
    <Flex vertical gap={16} data-testid="page-indicators">
      <Card>
        <IndicatorFilters
          catalogue={catalogue.data}
          item={state.item}
          request={state.request}
          onChange={state.set}
        />
        <Definition item={state.item} request={state.request} />
      </Card>
      <ExplorerBody item={state.item} request={state.request} onDrill={(unit) => state.set({ unit })} />
    </Flex>
  );
}

/** The definition and source; the formula follows the chosen parameters once the figures arrive. */
function Definition({ item, request }: { item: CatalogueItem; request: IndicatorRequest }) {
  const resolved = useQuery(breakdownQuery(request)).data?.indicator;
  const numerator = resolved?.numeratorText ?? item.numeratorText;
  const denominator = resolved ? resolved.denominatorText : item.denominatorText;
  return (
    <Flex vertical gap={4} style={{ marginTop: 12 }}>
      <Typography.Text type="secondary" data-testid="indicator-description">
        {item.description}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {denominator ? t.indicators.formula(numerator, denominator) : t.indicators.countOf(numerator)}
      </Typography.Text>
    </Flex>
  );
}

function ExplorerBody({
  item,
  request,
  onDrill,
}: {
  item: CatalogueItem;
  request: IndicatorRequest;
  onDrill: (unit: string | null) => void;
}) {
  const breakdown = useQuery(breakdownQuery(request));
  const series = useQuery({ ...seriesQuery(request), enabled: !item.snapshot });
  const [showEmpty, setShowEmpty] = useState(false);
  if (!breakdown.data) {
    return breakdown.error ? <ErrorAlert error={breakdown.error} /> : <Spin />;
  }
  // A share without a denominator (a community under a kindergarten ratio) says nothing: hidden unless asked.
  const hidden = breakdown.data.children.filter((c) => c.value === null).length;
  const data = showEmpty
    ? breakdown.data
    : { ...breakdown.data, children: breakdown.data.children.filter((c) => c.value !== null) };
  return (
    <>
      <ErrorAlert error={breakdown.error} />
      <Card size="small">
        <UnitTrail data={data} onDrill={onDrill} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={6}>
          <Card style={{ height: "100%" }}>
            <UnitFigure data={data} />
          </Card>
        </Col>
        <Col xs={24} lg={11}>
          <Card title={t.indicators.childrenChart(data.orgUnit.name)} size="small">
            <ChildrenBarChart data={data} onDrill={(id) => onDrill(id)} />
          </Card>
        </Col>
        <Col xs={24} lg={7}>
          <Card title={t.indicators.trend} size="small">
            {item.snapshot ? (
              <Empty description={t.indicators.snapshotNote} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : series.data ? (
              <SeriesLineChart data={series.data} />
            ) : (
              <ErrorAlert error={series.error} />
            )}
          </Card>
        </Col>
      </Row>
      <IndicatorDistrictMap data={data} onDrill={(id) => onDrill(id)} />
      <Card
        title={t.indicators.childrenTable}
        size="small"
        extra={
          hidden > 0 && (
            <Flex gap={6} align="center">
              <Switch
                size="small"
                checked={showEmpty}
                onChange={setShowEmpty}
                data-testid="indicator-show-empty"
              />
              <Typography.Text type="secondary">{t.indicators.showEmpty(hidden)}</Typography.Text>
            </Flex>
          )
        }
      >
        <IndicatorChildrenTable data={data} loading={breakdown.isFetching} onDrill={(id) => onDrill(id)} />
      </Card>
    </>
  );
}

function UnitTrail({ data, onDrill }: { data: Breakdown; onDrill: (unit: string | null) => void }) {
  const items = [
    ...data.ancestors.map((a) => ({
      key: a.id,
      title: (
        <Typography.Link onClick={() => onDrill(a.id)} data-testid={`indicator-trail-${a.id}`}>
          {a.name}
        </Typography.Link>
      ),
    })),
    { key: data.orgUnit.id, title: <strong>{data.orgUnit.name}</strong> },
  ];
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Breadcrumb items={items} data-testid="indicator-trail" />
      <Tag color={data.includeUnapproved ? "orange" : "green"}>{data.dataBasis.label}</Tag>
    </Flex>
  );
}

function UnitFigure({ data }: { data: Breakdown }) {
  const { unit } = data.indicator;
  const { orgUnit } = data;
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">
        {orgUnit.name} · {data.period.label}
      </Typography.Text>
      <Statistic
        title={data.indicator.name}
        value={formatValue(orgUnit.value, unit)}
        styles={{ content: { fontSize: 32 } }}
        data-testid="indicator-value"
      />
      {unit === "%" && (
        <Typography.Text type="secondary">
          {t.indicators.fraction(formatCount(orgUnit.numerator), formatCount(orgUnit.denominator))}
        </Typography.Text>
      )}
      {orgUnit.value === null && <Alert type="info" showIcon title={t.indicators.noDataHint} />}
    </Flex>
  );
}
