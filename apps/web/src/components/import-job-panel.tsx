import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Flex,
  Progress,
  Radio,
  Space,
  Table,
  Typography,
  Upload,
  type TableColumnsType,
} from "antd";
import { useCallback, useEffect, useState, type HTMLAttributes, type ReactNode } from "react";
import type { ApiQuery } from "../app/api-contract.ts";
import { t } from "../app/locale/index.ts";
import { ErrorAlert } from "./error-alert.tsx";
import { uploadFile } from "./upload-file.ts";
import {
  useImportJob,
  type ImportJob,
  type ImportJobResult,
  type ImportJobState,
  type ImportRowProblem,
} from "./use-import-job.ts";

/** Same limit as the server's; checked here too so a big file is not sent in vain. */
const MAX_BYTES = 20 * 1024 * 1024;

/** The words of one import, from the feature's section of the locale file. */
export interface ImportJobTexts {
  intro: ReactNode;
  downloadTemplate: string;
  dragText: string;
  dragHint?: string;
  notXlsx: string;
  tooLarge: string;
  importStates: Record<ImportJobState | "uploading", string>;
  progress: (processed: number, total: number) => string;
  importDone: (result: ImportJobResult) => string;
  importFailed: (count: number) => string;
  importFailedHint: string;
  importListed?: (shown: number) => string;
  errorRow: string;
  errorColumn: string;
  errorMessage: string;
  importFile?: (name: string) => string;
}

/** Where each phase starts on the bar and how much of it it takes, so the bar only ever moves forward. */
const PHASES: Record<ImportJobState, { from: number; span: number }> = {
  parsing: { from: 0, span: 15 },
  validating: { from: 15, span: 15 },
  writing: { from: 30, span: 70 },
  done: { from: 100, span: 0 },
  failed: { from: 0, span: 0 },
};

/** Default bar: reading, checking, then writing, which takes most of the time. */
export function phasedPercent(job: ImportJob): number {
  const phase = PHASES[job.state];
  const share = job.total > 0 ? Math.min(1, job.processed / job.total) : 0;
  return Math.min(job.state === "done" ? 100 : 99, Math.floor(phase.from + phase.span * share));
}

type Numbered = ImportRowProblem & { index: number };

function rowProps(problem: Numbered): HTMLAttributes<HTMLElement> & { "data-testid": string } {
  return { "data-testid": `import-error-row-${problem.index}` };
}

/** Every problem of a refused import: spreadsheet row, column header and what to fix. */
export function ImportErrorsTable({
  errors,
  texts,
  pageSize,
  testId,
}: {
  errors: readonly ImportRowProblem[];
  texts: Pick<ImportJobTexts, "errorRow" | "errorColumn" | "errorMessage">;
  pageSize: number;
  testId: string;
}) {
  const columns: TableColumnsType<Numbered> = [
    { title: texts.errorRow, dataIndex: "row", width: 80, sorter: (a, b) => a.row - b.row },
    { title: texts.errorColumn, dataIndex: "column", width: 150 },
    { title: texts.errorMessage, dataIndex: "message" },
  ];
  return (
    <Table<Numbered>
      rowKey="index"
      size="small"
      columns={columns}
      dataSource={errors.map((problem, index) => ({ ...problem, index }))}
      onRow={rowProps}
      pagination={{ pageSize, showSizeChanger: false, showTotal: (total) => t.common.total(total) }}
      data-testid={testId}
    />
  );
}

/** The modes an import offers at upload (the server's `mode` query): its natural key and default. */
export interface ImportModes {
  /** The column rows are matched on, as the sheet names it (教师编号). */
  key: string;
  default: ImportMode;
}
/** The server's `mode` query; every import mounts the same job routes, so one route's shape stands for all. */
export type ImportMode = NonNullable<ApiQuery<"/api/teachers/import", "post">["mode"]>;

