import { useQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";

/** The bureau's name before anyone signs in; the web hard-codes no customer. */
export function useBureauName(): string | undefined {
  const health = useQuery({
    queryKey: ["health"],
    queryFn: () => api.GET("/api/health"),
    retry: false,
    staleTime: Infinity,
  });
  return health.data?.bureauName ?? undefined;
}
