import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { QueryParams } from "../../app/api-legacy.ts";
import type { Breakdown, Catalogue, IndicatorRequest, Series } from "./indicator-types.ts";

export const indicatorKeys = {
  all: ["indicators"] as const,
  catalogue: () => [...indicatorKeys.all, "catalogue"] as const,
  breakdown: (r: IndicatorRequest) => [...indicatorKeys.all, "breakdown", r] as const,
  series: (r: IndicatorRequest) => [...indicatorKeys.all, "series", r] as const,
};

function query(request: IndicatorRequest): QueryParams {
  return {
    ...request.params,
    period: request.period,
    orgUnitId: request.orgUnitId,
    includeUnapproved: request.includeUnapproved,
  };
}

const path = (code: string, route: string) => `/api/indicators/${encodeURIComponent(code)}/${route}`;

export const catalogueQuery = () =>
  queryOptions({
    queryKey: indicatorKeys.catalogue(),
    queryFn: () => api.get<Catalogue>("/api/indicators"),
    staleTime: 60_000,
  });

export const breakdownQuery = (request: IndicatorRequest) =>
  queryOptions({
    queryKey: indicatorKeys.breakdown(request),
    queryFn: () => api.get<Breakdown>(path(request.code, "breakdown"), query(request)),
    placeholderData: keepPreviousData,
  });

/** Five periods ending with the chosen one, for the line chart. */
export const seriesQuery = (request: IndicatorRequest) =>
  queryOptions({
    queryKey: indicatorKeys.series(request),
    queryFn: () => api.get<Series>(path(request.code, "series"), { ...query(request), count: 5 }),
    placeholderData: keepPreviousData,
  });
