import { useQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";

interface Health {
  status: string;
  engine: "pglite" | "postgresql";
  migrationVersion: string | number;
  /** The deployment's bureau (e.g. 长沙市教育局); optional until the server sends it. */
  bureauName?: string;
}

/** The bureau's name before anyone signs in; the web hard-codes no customer. */
export function useBureauName(): string | undefined {
  const health = useQuery({
    queryKey: ["health"],
    queryFn: () => api.get<Health>("/api/health"),
    retry: false,
    staleTime: Infinity,
  });
  return health.data?.bureauName;
}
