import { useSearchParams } from "react-router";
import type { Catalogue, CatalogueItem, IndicatorRequest } from "./indicators.api.ts";

const DEFAULT_INDICATOR = "large_class_ratio";

export type ExplorerChange = Partial<{
  code: string;
  period: string;
  unit: string | null;
  include: boolean;
  params: Record<string, string>;
}>;

export interface ExplorerState {
  item: CatalogueItem | undefined;
  request: IndicatorRequest | null;
  /** Changes some of the state; parameters of another indicator are dropped. */
  set: (next: ExplorerChange) => void;
}

/**
 * The explorer's choices live in the address (?indicator=…&period=…&unit=…&stage=…), so a reload or
 * a shared link shows the same figures. Parameters default to the catalogue's, periods to the latest
 * with data.
 */
export function useExplorerState(catalogue: Catalogue | undefined): ExplorerState {
  const [params, setParams] = useSearchParams();
  const code = params.get("indicator") ?? DEFAULT_INDICATOR;
  const item = catalogue?.items.find((i) => i.code === code) ?? catalogue?.items[0];
  const periodOptions = item && catalogue ? catalogue.periods[item.periodType] : [];
  const period =
    params.get("period") && periodOptions.some((p) => p.value === params.get("period"))
      ? (params.get("period") ?? "")
      : item && catalogue
        ? catalogue.defaults[item.periodType]
        : "";
  const chosen = Object.fromEntries((item?.params ?? []).map((p) => [p.key, params.get(p.key) ?? p.default]));
  const request: IndicatorRequest | null = item
    ? {
        code: item.code,
        params: chosen,
        period,
        orgUnitId: params.get("unit"),
        // Approved figures unless the unit asks for its own unapproved ones too.
        includeUnapproved: params.get("include") === "1",
      }
    : null;

  const set: ExplorerState["set"] = (next) => {
    const target = next.code ?? item?.code ?? DEFAULT_INDICATOR;
    const sameIndicator = target === item?.code;
    const search = new URLSearchParams();
    search.set("indicator", target);
    const nextItem = catalogue?.items.find((i) => i.code === target);
    const keepPeriod = sameIndicator || nextItem?.periodType === item?.periodType;
    const nextPeriod = next.period ?? (keepPeriod ? period : undefined);
    if (nextPeriod) search.set("period", nextPeriod);
    const unit = next.unit === undefined ? params.get("unit") : next.unit;
    if (unit) search.set("unit", unit);
    if (next.include ?? request?.includeUnapproved ?? false) search.set("include", "1");
    const nextParams = next.params ?? (sameIndicator ? chosen : {});
    for (const [key, value] of Object.entries(nextParams)) search.set(key, value);
    setParams(search, { replace: false });
  };

  return { item, request, set };
}
