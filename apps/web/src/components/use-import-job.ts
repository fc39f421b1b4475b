import { queryOptions, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api } from "../app/api.ts";

/** The server's Excel import job (apps/server/src/modules/import-jobs), as polled or streamed. */
export type ImportJobState = "parsing" | "validating" | "writing" | "done" | "failed";

export interface ImportRowProblem {
  row: number;
  column: string;
  message: string;
}

export interface ImportJobResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportJob {
  id: string;
  fileName: string;
  state: ImportJobState;
  processed: number;
  /** 0 while not yet known. */
  total: number;
  errors?: ImportRowProblem[];
  /** Every problem found; `errors` may list only the first ones. */
  errorCount?: number;
  result?: ImportJobResult;
  /** Why a job failed when it was not the rows (an unreadable file, a server error). */
  message?: string;
}

export const isFinished = (job: ImportJob | undefined) => job?.state === "done" || job?.state === "failed";

/** Polls a job twice a second until it is done or failed. `jobUrl` is the job's status address. */
export const importJobQuery = (jobUrl: string) =>
  queryOptions({
    queryKey: ["import-job", jobUrl] as const,
    queryFn: () => api.get<ImportJob>(jobUrl),
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
