import { useQuery } from "@tanstack/react-query";
import { INSTITUTION_TYPE_LABELS, INSTITUTION_TYPES } from "@edubureau/domain/registry";
import { Empty, Flex, Spin, Typography } from "antd";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { DistrictMap } from "../district-map/district-map.tsx";
import { outlinesFor } from "../district-map/district-outlines.ts";
import { InstitutionMap } from "./institution-map.tsx";
import type { InstitutionFilters, MapPoint } from "./institutions.api.ts";
import { areasQuery, mapQuery } from "./institutions.api.ts";

/**
 * The 分布图 tab: every matching institution with coordinates, at once (no paging on a map), over the city's
 * district outlines where the city has them, else on plain longitude/latitude axes.
 */
export function InstitutionMapPanel(props: { filters: InstitutionFilters; onOpen: (id: string) => void }) {
  const points = useQuery(mapQuery(props.filters));
  const areas = useQuery(areasQuery());
  if (points.isPending || areas.isPending) return <Spin />;
  if (points.isError) return <ErrorAlert error={points.error} />;
  const { items, total } = points.data;
  const city = outlinesFor(areas.data?.districts.map((d) => d.code) ?? []);
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary" data-testid="institution-map-count">
        {t.institutions.mapCount(items.length, total)}
      </Typography.Text>
      {items.length === 0 ? (
        <Empty description={t.institutions.mapEmpty} />
      ) : city ? (
        <>
          <DistrictMap
            city={city}
            groups={byType(items)}
            height={560}
            onPoint={props.onOpen}
            testId="institution-map"
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t.districtMap.pointsNote}
          </Typography.Text>
        </>
      ) : (
        <InstitutionMap points={items} height={560} onOpen={props.onOpen} />
      )}
    </Flex>
  );
}

/** One legend entry per institution type, so the legend filters by type. */
function byType(items: readonly MapPoint[]) {
  return INSTITUTION_TYPES.flatMap((type) => {
    const points = items.filter((p) => p.type === type);
    return points.length === 0 ? [] : [{ name: INSTITUTION_TYPE_LABELS[type], points }];
  });
}
