import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Space, Table, Typography, Upload, type TableColumnsType } from "antd";
import { useState, type HTMLAttributes } from "react";
import { Link } from "react-router";
import { ApiError } from "../../app/api-error.ts";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { importProblems, planTemplateUrl, uploadPlan, type PlanImportProblem } from "./plan-files.api.ts";
import { workPlanKeys } from "./work-plan.api.ts";

/** Same limit as the server's; checked here too so a big file is not sent in vain. */
const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPTED = /\.(xlsx|ya?ml)$/i;

type Numbered = PlanImportProblem & { index: number };

const COLUMNS: TableColumnsType<Numbered> = [
  {
    title: t.workPlan.importSheet,
    dataIndex: "sheet",
    width: 110,
    render: (sheet: string | null) => sheet ?? t.workPlan.importWholeFile,
  },
  { title: t.workPlan.importRow, dataIndex: "row", width: 70, render: (row: number | null) => row ?? "—" },
  { title: t.workPlan.importColumn, dataIndex: "field", width: 180 },
  { title: t.workPlan.importMessage, dataIndex: "message" },
];

function rowProps(problem: Numbered): HTMLAttributes<HTMLElement> & { "data-testid": string } {
  return { "data-testid": `plan-import-problem-${problem.index}` };
}

function ProblemsTable({ problems }: { problems: readonly PlanImportProblem[] }) {
  return (
    <Table<Numbered>
      rowKey="index"
      size="small"
      columns={COLUMNS}
      dataSource={problems.map((p, index) => ({ ...p, index }))}
      onRow={rowProps}
      pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => t.common.total(total) }}
      data-testid="plan-import-problems"
    />
  );
}

function Outcome({ error }: { error: Error | null }) {
  if (!error) return null;
  const problems = error instanceof ApiError ? importProblems(error) : [];
  if (problems.length === 0) return <ErrorAlert error={error} testId="plan-import-error" />;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Alert
        type="error"
        showIcon
        title={t.workPlan.importFailed(problems.length)}
        description={t.workPlan.importFailedHint}
        data-testid="plan-import-failed"
      />
      <ProblemsTable problems={problems} />
    </Space>
  );
}

/** 导入工作计划: template downloads, one upload, and the outcome — counts or every problem. */
export function WorkPlanImportPage() {
  const queryClient = useQueryClient();
  const [localError, setLocalError] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const upload = useMutation({
    mutationFn: uploadPlan,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workPlanKeys.all }),
  });

  const start = (file: File) => {
    upload.reset();
    setLocalError(null);
    setFileName(file.name);
    if (!ACCEPTED.test(file.name)) setLocalError(t.workPlan.importWrongType);
    else if (file.size > MAX_BYTES) setLocalError(t.workPlan.importTooLarge);
    else upload.mutate(file);
  };
  const done = upload.data;

  return (
    <Card data-testid="page-work-plan-import">
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Alert type="info" showIcon title={t.workPlan.importIntro} />
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            href={planTemplateUrl(false)}
            data-testid="plan-template-download"
          >
            {t.workPlan.importTemplate}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            href={planTemplateUrl(true)}
            data-testid="plan-example-download"
          >
            {t.workPlan.importExample}
          </Button>
        </Space>
        <div data-testid="plan-import-upload">
          <Upload.Dragger
            accept=".xlsx,.yaml,.yml"
            multiple={false}
            showUploadList={false}
            disabled={upload.isPending}
            beforeUpload={(file) => {
              start(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t.workPlan.importDrop}</p>
            <p className="ant-upload-hint">{t.workPlan.importDropHint}</p>
          </Upload.Dragger>
        </div>
        {localError && <Alert type="warning" showIcon title={localError} />}
        {upload.isPending && (
          <Typography.Text type="secondary">{t.workPlan.importChecking(fileName)}</Typography.Text>
        )}
        {done && (
          <Alert
            type="success"
            showIcon
            title={t.workPlan.importDone(done.year, done.title)}
            description={t.workPlan.importCounts(done.counts)}
            action={
              <Link to={`/work-plan?plan=${encodeURIComponent(done.planId)}`}>
                <Button>{t.workPlan.importViewPlan}</Button>
              </Link>
            }
            data-testid="plan-import-done"
          />
        )}
        <Outcome error={upload.error} />
      </Space>
    </Card>
  );
}
