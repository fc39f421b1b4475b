import { useQuery } from "@tanstack/react-query";
import { Empty, Flex, Spin, Typography } from "antd";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { searchQuery } from "./org-units.api.ts";
import type { OrgUnitWithPath } from "./org-units.api.ts";

function SearchResult({ unit, onPick }: { unit: OrgUnitWithPath; onPick: (unit: OrgUnitWithPath) => void }) {
  return (
    <div
      role="button"
      tabIndex={0}
      className="pick-list-item"
      onClick={() => onPick(unit)}
      onKeyDown={(event) => {
        if (event.key === "Enter") onPick(unit);
      }}
      data-testid={`org-search-result-${unit.id}`}
    >
      <div>
        {unit.name}{" "}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {unit.code} · {unit.kindLabel}
        </Typography.Text>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {unit.pathNames.join(" / ") || "—"}
      </Typography.Text>
    </div>
  );
}

/** Results of a name-or-code search, each with the names of its ancestors. */
export function OrgUnitSearchResults({ q, onPick }: { q: string; onPick: (unit: OrgUnitWithPath) => void }) {
  const results = useQuery(searchQuery(q));
  if (results.isError) return <ErrorAlert error={results.error} />;
  if (results.isPending) return <Spin style={{ display: "block", margin: 24 }} />;
  if (results.data.length === 0) return <Empty description={t.orgUnits.noResults} />;
  return (
    <Flex vertical style={{ maxHeight: 520, overflow: "auto" }} data-testid="org-search-results">
      <Typography.Text type="secondary" style={{ padding: "0 12px 8px" }}>
        {t.orgUnits.searchResults(results.data.length)}
      </Typography.Text>
      {results.data.map((unit) => (
        <SearchResult key={unit.id} unit={unit} onPick={onPick} />
      ))}
    </Flex>
  );
}
