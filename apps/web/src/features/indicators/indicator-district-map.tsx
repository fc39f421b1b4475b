import { Card, Flex, Typography } from "antd";
import { t } from "../../app/locale/index.ts";
import { DistrictMap } from "../district-map/district-map.tsx";
import { outlinesFor } from "../district-map/district-outlines.ts";
import { formatValue } from "./indicator-format.ts";
import type { Breakdown } from "./indicators.api.ts";

/** The indicator by district as a choropleth, shown when the unit's children are districts of a mapped city. */
export function IndicatorDistrictMap({
  data,
  onDrill,
}: {
  data: Breakdown;
  onDrill: (unitId: string) => void;
}) {
  const city = outlinesFor(data.children.map((c) => c.code));
  if (!city) return null;
  const byCode = new Map(data.children.map((c) => [c.code, c]));
  const figures = data.children.map((c) => ({
    code: c.code,
    value: c.value,
    text: formatValue(c.value, data.indicator.unit),
  }));
  return (
    <Card title={t.districtMap.title} size="small" data-testid="indicator-district-map-card">
      <Flex vertical gap={4}>
        <DistrictMap
          city={city}
          figureName={data.indicator.name}
          figures={figures}
          lowerIsBetter={data.indicator.betterWhen === "lower"}
          height={420}
          onDistrict={(code) => {
            const child = byCode.get(code);
            if (child) onDrill(child.id);
          }}
          testId="indicator-district-map"
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t.districtMap.schematicNote}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
