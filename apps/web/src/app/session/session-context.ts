import { createContext, use } from "react";
import type { Me } from "./session-api.ts";

export const SessionContext = createContext<Me | null>(null);

/** The signed-in account; only valid below <RequireSession>. */
export function useSession(): Me {
  const me = use(SessionContext);
  if (me === null) throw new Error("useSession() outside <RequireSession>");
  return me;
}
