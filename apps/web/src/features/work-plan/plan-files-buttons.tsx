import { FileExcelOutlined, FileWordOutlined } from "@ant-design/icons";
import { Button, Space, Tooltip } from "antd";
import { t } from "../../app/locale/index.ts";
import { planExportUrl, planReportUrl } from "./plan-files.api.ts";

/** Downloads of one plan: the target list (Excel) and the 执行情况报告 (Word); plan.read suffices. */
export function PlanFilesButtons({ planId }: { planId: string }) {
  return (
    <Space wrap data-testid="plan-files-buttons">
      <Tooltip title={t.workPlan.filesExportXlsxHint}>
        <Button icon={<FileExcelOutlined />} href={planExportUrl(planId)} data-testid="plan-export-xlsx">
          {t.workPlan.filesExportXlsx}
        </Button>
      </Tooltip>
      <Tooltip title={t.workPlan.filesExportDocxHint}>
        <Button icon={<FileWordOutlined />} href={planReportUrl(planId)} data-testid="plan-export-docx">
          {t.workPlan.filesExportDocx}
        </Button>
      </Tooltip>
    </Space>
  );
}
