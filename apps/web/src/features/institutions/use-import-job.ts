import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ImportJob } from "./institution-types.ts";
import { importEventsUrl, importJobQuery } from "./institutions.api.ts";

const finished = (job: ImportJob | undefined) => job?.state === "done" || job?.state === "failed";

/**
 * A running import's progress. The server pushes it as server-sent events, which keep flowing while the
 * embedded database is busy writing; if the stream cannot be used, this falls back to polling.
 * Give the calling component `key={jobId}` so a new job starts from a clean state.
 */
export function useImportJob(jobId: string): { job: ImportJob | undefined; error: Error | null } {
  const [streamed, setStreamed] = useState<ImportJob | undefined>(undefined);
  const [polling, setPolling] = useState(typeof EventSource === "undefined");

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(importEventsUrl(jobId));
    let last: ImportJob | undefined;
    source.onmessage = (event: MessageEvent<string>) => {
      last = JSON.parse(event.data) as ImportJob;
      setStreamed(last);
      if (finished(last)) source.close();
    };
    source.onerror = () => {
      source.close();
      if (!finished(last)) setPolling(true);
    };
    return () => source.close();
  }, [jobId]);

  const polled = useQuery({ ...importJobQuery(jobId), enabled: polling });
  return polling ? { job: polled.data ?? streamed, error: polled.error } : { job: streamed, error: null };
}
