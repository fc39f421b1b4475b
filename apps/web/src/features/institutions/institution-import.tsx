import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Flex, Progress, Space, Typography, Upload } from "antd";
import { useCallback, useEffect, useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { ImportErrorsTable } from "./import-errors-table.tsx";
import type { ImportJob } from "./institution-types.ts";
import { institutionKeys, templateUrl, uploadImport } from "./institutions.api.ts";
import { useImportJob } from "./use-import-job.ts";

/** Same limit as the server's; checked here too so a big file is not sent in vain. */
const MAX_BYTES = 20 * 1024 * 1024;

/** Where each phase starts on the bar and how much of it it takes, so the bar only ever moves forward. */
const PHASES: Record<ImportJob["state"], { from: number; span: number }> = {
  parsing: { from: 0, span: 15 },
  validating: { from: 15, span: 15 },
  writing: { from: 30, span: 70 },
  done: { from: 100, span: 0 },
  failed: { from: 0, span: 0 },
};

function percent(job: ImportJob): number {
  const phase = PHASES[job.state];
  const share = job.total > 0 ? Math.min(1, job.processed / job.total) : 0;
  return Math.min(job.state === "done" ? 100 : 99, Math.floor(phase.from + phase.span * share));
}

function JobProgress({ job }: { job: ImportJob }) {
  const running = job.state !== "done" && job.state !== "failed";
  // A failed job's bar would only show how far it got; the outcome below says what matters.
  if (job.state === "failed") return <div data-testid="institution-import-progress" data-state={job.state} />;
  return (
    <div data-testid="institution-import-progress" data-state={job.state}>
      <Flex justify="space-between">
        <Typography.Text strong>{t.institutions.importStates[job.state]}</Typography.Text>
        <Typography.Text type="secondary">{t.institutions.importFile(job.fileName)}</Typography.Text>
      </Flex>
      <Progress
        percent={percent(job)}
        status={running ? "active" : "success"}
        format={() => (running ? t.institutions.progress(job.processed, job.total) : `${percent(job)}%`)}
      />
    </div>
  );
}

function JobOutcome({ job, onViewList }: { job: ImportJob; onViewList: () => void }) {
  if (job.state === "done" && job.result) {
    const { created, updated, unchanged } = job.result;
    return (
      <Alert
        type="success"
        showIcon
        title={t.institutions.importDone(created, updated, unchanged)}
        action={<Button onClick={onViewList}>{t.institutions.viewImported}</Button>}
        data-testid="institution-import-done"
      />
    );
  }
  if (job.state !== "failed") return null;
  if (!job.errors)
    return <Alert type="error" showIcon title={job.message} data-testid="institution-import-failed" />;
  const count = job.errorCount ?? job.errors.length;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Alert
        type="error"
        showIcon
        title={t.institutions.importFailed(count)}
        description={`${t.institutions.importFailedHint}${count > job.errors.length ? t.institutions.importListed(job.errors.length) : ""}`}
        data-testid="institution-import-failed"
      />
      <ImportErrorsTable errors={job.errors} />
    </Space>
  );
}

interface JobStatusProps {
  jobId: string;
  onViewList: () => void;
  onFinished: () => void;
}

/** One job from upload to outcome; keyed by job id so a new upload starts afresh. */
function JobStatus({ jobId, onViewList, onFinished }: JobStatusProps) {
  const queryClient = useQueryClient();
  const { job, error } = useImportJob(jobId);
  const state = job?.state;

  useEffect(() => {
    if (state !== "done" && state !== "failed") return;
    onFinished();
    if (state === "done") void queryClient.invalidateQueries({ queryKey: institutionKeys.all });
  }, [state, queryClient, onFinished]);

  return (
    <>
      <ErrorAlert error={error} />
      {job ? (
        <JobProgress job={job} />
      ) : (
        <Progress percent={0} status="active" format={() => t.institutions.importStates.parsing} />
      )}
      {job && <JobOutcome job={job} onViewList={onViewList} />}
    </>
  );
}

/** Template download, upload, live progress of the import job and, when it fails, every problem. */
export function InstitutionImport({ onViewList }: { onViewList: () => void }) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: uploadImport,
    onSuccess: ({ jobId: id }) => {
      setJobId(id);
      setRunning(true);
    },
  });
  const finished = useCallback(() => setRunning(false), []);

  const start = (file: File) => {
    setJobId(null);
    setLocalError(null);
    upload.reset();
    if (!file.name.toLowerCase().endsWith(".xlsx")) setLocalError(t.institutions.notXlsx);
    else if (file.size > MAX_BYTES) setLocalError(t.institutions.tooLarge);
    else upload.mutate(file);
  };
  const busy = upload.isPending || running;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="institution-import">
      <Alert type="info" showIcon title={t.institutions.importIntro} />
      <div>
        <Button icon={<DownloadOutlined />} href={templateUrl} data-testid="institution-template-download">
          {t.institutions.downloadTemplate}
        </Button>
      </div>
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          start(file);
          return false;
        }}
        data-testid="institution-import-input"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t.institutions.dragText}</p>
        <p className="ant-upload-hint">{t.institutions.dragHint}</p>
      </Upload.Dragger>
      {localError && (
        <Alert type="error" showIcon title={localError} data-testid="institution-import-refused" />
      )}
      <ErrorAlert error={upload.error} testId="institution-import-refused" />
      {upload.isPending && (
        <Progress percent={0} status="active" format={() => t.institutions.importStates.uploading} />
      )}
      {jobId && <JobStatus key={jobId} jobId={jobId} onViewList={onViewList} onFinished={finished} />}
    </Space>
  );
}
