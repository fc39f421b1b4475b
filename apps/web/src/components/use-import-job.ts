import { queryOptions, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api } from "../app/api.ts";
import type { ApiData } from "../app/api-contract.ts";

/**
 * The server's Excel import job, as polled or streamed. Every import mounts the same job routes
 * (apps/server/src/platform/jobs), so one route's shape stands for all of them.
 */
export type ImportJob = ApiData<"/api/students/import/{jobId}">;
export type ImportJobState = ImportJob["state"];
export type ImportRowProblem = NonNullable<ImportJob["errors"]>[number];
export type ImportJobResult = NonNullable<ImportJob["result"]>;
type JobStatusPath = "/api/students/import/{jobId}";

export const isFinished = (job: ImportJob | undefined) => job?.state === "done" || job?.state === "failed";

/** Polls a job twice a second until it is done or failed. `jobUrl` is the job's status address. */
export const importJobQuery = (jobUrl: string) =>
  queryOptions({
    queryKey: ["import-job", jobUrl] as const,
    // The job's own address (any import's prefix, no placeholder left): the path is sent as it is.
    queryFn: () => api.GET(jobUrl as JobStatusPath, { params: { path: { jobId: "" } } }),
    refetchInterval: (query) => (isFinished(query.state.data) ? false : 500),
    refetchIntervalInBackground: true,
  });

/**
 * A running import's progress. The server pushes it as server-sent events from `${jobUrl}/events`, which
 * keep flowing while the embedded database is busy writing; if the stream cannot be used, this falls back
 * to polling `jobUrl`. Give the calling component `key={jobId}` so a new job starts from a clean state.
 */
export function useImportJob(jobUrl: string): { job: ImportJob | undefined; error: Error | null } {
  const [streamed, setStreamed] = useState<ImportJob | undefined>(undefined);
  const [polling, setPolling] = useState(typeof EventSource === "undefined");

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(`${jobUrl}/events`);
    let last: ImportJob | undefined;
    source.onmessage = (event: MessageEvent<string>) => {
      last = JSON.parse(event.data) as ImportJob;
      setStreamed(last);
      if (isFinished(last)) source.close();
    };
    source.onerror = () => {
      source.close();
      if (!isFinished(last)) setPolling(true);
    };
    return () => source.close();
  }, [jobUrl]);

  const polled = useQuery({ ...importJobQuery(jobUrl), enabled: polling });
  return polling ? { job: polled.data ?? streamed, error: polled.error } : { job: streamed, error: null };
}
