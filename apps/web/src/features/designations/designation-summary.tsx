import { useQuery } from "@tanstack/react-query";
import { Card, Col, Row, Statistic, Typography } from "antd";
import { t } from "../../app/locale/index.ts";
import { designationSummaryQuery, designationTypesQuery } from "./designations.api.ts";

/** Active designations per type for the filtered year (all years when none is picked), in the account's scope. */
export function DesignationSummary({ year, districtId }: { year: string; districtId: string }) {
  const types = useQuery(designationTypesQuery());
  const summary = useQuery(designationSummaryQuery({ year, districtId }));
  const counts = new Map<string, number>();
  for (const row of summary.data ?? [])
    counts.set(row.typeCode, (counts.get(row.typeCode) ?? 0) + row.active);
  return (
    <div style={{ marginBottom: 16 }} data-testid="designation-summary">
      <Typography.Text type="secondary">
        {t.designations.summaryTitle(year ? Number(year) : null)}
      </Typography.Text>
      <Row gutter={[8, 8]} style={{ marginTop: 8 }}>
        {(types.data ?? []).map((type) => (
          <Col key={type.code} xs={12} md={8} xl={4} xxl={4}>
            <Card size="small" loading={summary.isPending} data-testid={`designation-count-${type.code}`}>
              <Statistic
                title={<span style={{ fontSize: 12 }}>{type.name}</span>}
                value={counts.get(type.code) ?? 0}
                styles={{ content: { fontSize: 20 } }}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
