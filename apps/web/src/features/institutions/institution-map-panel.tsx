import { useQuery } from "@tanstack/react-query";
import { Empty, Flex, Spin, Typography } from "antd";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { InstitutionMap } from "./institution-map.tsx";
import type { InstitutionFilters } from "./institutions.api.ts";
import { mapQuery } from "./institutions.api.ts";

/** The 分布图 tab: every matching institution with coordinates, at once (no paging on a map). */
export function InstitutionMapPanel(props: { filters: InstitutionFilters; onOpen: (id: string) => void }) {
  const points = useQuery(mapQuery(props.filters));
  if (points.isPending) return <Spin />;
  if (points.isError) return <ErrorAlert error={points.error} />;
  const { items, total } = points.data;
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary" data-testid="institution-map-count">
        {t.institutions.mapCount(items.length, total)}
      </Typography.Text>
      {items.length === 0 ? (
        <Empty description={t.institutions.mapEmpty} />
      ) : (
        <InstitutionMap points={items} height={560} onOpen={props.onOpen} />
      )}
    </Flex>
  );
}
