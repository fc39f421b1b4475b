import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { importEventsUrl, importJobQuery } from "./health.api.ts";
import type { HealthImportJob, ImportKind } from "./health-types.ts";

const finished = (job: HealthImportJob | undefined) => job?.state === "done" || job?.state === "failed";

/**
 * A running import's progress, pushed by the server as server-sent events (they keep flowing while the
 * embedded database writes); falls back to polling when the stream fails. Key the caller by job id.
 */
export function useHealthImportJob(kind: ImportKind, jobId: string) {
  const [streamed, setStreamed] = useState<HealthImportJob | undefined>(undefined);
  const [polling, setPolling] = useState(typeof EventSource === "undefined");

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(importEventsUrl(kind, jobId));
    let last: HealthImportJob | undefined;
    source.onmessage = (event: MessageEvent<string>) => {
      last = JSON.parse(event.data) as HealthImportJob;
      setStreamed(last);
      if (finished(last)) source.close();
    };
    source.onerror = () => {
      source.close();
      if (!finished(last)) setPolling(true);
    };
    return () => source.close();
  }, [kind, jobId]);

  const polled = useQuery({ ...importJobQuery(kind, jobId), enabled: polling });
  return polling ? { job: polled.data ?? streamed, error: polled.error } : { job: streamed, error: null };
}
