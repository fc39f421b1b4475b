import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { FullPageSpin } from "../../components/full-page-spin.tsx";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { ApiError } from "../api-error.ts";
import { CHANGE_PASSWORD_PATH, loginPathFor } from "./login-path.ts";
import { fetchMe, sessionKey } from "./session-api.ts";
import { SessionContext } from "./session-context.ts";

/** Loads the account; sends strangers to /login and accounts with a reset password to change it first. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useQuery({ queryKey: sessionKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
  const here = `${location.pathname}${location.search}`;

  if (session.isPending) return <FullPageSpin />;
  if (session.isError) {
    if (session.error instanceof ApiError && session.error.status === 401) {
      return <Navigate to={loginPathFor(here)} replace />;
    }
    return <QueryErrorResult error={session.error} />;
  }
  if (session.data.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return <SessionContext value={session.data}>{children}</SessionContext>;
}
