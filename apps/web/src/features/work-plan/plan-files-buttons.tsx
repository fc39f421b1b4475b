import { FileExcelOutlined, FileWordOutlined } from "@ant-design/icons";
import { Button, Form, Input, Modal, Space, Tooltip, Typography } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { planExportUrl, planReportUrl } from "./plan-files.api.ts";

interface IssueValues {
  docNumber?: string;
  recipients?: string;
}

/** Downloads of one plan: the target list (Excel) and the 执行情况报告 (Word 公文); plan.read suffices. */
export function PlanFilesButtons({ planId }: { planId: string }) {
  const [issuing, setIssuing] = useState(false);
  const [form] = Form.useForm<IssueValues>();
  const values = Form.useWatch([], form) ?? {};
  const l = t.workPlan;
  return (
    <Space wrap data-testid="plan-files-buttons">
      <Tooltip title={l.filesExportXlsxHint}>
        <Button icon={<FileExcelOutlined />} href={planExportUrl(planId)} data-testid="plan-export-xlsx">
          {l.filesExportXlsx}
        </Button>
      </Tooltip>
      <Tooltip title={l.filesExportDocxHint}>
        <Button icon={<FileWordOutlined />} onClick={() => setIssuing(true)} data-testid="plan-export-docx">
          {l.filesExportDocx}
        </Button>
      </Tooltip>
      <Modal
        open={issuing}
        title={l.reportIssueTitle}
        onCancel={() => setIssuing(false)}
        footer={
          <Button
            type="primary"
            icon={<FileWordOutlined />}
            href={planReportUrl(planId, values)}
            onClick={() => setIssuing(false)}
            data-testid="plan-report-download"
          >
            {l.reportIssueDownload}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{l.reportIssueHint}</Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={{ recipients: l.reportIssueRecipients }}>
          <Form.Item name="docNumber" label={l.reportIssueDocNumber} extra={l.reportIssueDocNumberHint}>
            <Input maxLength={40} data-testid="plan-report-doc-number" />
          </Form.Item>
          <Form.Item name="recipients" label={l.reportIssueRecipientsLabel}>
            <Input.TextArea rows={2} maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
