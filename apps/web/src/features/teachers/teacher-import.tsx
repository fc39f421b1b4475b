import { UploadOutlined } from "@ant-design/icons";
import { Button, Modal } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { ImportJobPanel, type ImportJobTexts } from "../../components/import-job-panel.tsx";
import { teacherKeys } from "./teachers.api.ts";

const texts: ImportJobTexts = {
  ...t.teachers.import,
  importDone: (result) => t.teachers.import.importDone(result.created),
};

/**
 * Upload of a 教师名录 workbook as an import job: progress while rows are read, checked and written,
 * then the count, or every row problem (and nothing written).
 */
export function TeacherImport() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="teachers-import">
        {t.teachers.importExcel}
      </Button>
      <Modal
        open={open}
        title={t.teachers.import.title}
        width={760}
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>{t.teachers.import.close}</Button>}
        destroyOnHidden
        data-testid="teachers-import-dialog"
      >
        <ImportJobPanel
          texts={texts}
          uploadUrl="/api/teachers/import"
          templateUrl="/api/teachers/export"
          invalidate={teacherKeys.all}
          testId="teachers-import-panel"
          testIdPrefix="teachers-import"
        />
      </Modal>
    </>
  );
}