interface Shared {
  texts: ImportJobTexts;
  /** Prefix of the test ids: `${p}-progress`, `-done`, `-failed`, `-errors`, `-refused`, `-input`. */
  testIdPrefix: string;
  percent: (job: ImportJob) => number;
  errorPageSize: number;
  doneAction?: ReactNode;
}

function JobProgress({ job, texts, testIdPrefix, percent }: { job: ImportJob } & Shared) {
  const running = job.state !== "done" && job.state !== "failed";
  // A failed job's bar would only show how far it got; the outcome below says what matters.
  if (job.state === "failed") return <div data-testid={`${testIdPrefix}-progress`} data-state={job.state} />;
  const value = percent(job);
  return (
    <div data-testid={`${testIdPrefix}-progress`} data-state={job.state}>
      <Flex justify="space-between" gap="small">
        <Typography.Text strong>{texts.importStates[job.state]}</Typography.Text>
        <Typography.Text type="secondary" ellipsis>
          {texts.importFile ? texts.importFile(job.fileName) : job.fileName}
        </Typography.Text>
      </Flex>
      <Progress
        percent={value}
        status={running ? "active" : "success"}
        format={() => (running ? texts.progress(job.processed, job.total) : `${value}%`)}
      />
    </div>
  );
}

function JobOutcome({
  job,
  jobUrl,
  texts,
  testIdPrefix,
  errorPageSize,
  doneAction,
}: { job: ImportJob; jobUrl: string } & Shared) {
  if (job.state === "done" && job.result) {
    return (
      <Alert
        type="success"
        showIcon
        title={texts.importDone(job.result)}
        action={doneAction}
        data-testid={`${testIdPrefix}-done`}
      />
    );
  }
  if (job.state !== "failed") return null;
  if (!job.errors)
    return <Alert type="error" showIcon title={job.message} data-testid={`${testIdPrefix}-failed`} />;
  const count = job.errorCount ?? job.errors.length;
  const listed = count > job.errors.length && texts.importListed ? texts.importListed(job.errors.length) : "";
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Alert
        type="error"
        showIcon
        title={texts.importFailed(count)}
        description={`${texts.importFailedHint}${listed}`}
        action={
          <Button
            icon={<DownloadOutlined />}
            href={`${jobUrl}/problems.xlsx`}
            data-testid={`${testIdPrefix}-problems-download`}
          >
            {t.importJob.downloadProblems}
          </Button>
        }
        data-testid={`${testIdPrefix}-failed`}
      />
      <ImportErrorsTable
        errors={job.errors}
        texts={texts}
        pageSize={errorPageSize}
        testId={`${testIdPrefix}-errors`}
      />
    </Space>
  );
}

/** One job from upload to outcome; keyed by job id so a new upload starts afresh. */
function JobStatus({
  jobUrl,
  invalidate,
  onFinished,
  ...shared
}: { jobUrl: string; invalidate: QueryKey; onFinished: () => void } & Shared) {
  const queryClient = useQueryClient();
  const { job, error } = useImportJob(jobUrl);
  const state = job?.state;

  useEffect(() => {
    if (state !== "done" && state !== "failed") return;
    onFinished();
    if (state === "done") void queryClient.invalidateQueries({ queryKey: invalidate });
  }, [state, queryClient, onFinished, invalidate]);

  return (
    <>
      <ErrorAlert error={error} />
      {job ? (
        <JobProgress job={job} {...shared} />
      ) : (
        <Progress percent={0} status="active" format={() => shared.texts.importStates.parsing} />
      )}
      {job && <JobOutcome job={job} jobUrl={jobUrl} {...shared} />}
    </>
  );
}

