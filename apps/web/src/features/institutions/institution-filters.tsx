import {
  INSTITUTION_STATUS_LABELS,
  INSTITUTION_TYPE_LABELS,
  OWNERSHIP_LABELS,
} from "@edubureau/domain/registry";
import { useQuery } from "@tanstack/react-query";
import { Button, Flex, Input, Select } from "antd";
import { t } from "../../app/locale/index.ts";
import type { InstitutionFilters as Filters } from "./institutions.api.ts";
import { areasQuery } from "./institutions.api.ts";

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

interface InstitutionFiltersProps {
  value: Filters;
  onChange: (next: Partial<Filters>) => void;
  onReset: () => void;
}

/** The list's and the map's filters; district and street come from the account's own scope. */
export function InstitutionFilters({ value, onChange, onReset }: InstitutionFiltersProps) {
  const areas = useQuery(areasQuery());
  const districts = areas.data?.districts ?? [];
  // One district in scope: its streets without choosing it first.
  const districtId = districts.length === 1 ? districts[0]?.id : value.districtId;
  const streets = districts.find((d) => d.id === districtId)?.streets ?? [];
  const select = (key: keyof Filters, placeholder: string, list: { value: string; label: string }[]) => (
    <Select
      allowClear
      placeholder={placeholder}
      value={value[key] || undefined}
      onChange={(next?: string) => onChange({ [key]: next ?? "" })}
      options={list}
      style={{ width: 120 }}
      data-testid={`institution-filter-${key}`}
    />
  );

  // A select that could not narrow anything (one district in scope, no streets) is not shown.
  return (
    <Flex wrap gap={8} align="center">
      {districts.length > 1 && (
        <Select
          allowClear
          placeholder={t.institutions.district}
          value={value.districtId || undefined}
          onChange={(next?: string) => onChange({ districtId: next ?? "", streetId: "" })}
          options={districts.map((d) => ({ value: d.id, label: d.name }))}
          loading={areas.isPending}
          style={{ width: 120 }}
          data-testid="institution-filter-district"
        />
      )}
      {streets.length > 0 && (
        <Select
          allowClear
          placeholder={t.institutions.street}
          value={value.streetId || undefined}
          onChange={(next?: string) => onChange({ streetId: next ?? "" })}
          options={streets.map((s) => ({ value: s.id, label: s.name }))}
          style={{ width: 136 }}
          data-testid="institution-filter-street"
        />
      )}
      {select("type", t.institutions.type, options(INSTITUTION_TYPE_LABELS))}
      {select("ownership", t.institutions.ownership, options(OWNERSHIP_LABELS))}
      {select("inclusive", t.institutions.inclusive, [
        { value: "true", label: t.institutions.inclusiveYes },
        { value: "false", label: t.institutions.inclusiveNo },
      ])}
      {select("status", t.institutions.status, options(INSTITUTION_STATUS_LABELS))}
      <Input.Search
        key={value.q}
        allowClear
        defaultValue={value.q}
        placeholder={t.institutions.searchPlaceholder}
        onSearch={(q) => onChange({ q: q.trim() })}
        style={{ width: 220 }}
        data-testid="institution-search"
      />
      <Button onClick={onReset}>{t.common.reset}</Button>
    </Flex>
  );
}
