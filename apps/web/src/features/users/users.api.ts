import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApiBody, ApiData } from "../../app/api-contract.ts";

export type UserPage = ApiData<"/api/users">;
export type User = UserPage["items"][number];
export type CreateUserInput = ApiBody<"/api/users", "post">;
export type UpdateUserInput = ApiBody<"/api/users/{id}", "patch">;

/** The list page's search state. */
export interface UserListParams {
  q: string;
  page: number;
  pageSize: number;
}

export const userKeys = {
  all: ["users"] as const,
  list: (params: UserListParams) => [...userKeys.all, "list", params] as const,
};

export const usersQuery = (params: UserListParams) =>
  queryOptions({
    queryKey: userKeys.list(params),
    queryFn: () => api.GET("/api/users", { params: { query: params } }),
    placeholderData: keepPreviousData,
  });

export function createUser(input: CreateUserInput): Promise<User> {
  return api.POST("/api/users", { body: input });
}

export function updateUser(id: string, input: UpdateUserInput): Promise<User> {
  return api.PATCH("/api/users/{id}", { params: { path: { id } }, body: input });
}

export async function resetTwoFactor(id: string, reason: string): Promise<void> {
  await api.POST("/api/users/{id}/two-factor/reset", { params: { path: { id } }, body: { reason } });
}

export async function resetPassword(id: string, newPassword: string): Promise<void> {
  await api.POST("/api/users/{id}/reset-password", { params: { path: { id } }, body: { newPassword } });
}
