import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Flex, Progress, Space, Table, Typography, Upload } from "antd";
import { useCallback, useEffect, useState } from "react";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { healthKeys, templateUrl, uploadHealthImport } from "./health.api.ts";
import type { HealthImportJob, ImportKind, RowProblem } from "./health-types.ts";
import { useHealthImportJob } from "./use-health-import-job.ts";

const MAX_BYTES = 20 * 1024 * 1024;

function percent(job: HealthImportJob): number {
  if (job.state === "done") return 100;
  const share = job.total > 0 ? Math.min(1, job.processed / job.total) : 0;
  // Reading and checking is the long part of a big sheet; writing takes the last fifth.
  return Math.min(99, Math.floor(job.state === "writing" ? 80 + 20 * share : 80 * share));
}

function Errors({ errors }: { errors: readonly RowProblem[] }) {
  return (
    <Table
      rowKey={(_, i) => String(i)}
      size="small"
      dataSource={errors.map((e, index) => ({ ...e, index }))}
      columns={[
        { title: t.health.errorRow, dataIndex: "row", width: 70 },
        { title: t.health.errorColumn, dataIndex: "column", width: 150 },
        { title: t.health.errorMessage, dataIndex: "message" },
      ]}
      pagination={{ pageSize: 10, showSizeChanger: false }}
      data-testid="health-import-errors"
    />
  );
}

function JobStatus({ kind, jobId, onFinished }: { kind: ImportKind; jobId: string; onFinished: () => void }) {
  const queryClient = useQueryClient();
  const { job, error } = useHealthImportJob(kind, jobId);
  const state = job?.state;
  useEffect(() => {
    if (state !== "done" && state !== "failed") return;
    onFinished();
    if (state === "done") void queryClient.invalidateQueries({ queryKey: healthKeys.all });
  }, [state, onFinished, queryClient]);
  if (error) return <ErrorAlert error={error} />;
  if (!job) return <Progress percent={0} status="active" />;
  if (job.state === "done") {
    return (
      <Alert
        type="success"
        showIcon
        title={t.health.importDone(job.result?.rows ?? 0)}
        data-testid="health-import-done"
      />
    );
  }
  if (job.state === "failed") {
    const count = job.errorCount ?? job.errors?.length ?? 0;
    return (
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Alert
          type="error"
          showIcon
          title={job.errors ? t.health.importFailed(count) : job.message}
          description={job.errors ? t.health.importFailedHint : undefined}
          data-testid="health-import-failed"
        />
        {job.errors && <Errors errors={job.errors} />}
      </Space>
    );
  }
  return (
    <div data-testid="health-import-progress">
      <Flex justify="space-between">
        <Typography.Text strong>{t.health.importStates[job.state]}</Typography.Text>
        <Typography.Text type="secondary">{job.fileName}</Typography.Text>
      </Flex>
      <Progress
        percent={percent(job)}
        status="active"
        format={() => t.health.progress(job.processed, job.total)}
      />
    </div>
  );
}

/** Template, upload and live progress of a screening or fitness import; every problem when refused. */
export function HealthImport({ kind }: { kind: ImportKind }) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => uploadHealthImport(kind, file),
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
    if (!file.name.toLowerCase().endsWith(".xlsx")) setLocalError(t.health.notXlsx);
    else if (file.size > MAX_BYTES) setLocalError(t.health.tooLarge);
    else upload.mutate(file);
  };
  const busy = upload.isPending || running;
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: "100%" }}
      data-testid={`health-import-${kind}`}
    >
      <Alert type="info" showIcon title={t.health.importIntro[kind]} />
      <div>
        <Button icon={<DownloadOutlined />} href={templateUrl(kind)}>
          {t.health.downloadTemplate}
        </Button>
      </div>
      <Upload.Dragger
        accept=".xlsx"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          start(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t.health.dropFile}</p>
      </Upload.Dragger>
      {localError && <Alert type="error" showIcon title={localError} />}
      <ErrorAlert error={upload.error} />
      {jobId && <JobStatus key={jobId} kind={kind} jobId={jobId} onFinished={finished} />}
    </Space>
  );
}
