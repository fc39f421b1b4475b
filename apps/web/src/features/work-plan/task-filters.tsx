import { TARGET_STATUSES, TARGET_STATUS_LABELS } from "@edubureau/domain/work-plan";
import { Button, Input, Select, Space, Switch, Typography } from "antd";
import { useMemo } from "react";
import { t } from "../../app/locale/index.ts";
import type { TaskFilters, TaskRow } from "./work-plan.api.ts";

export const EMPTY_TASK_FILTERS: TaskFilters = { focusArea: "", status: "", unitId: "", q: "", mine: false };

/** Focus areas and units as they occur in the plan's tasks (the unfiltered list). */
function optionsOf(all: TaskRow[]) {
  const areas = new Map<string, string>();
  const units = new Map<string, string>();
  for (const task of all) {
    areas.set(task.focusArea.code, task.focusArea.title);
    for (const u of [task.leadUnit, ...task.coUnits]) units.set(u.id, u.name);
  }
  return {
    areas: [...areas].map(([value, label]) => ({ value, label })),
    units: [...units]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, "zh-CN")),
  };
}

export function TaskFiltersBar({
  value,
  all,
  canFilterMine,
  onChange,
}: {
  value: TaskFilters;
  all: TaskRow[];
  canFilterMine: boolean;
  onChange: (next: TaskFilters) => void;
}) {
  const { areas, units } = useMemo(() => optionsOf(all), [all]);
  const set = (patch: Partial<TaskFilters>) => onChange({ ...value, ...patch });
  return (
    <Space wrap data-testid="wp-task-filters">
      <Select
        allowClear
        placeholder={t.workPlan.allFocusAreas}
        value={value.focusArea || undefined}
        onChange={(v?: string) => set({ focusArea: v ?? "" })}
        options={areas}
        style={{ width: 300 }}
        data-testid="wp-filter-focus-area"
      />
      <Select
        allowClear
        placeholder={t.workPlan.allStatuses}
        value={value.status || undefined}
        onChange={(v?: string) => set({ status: v ?? "" })}
        options={TARGET_STATUSES.map((s) => ({ value: s, label: TARGET_STATUS_LABELS[s] }))}
        style={{ width: 130 }}
        data-testid="wp-filter-status"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: "label" }}
        placeholder={t.workPlan.allUnits}
        value={value.unitId || undefined}
        onChange={(v?: string) => set({ unitId: v ?? "" })}
        options={units}
        style={{ width: 170 }}
        data-testid="wp-filter-unit"
      />
      <Input.Search
        allowClear
        placeholder={t.workPlan.search}
        defaultValue={value.q}
        onSearch={(q) => set({ q: q.trim() })}
        style={{ width: 200 }}
        data-testid="wp-filter-q"
      />
      {canFilterMine && (
        <Space size={4}>
          <Switch
            checked={value.mine}
            onChange={(mine) => set({ mine })}
            size="small"
            data-testid="wp-filter-mine"
          />
          <Typography.Text>{t.workPlan.onlyMine}</Typography.Text>
        </Space>
      )}
      <Button onClick={() => onChange(EMPTY_TASK_FILTERS)}>{t.workPlan.reset}</Button>
    </Space>
  );
}
