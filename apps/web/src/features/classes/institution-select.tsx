import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useState } from "react";
import { useDebouncedValue } from "../../components/use-debounced-value.ts";
import { t } from "../../app/locale/index.ts";
import { classInstitutionsQuery } from "./classes.api.ts";
import type { ClassInstitution } from "./classes.api.ts";

/** Institutions in the account's scope that keep classes, searched on the server by name or code. */
export function InstitutionSelect({
  value,
  selected,
  onChange,
}: {
  value: string;
  /** The current institution, so its name shows even when a search leaves it out of the list. */
  selected: ClassInstitution | undefined;
  onChange: (institution: ClassInstitution) => void;
}) {
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim());
  const list = useQuery(classInstitutionsQuery(q));
  const found = list.data ?? [];
  const items = selected && !found.some((item) => item.id === selected.id) ? [selected, ...found] : found;
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      value={value || undefined}
      placeholder={t.classes.institutionPlaceholder}
      loading={list.isFetching}
      onChange={(id: string) => {
        const picked = items.find((item) => item.id === id);
        if (picked) onChange(picked);
      }}
      options={items.map((item) => ({
        value: item.id,
        label: `${item.name}（${item.district.name} · ${item.typeLabel}）`,
      }))}
      style={{ width: 360 }}
      data-testid="classes-institution"
    />
  );
}
