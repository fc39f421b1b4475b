import { Card, Col, Empty, Input, Row } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useDebouncedValue } from "../../components/use-debounced-value.ts";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { OrgUnitDetail } from "./org-unit-detail.tsx";
import { OrgUnitSearchResults } from "./org-unit-search.tsx";
import { OrgUnitTree } from "./org-unit-tree.tsx";
import type { OrgUnit } from "./org-units.api.ts";
import { useOrgUnitTree } from "./use-org-unit-tree.ts";

export function OrgUnitsPage() {
  const me = useSession();
  const tree = useOrgUnitTree();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get("unit");
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const [search, setSearch] = useState("");
  const [scrollToSelected, setScrollToSelected] = useState(false);
  const q = useDebouncedValue(search.trim());

  const select = (id: string, options: { scroll: boolean }) => {
    setScrollToSelected(options.scroll);
    setParams({ unit: id }, { replace: true });
  };

  /** Shows a unit found by search or just created: open its ancestors, select and scroll to it. */
  const revealAndSelect = (unit: Pick<OrgUnit, "id" | "path">) => {
    const opened = tree.reveal(unit);
    setExpandedKeys((prev) => [...new Set([...prev, ...opened])]);
    setSearch("");
    select(unit.id, { scroll: true });
  };

  return (
    <Row gutter={16} data-testid="page-org-units">
      <Col span={10}>
        <Card title={t.orgUnits.tree} styles={{ body: { padding: 12 } }}>
          <Input.Search
            allowClear
            placeholder={t.orgUnits.searchPlaceholder}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            style={{ marginBottom: 12 }}
            data-testid="org-search"
          />
          {q.length > 0 && search.trim().length > 0 ? (
            <OrgUnitSearchResults q={q} onPick={revealAndSelect} />
          ) : (
            <OrgUnitTree
              tree={tree}
              expandedKeys={expandedKeys}
              onExpandedChange={setExpandedKeys}
              selectedId={selectedId}
              onSelect={(id) => select(id, { scroll: false })}
              scrollToSelected={scrollToSelected}
            />
          )}
        </Card>
      </Col>
      <Col span={14}>
        <Card title={t.orgUnits.detail}>
          {selectedId === null ? (
            <Empty description={t.orgUnits.selectHint} />
          ) : (
            <OrgUnitDetail
              key={selectedId}
              id={selectedId}
              canWrite={hasPermission(me, "orgUnits.write")}
              onCreated={revealAndSelect}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
