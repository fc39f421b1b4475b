import { UploadOutlined } from "@ant-design/icons";
import { Button, Modal } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { ImportJobPanel, type ImportJobTexts } from "../../components/import-job-panel.tsx";
import { studentImportUrl, studentKeys, studentTemplateUrl } from "./students.api.ts";

const texts: ImportJobTexts = {
  ...t.health.studentImport,
  importDone: (result) => t.health.studentsImported(result.created, result.updated),
};

/**
 * Upload of a 学生名册 workbook as an import job: progress while rows are read, checked and written,
 * then the counts, or every row problem (and nothing written).
 */
export function StudentImport() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="students-import">
        {t.health.importStudents}
      </Button>
      <Modal
        open={open}
        title={t.health.studentImport.title}
        width={760}
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>{t.health.studentImport.close}</Button>}
        destroyOnHidden
        data-testid="students-import-dialog"
      >
        <ImportJobPanel
          texts={texts}
          uploadUrl={studentImportUrl}
          templateUrl={studentTemplateUrl}
          invalidate={studentKeys.all}
          testId="students-import-panel"
          testIdPrefix="students-import"
          templateTestId="students-import-template"
        />
      </Modal>
    </>
  );
}
