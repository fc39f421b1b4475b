import { t } from "../../app/locale/index.ts";
import { ImportJobButton } from "../../components/import-job-button.tsx";
import type { ImportJobTexts } from "../../components/import-job-panel.tsx";
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
  return (
    <ImportJobButton
      label={t.teachers.importExcel}
      title={t.teachers.import.title}
      close={t.teachers.import.close}
      texts={texts}
      uploadUrl="/api/teachers/import"
      templateUrl="/api/teachers/export"
      invalidate={teacherKeys.all}
      testIdPrefix="teachers-import"
    />
  );
}
