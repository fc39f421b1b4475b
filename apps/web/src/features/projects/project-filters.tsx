import {
  PROJECT_KIND_LABELS,
  PROJECT_KINDS,
  SCHOOL_LEVEL_LABELS,
  SCHOOL_LEVELS,
} from "@edubureau/domain/registry";
import { Input, Select, Space } from "antd";
import { t } from "../../app/locale/index.ts";
import type { BoardFilters } from "./projects.api.ts";
import { useDistrictOptions } from "./use-district-options.ts";

export const LEVEL_OPTIONS = SCHOOL_LEVELS.map((level) => ({
  value: level,
  label: SCHOOL_LEVEL_LABELS[level],
}));
export const KIND_OPTIONS = PROJECT_KINDS.map((kind) => ({ value: kind, label: PROJECT_KIND_LABELS[kind] }));

/** Filters apply as soon as they change; the search box on Enter. */
export function ProjectFilters({
  value,
  onChange,
}: {
  value: BoardFilters;
  onChange: (next: BoardFilters) => void;
}) {
  const districts = useDistrictOptions({ includeCity: true });
  const set = (patch: Partial<BoardFilters>) => onChange({ ...value, ...patch });
  return (
    <Space wrap data-testid="project-filters">
      {districts.length > 1 && (
        <Select
          allowClear
          placeholder={t.projects.allDistricts}
          value={value.districtId || undefined}
          onChange={(districtId?: string) => set({ districtId: districtId ?? "" })}
          options={districts}
          style={{ width: 160 }}
          data-testid="project-filter-district"
        />
      )}
      <Select
        allowClear
        placeholder={t.projects.allLevels}
        value={value.level || undefined}
        onChange={(level?: string) => set({ level: level ?? "" })}
        options={LEVEL_OPTIONS}
        style={{ width: 120 }}
        data-testid="project-filter-level"
      />
      <Select
        allowClear
        placeholder={t.projects.allKinds}
        value={value.kind || undefined}
        onChange={(kind?: string) => set({ kind: kind ?? "" })}
        options={KIND_OPTIONS}
        style={{ width: 120 }}
        data-testid="project-filter-kind"
      />
      <Input.Search
        key={value.q}
        allowClear
        defaultValue={value.q}
        placeholder={t.projects.searchPlaceholder}
        onSearch={(q) => set({ q: q.trim() })}
        style={{ width: 200 }}
        data-testid="project-filter-q"
      />
    </Space>
  );
}
