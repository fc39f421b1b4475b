import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { safetyKeys } from "./campus-safety.api.ts";

/**
 * Listens to the server-sent campus-safety events of the account's scope and refreshes every safety query
 * when one arrives, so the board and the queues show a new report without a reload. Returns whether the
 * stream is live (the browser reconnects by itself when it drops).
 */
export function useSafetyEvents(): boolean {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    const source = new EventSource("/api/campus-safety/events", { withCredentials: true });
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    source.addEventListener("safety", () => {
      void queryClient.invalidateQueries({ queryKey: safetyKeys.all });
    });
    return () => source.close();
  }, [queryClient]);
  return live;
}
