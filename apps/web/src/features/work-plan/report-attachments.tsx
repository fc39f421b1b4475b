import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from "@ant-design/icons";
import {
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_REPORT,
} from "@edubureau/domain/work-plan";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, List, Popconfirm, Progress, Space, Typography, Upload } from "antd";
import { useState } from "react";
import { ApiError } from "../../app/api-error.ts";
import { t } from "../../app/locale/index.ts";
import { showError } from "../../components/show-error.ts";
import { attachmentUrl, removeAttachment, uploadAttachment } from "./reports.api.ts";
import { workPlanKeys } from "./work-plan.api.ts";
import type { Report } from "./work-plan.api.ts";
import { formatBytes } from "../../app/format.ts";

const MB = ATTACHMENT_MAX_BYTES / 1024 / 1024;
const ACCEPT = ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(",");

function extensionAllowed(name: string): boolean {
  const dot = name.lastIndexOf(".");
  return dot >= 0 && ATTACHMENT_EXTENSIONS.includes(name.slice(dot + 1).toLowerCase());
}

/** Evidence files: listed with download links; the reporting unit uploads (with progress) and deletes. */
export function ReportAttachments({ report }: { report: Report }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState<{ name: string; percent: number } | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const store = (saved: Report) => queryClient.setQueryData(workPlanKeys.report(saved.id), saved);

  const remove = useMutation({
    mutationFn: (attachmentId: string) => removeAttachment(report.id, attachmentId),
    onSuccess: store,
    onError: (error) => showError({ error, message }),
  });

  const beforeUpload = (file: File) => {
    setUploadError(null);
    // Same rules as the server, checked first so a file that will be refused is not sent.
    if (!extensionAllowed(file.name)) setUploadError(t.workPlan.badType(file.name));
    else if (file.size > ATTACHMENT_MAX_BYTES) setUploadError(t.workPlan.tooLarge(file.name, MB));
    else return true;
    return Upload.LIST_IGNORE;
  };

  return (
    <Space orientation="vertical" style={{ width: "100%" }} data-testid="wp-report-attachments">
      <List
        size="small"
        dataSource={report.attachments}
        locale={{ emptyText: t.workPlan.noAttachments }}
        renderItem={(a) => (
          <List.Item
            data-testid="wp-attachment"
            actions={
              report.abilities.update
                ? [
                    <Popconfirm
                      key="delete"
                      title={t.workPlan.removeAttachmentConfirm}
                      onConfirm={() => remove.mutate(a.id)}
                    >
                      <Button size="small" type="text" danger icon={<DeleteOutlined />}>
                        {t.workPlan.removeAttachment}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Space>
              <PaperClipOutlined />
              <a href={attachmentUrl(report.id, a.id)} data-testid="wp-attachment-link">
                {a.fileName}
              </a>
              <Typography.Text type="secondary">{formatBytes(a.sizeBytes)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {report.abilities.update && (
        <>
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            multiple
            disabled={report.attachments.length >= ATTACHMENTS_PER_REPORT}
            beforeUpload={beforeUpload}
            customRequest={({ file, onSuccess, onError }) => {
              if (!(file instanceof File)) return;
              setUploading({ name: file.name, percent: 0 });
              uploadAttachment({
                reportId: report.id,
                file,
                onProgress: (percent) => setUploading({ name: file.name, percent }),
              })
                .then((saved) => {
                  store(saved);
                  onSuccess?.(saved);
                })
                .catch((error: unknown) => {
                  const text = error instanceof ApiError ? error.message : t.workPlan.uploadFailed(file.name);
                  setUploadError(text);
                  onError?.(error instanceof Error ? error : new Error(text));
                })
                .finally(() => setUploading(null));
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading !== null} data-testid="wp-attachment-upload">
              {t.workPlan.upload}
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t.workPlan.attachmentHint(t.workPlan.attachmentTypes, MB, ATTACHMENTS_PER_REPORT)}
          </Typography.Text>
          {uploading && (
            <div data-testid="wp-attachment-progress">
              <Typography.Text>{uploading.name}</Typography.Text>
              <Progress percent={uploading.percent} size="small" status="active" />
            </div>
          )}
          {uploadError && (
            <Alert
              type="error"
              showIcon
              closable={{ onClose: () => setUploadError(null) }}
              title={uploadError}
              data-testid="wp-attachment-error"
            />
          )}
        </>
      )}
    </Space>
  );
}
