import { Flex, Select, Switch, Tooltip, Typography } from "antd";
import { t } from "../../app/locale/index.ts";
import type { Catalogue, CatalogueItem, IndicatorRequest } from "./indicators.api.ts";
import type { ExplorerState } from "./use-explorer-state.ts";

interface IndicatorFiltersProps {
  catalogue: Catalogue;
  item: CatalogueItem;
  request: IndicatorRequest;
  onChange: ExplorerState["set"];
}

/** Indicator, its parameters, the period and whether unapproved reports count. */
export function IndicatorFilters({ catalogue, item, request, onChange }: IndicatorFiltersProps) {
  const groups = (["registry", "reported"] as const).map((source) => ({
    label: t.indicators.sources[source],
    options: catalogue.items
      .filter((i) => i.source === source)
      .map((i) => ({ value: i.code, label: i.name })),
  }));
  return (
    <Flex wrap gap={12} align="center">
      <Select
        value={item.code}
        options={groups}
        onChange={(code) => onChange({ code })}
        showSearch={{ optionFilterProp: "label" }}
        style={{ minWidth: 260 }}
        aria-label={t.indicators.indicator}
        data-testid="indicator-select"
      />
      {item.params.map((param) => (
        <Flex key={param.key} gap={6} align="center">
          <Typography.Text type="secondary">{param.label}</Typography.Text>
          <Select
            mode={param.multiple ? "multiple" : undefined}
            value={
              param.multiple
                ? (request.params[param.key] ?? "").split(",").filter(Boolean)
                : request.params[param.key]
            }
            options={param.options}
            onChange={(value: string | string[]) => {
              const text = Array.isArray(value) ? value.join(",") : value;
              // An empty multi-choice means "all": fall back to the default rather than send nothing.
              onChange({ params: { ...request.params, [param.key]: text || param.default } });
            }}
            style={{ minWidth: param.key === "designationType" ? 220 : 140 }}
            popupMatchSelectWidth={false}
            aria-label={param.label}
            data-testid={`indicator-param-${param.key}`}
          />
        </Flex>
      ))}
      <Flex gap={6} align="center">
        <Typography.Text type="secondary">{t.indicators.period}</Typography.Text>
        <Select
          value={request.period}
          options={catalogue.periods[item.periodType]}
          onChange={(period) => onChange({ period })}
          style={{ minWidth: 150 }}
          aria-label={t.indicators.period}
          data-testid="indicator-period"
        />
      </Flex>
      <Tooltip title={t.indicators.includeUnapprovedHint}>
        <Flex gap={6} align="center">
          <Switch
            checked={request.includeUnapproved}
            onChange={(include) => onChange({ include })}
            data-testid="indicator-include-unapproved"
          />
          <Typography.Text>{t.indicators.includeUnapproved}</Typography.Text>
        </Flex>
      </Tooltip>
    </Flex>
  );
}
