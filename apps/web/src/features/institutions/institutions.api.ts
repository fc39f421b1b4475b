import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { INSTITUTION_STATUSES, INSTITUTION_TYPES, OWNERSHIPS } from "@edubureau/domain/registry";
import { api, oneOf, withoutEmpty } from "../../app/api.ts";
import type { ApiBody, ApiData, ApiQuery } from "../../app/api-contract.ts";
import type { ListSort } from "../../components/pagination.ts";

export type InstitutionPage = ApiData<"/api/institutions">;
export type Institution = InstitutionPage["items"][number];
export type InstitutionDetail = ApiData<"/api/institutions/{id}">;
export type MapPoint = ApiData<"/api/institutions/map">["items"][number];
export type Areas = ApiData<"/api/institutions/areas">;
export type AreaRef = Institution["district"];
/** The form always sends every field, so none of the server's defaults apply. */
export type InstitutionInput = Required<ApiBody<"/api/institutions", "post">>;
export type HistoryEntry = ApiData<"/api/institutions/{id}/history">["items"][number];

/** Filters as the address bar keeps them: empty means "any". */
export interface InstitutionFilters {
  districtId: string;
  streetId: string;
  type: string;
  ownership: string;
  inclusive: string;
  status: string;
  q: string;
}

const BASE = "/api/institutions";

/** The columns the server sorts the 机构名录 on (by district, then 学校标识码, by default). */
export type InstitutionSortKey = NonNullable<ApiQuery<"/api/institutions">["sort"]>;
export type InstitutionSort = ListSort<InstitutionSortKey>;

export const institutionKeys = {
  all: ["institutions"] as const,
  list: (params: object) => [...institutionKeys.all, "list", params] as const,
  map: (filters: InstitutionFilters) => [...institutionKeys.all, "map", filters] as const,
  areas: () => [...institutionKeys.all, "areas"] as const,
  detail: (id: string) => [...institutionKeys.all, "detail", id] as const,
  history: (id: string) => [...institutionKeys.all, "history", id] as const,
};

function filterParams(filters: InstitutionFilters) {
  return {
    ...withoutEmpty(filters),
    type: oneOf(INSTITUTION_TYPES, filters.type),
    ownership: oneOf(OWNERSHIPS, filters.ownership),
    status: oneOf(INSTITUTION_STATUSES, filters.status),
  };
}

const byId = (id: string) => ({ params: { path: { id } } });

export const institutionsQuery = (
  filters: InstitutionFilters,
  page: number,
  pageSize: number,
  sort: InstitutionSort = {},
) =>
  queryOptions({
    queryKey: institutionKeys.list({ ...filters, page, pageSize, ...sort }),
    queryFn: () =>
      api.GET("/api/institutions", {
        params: { query: { ...filterParams(filters), page, pageSize, ...sort } },
      }),
    placeholderData: keepPreviousData,
  });

export const mapQuery = (filters: InstitutionFilters) =>
  queryOptions({
    queryKey: institutionKeys.map(filters),
    queryFn: () => api.GET("/api/institutions/map", { params: { query: filterParams(filters) } }),
    placeholderData: keepPreviousData,
  });

export const areasQuery = () =>
  queryOptions({
    queryKey: institutionKeys.areas(),
    queryFn: () => api.GET("/api/institutions/areas"),
    staleTime: 5 * 60_000,
  });

export const detailQuery = (id: string) =>
  queryOptions({
    queryKey: institutionKeys.detail(id),
    queryFn: () => api.GET("/api/institutions/{id}", byId(id)),
  });

export const historyQuery = (id: string) =>
  queryOptions({
    queryKey: institutionKeys.history(id),
    queryFn: async () => (await api.GET("/api/institutions/{id}/history", byId(id))).items,
  });

export function createInstitution(input: InstitutionInput): Promise<InstitutionDetail> {
  return api.POST("/api/institutions", { body: input });
}

export function updateInstitution(
  id: string,
  input: ApiBody<"/api/institutions/{id}", "patch">,
): Promise<InstitutionDetail> {
  return api.PATCH("/api/institutions/{id}", { ...byId(id), body: input });
}

export const templateUrl = `${BASE}/template.xlsx`;

/** The export honours the list's filters; a plain link lets the browser download it with the session cookie. */
export function exportUrl(filters: InstitutionFilters): string {
  const params = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ""));
  const search = params.toString();
  return search ? `${BASE}/export.xlsx?${search}` : `${BASE}/export.xlsx`;
}
