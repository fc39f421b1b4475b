import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { Select, Space } from "antd";
import { useState } from "react";
import { api } from "../app/api.ts";
import { t } from "../app/locale/index.ts";
import { useDebouncedValue } from "./use-debounced-value.ts";

/** A list's district and school filters; "" means any. */
export interface ScopeFilter {
  districtId: string;
  institutionId: string;
}

export const NO_SCOPE_FILTER: ScopeFilter = { districtId: "", institutionId: "" };

const scopeChoicesQuery = (districtId: string, q: string) =>
  queryOptions({
    queryKey: ["scope-filters", districtId, q],
    queryFn: () =>
      api.GET("/api/org-units/scope-filters", {
        params: { query: { districtId: districtId || undefined, q: q || undefined } },
      }),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });

/**
 * How many districts and schools the account's scope holds (undefined while loading): a list shows its
 * district or school column only where rows can differ in it.
 */
export function useScopeSize(): { districts: number; schools: number } | undefined {
  const data = useQuery(scopeChoicesQuery("", "")).data;
  return data && { districts: data.districts.length, schools: data.schoolCount };
}

/**
 * The district and school selects of a list that leaders and districts read in bulk. Choices come from the
 * account's own scope; a select that could not narrow anything is not shown (a school's account sees
 * neither, a district's account only the school), and the schools follow the chosen district.
 */
export function ScopeFilters({
  value,
  onChange,
  testId = "scope-filter",
}: {
  value: Partial<ScopeFilter>;
  onChange: (next: ScopeFilter) => void;
  testId?: string;
}) {
  const [search, setSearch] = useState("");
  // The chosen school's name, so it still shows when the search or the first 100 leave it out.
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const q = useDebouncedValue(search.trim());
  const options = useQuery(scopeChoicesQuery(value.districtId ?? "", q));
  const data = options.data;
  if (!data) return null;
  const schools = data.schools.map((s) => ({ value: s.id, label: s.name }));
  if (picked && picked.value === value.institutionId && !schools.some((s) => s.value === picked.value))
    schools.unshift(picked);
  const showDistrict = data.districts.length > 1;
  const showSchool = data.schoolCount > 1;
  if (!showDistrict && !showSchool) return null;
  // Its own Space, so the two selects keep their gap inside a parent Space or Flex.
  return (
    <Space size={8} wrap>
      {showDistrict && (
        <Select
          allowClear
          placeholder={t.common.scopeDistrict}
          value={value.districtId || undefined}
          onChange={(districtId?: string) => onChange({ districtId: districtId ?? "", institutionId: "" })}
          options={data.districts.map((d) => ({ value: d.id, label: d.name }))}
          style={{ width: 140 }}
          data-testid={`${testId}-district`}
        />
      )}
      {showSchool && (
        <Select
          allowClear
          showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
          placeholder={t.common.scopeSchool}
          notFoundContent={t.common.scopeSchoolSearch}
          value={value.institutionId || undefined}
          loading={options.isFetching}
          onChange={(institutionId?: string) => {
            setPicked(schools.find((s) => s.value === institutionId) ?? null);
            setSearch("");
            onChange({ districtId: value.districtId ?? "", institutionId: institutionId ?? "" });
          }}
          options={schools}
          popupMatchSelectWidth={false}
          style={{ width: 220 }}
          data-testid={`${testId}-school`}
        />
      )}
    </Space>
  );
}
