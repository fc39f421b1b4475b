import { useMutation } from "@tanstack/react-query";
import { App, Button, Progress, Space } from "antd";
import { useState, type ReactNode } from "react";
import { ApiError } from "../app/api-error.ts";
import { t } from "../app/locale/index.ts";
import { showError } from "./show-error.ts";

export interface ReportJobState {
  state: "running" | "done" | "failed";
  progress: number;
  message?: string;
}

const POLL_MS = 700;

/**
 * A report the server makes as a job (the long city-wide ones): the button starts it, a progress bar follows
 * it, and the file downloads when it is done.
 */
export function ReportJobButton(props: {
  icon: ReactNode;
  label: string;
  start: () => Promise<string>;
  status: (jobId: string) => Promise<ReportJobState>;
  fileUrl: (jobId: string) => string;
  testId: string;
}) {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<number | null>(null);
  const run = useMutation({
    mutationFn: async () => {
      const jobId = await props.start();
      setProgress(0);
      for (;;) {
        const job = await props.status(jobId);
        if (job.state === "done") return jobId;
        if (job.state === "failed") throw new Error(job.message ?? t.common.reportFailed);
        setProgress(job.progress);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    onSuccess: (jobId) => window.location.assign(props.fileUrl(jobId)),
    onError: (error) =>
      error instanceof ApiError ? showError({ error, message }) : void message.error(error.message),
    onSettled: () => setProgress(null),
  });

  return (
    <Space size="small" data-testid={props.testId}>
      <Button icon={props.icon} loading={run.isPending} onClick={() => run.mutate()}>
        {run.isPending ? t.common.reportMaking : props.label}
      </Button>
      {progress !== null && (
        <Progress type="circle" size={28} percent={progress} data-testid={`${props.testId}-progress`} />
      )}
    </Space>
  );
}
