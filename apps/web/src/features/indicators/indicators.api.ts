import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApiData } from "../../app/api-contract.ts";

export type Catalogue = ApiData<"/api/indicators">;
/** One entry of GET /api/indicators. */
export type CatalogueItem = Catalogue["items"][number];
export type Breakdown = ApiData<"/api/indicators/{code}/breakdown">;
export type Series = ApiData<"/api/indicators/{code}/series">;

/** What the explorer asks for: one indicator with its parameters, a period and a unit. */
export interface IndicatorRequest {
  code: string;
  params: Record<string, string>;
  period: string;
  orgUnitId: string | null;
  includeUnapproved: boolean;
}

export const indicatorKeys = {
  all: ["indicators"] as const,
  catalogue: () => [...indicatorKeys.all, "catalogue"] as const,
  breakdown: (r: IndicatorRequest) => [...indicatorKeys.all, "breakdown", r] as const,
  series: (r: IndicatorRequest) => [...indicatorKeys.all, "series", r] as const,
};

/** The indicator's own parameters (stage, ownership …) travel as query fields beside the period and unit. */
function query(request: IndicatorRequest) {
  return {
    ...request.params,
    period: request.period,
    orgUnitId: request.orgUnitId ?? undefined,
    includeUnapproved: request.includeUnapproved ? ("true" as const) : ("false" as const),
  };
}

export const catalogueQuery = () =>
  queryOptions({
    queryKey: indicatorKeys.catalogue(),
    queryFn: () => api.GET("/api/indicators"),
    staleTime: 60_000,
  });

export const breakdownQuery = (request: IndicatorRequest) =>
  queryOptions({
    queryKey: indicatorKeys.breakdown(request),
    queryFn: () =>
      api.GET("/api/indicators/{code}/breakdown", {
        params: { path: { code: request.code }, query: query(request) },
      }),
    placeholderData: keepPreviousData,
  });

/** Five periods ending with the chosen one, for the line chart. */
export const seriesQuery = (request: IndicatorRequest) =>
  queryOptions({
    queryKey: indicatorKeys.series(request),
    queryFn: () =>
      api.GET("/api/indicators/{code}/series", {
        params: { path: { code: request.code }, query: { ...query(request), count: 5 } },
      }),
    placeholderData: keepPreviousData,
  });