export interface ImportJobPanelProps {
  texts: ImportJobTexts;
  /** The upload address; it answers 202 `{ jobId }`, and `${uploadUrl}/${jobId}` is the job's status. */
  uploadUrl: string;
  templateUrl?: string;
  /** More template downloads beside the empty one (a template listing the unit's students). */
  moreTemplates?: readonly { url: string; label: string; testId?: string }[];
  /** Offered when the import can update records found by a natural key: 新增 / 更新 at upload. */
  modes?: ImportModes;
  /** Queries to refresh once the import is done (the feature's list). */
  invalidate: QueryKey;
  testId: string;
  testIdPrefix: string;
  templateTestId?: string;
  /** Bar position of a running job; by default reading and checking take 30%, writing the rest. */
  percent?: (job: ImportJob) => number;
  errorPageSize?: number;
  /** Shown beside the success message (e.g. a button to the imported list). */
  doneAction?: ReactNode;
}

/**
 * Excel import from upload to outcome, shared by every import job: template download, upload, live
 * progress (rows read, checked, written) and, when the job fails, every row problem in a table.
 */
export function ImportJobPanel({
  texts,
  uploadUrl,
  templateUrl,
  invalidate,
  testId,
  testIdPrefix,
  templateTestId,
  moreTemplates = [],
  modes,
  percent = phasedPercent,
  errorPageSize = 10,
  doneAction,
}: ImportJobPanelProps) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode | undefined>(modes?.default);
  const [running, setRunning] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) =>
      uploadFile<{ jobId: string }>(mode ? `${uploadUrl}?mode=${mode}` : uploadUrl, file),
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
    if (!file.name.toLowerCase().endsWith(".xlsx")) setLocalError(texts.notXlsx);
    else if (file.size > MAX_BYTES) setLocalError(texts.tooLarge);
    else upload.mutate(file);
  };
  const busy = upload.isPending || running;
  const shared: Shared = { texts, testIdPrefix, percent, errorPageSize, doneAction };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid={testId}>
      <Alert type="info" showIcon title={texts.intro} />
      {(templateUrl || moreTemplates.length > 0) && (
        <Space wrap>
          {templateUrl && (
            <Button icon={<DownloadOutlined />} href={templateUrl} data-testid={templateTestId}>
              {texts.downloadTemplate}
            </Button>
          )}
          {moreTemplates.map((more) => (
            <Button key={more.url} icon={<DownloadOutlined />} href={more.url} data-testid={more.testId}>
              {more.label}
            </Button>
          ))}
        </Space>
      )}
      {modes && (
        <Flex gap="small" align="center" wrap>
          <Typography.Text>{t.importJob.mode}</Typography.Text>
          <Radio.Group
            value={mode}
            disabled={busy}
            onChange={(event) => setMode(event.target.value as ImportMode)}
            optionType="button"
            options={[
              { value: "insert", label: t.importJob.modeInsert },
              { value: "upsert", label: t.importJob.modeUpsert },
            ]}
            data-testid={`${testIdPrefix}-mode`}
          />
          <Typography.Text type="secondary">
            {mode === "upsert"
              ? t.importJob.modeUpsertHint(modes.key)
              : t.importJob.modeInsertHint(modes.key)}
          </Typography.Text>
        </Flex>
      )}
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          start(file);
          return false;
        }}
        data-testid={`${testIdPrefix}-input`}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{texts.dragText}</p>
        {texts.dragHint && <p className="ant-upload-hint">{texts.dragHint}</p>}
      </Upload.Dragger>
      {localError && (
        <Alert type="error" showIcon title={localError} data-testid={`${testIdPrefix}-refused`} />
      )}
      <ErrorAlert error={upload.error} testId={`${testIdPrefix}-refused`} />
      {upload.isPending && (
        <Progress percent={0} status="active" format={() => texts.importStates.uploading} />
      )}
      {jobId && (
        <JobStatus
          key={jobId}
          jobUrl={`${uploadUrl}/${encodeURIComponent(jobId)}`}
          invalidate={invalidate}
          onFinished={finished}
          {...shared}
        />
      )}
    </Space>
  );
}
