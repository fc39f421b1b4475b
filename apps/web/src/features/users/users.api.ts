import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { CreateUserInput, UpdateUserInput, User, UserListParams, UserPage } from "./user-types.ts";

export const userKeys = {
  all: ["users"] as const,
  list: (params: UserListParams) => [...userKeys.all, "list", params] as const,
};

export const usersQuery = (params: UserListParams) =>
  queryOptions({
    queryKey: userKeys.list(params),
    queryFn: () => api.get<UserPage>("/api/users", { ...params }),
    placeholderData: keepPreviousData,
  });

export function createUser(input: CreateUserInput): Promise<User> {
  return api.post<User>("/api/users", input);
}

export function updateUser(id: string, input: UpdateUserInput): Promise<User> {
  return api.patch<User>(`/api/users/${encodeURIComponent(id)}`, input);
}

export function resetPassword(id: string, newPassword: string): Promise<void> {
  return api.post<undefined>(`/api/users/${encodeURIComponent(id)}/reset-password`, { newPassword });
}
