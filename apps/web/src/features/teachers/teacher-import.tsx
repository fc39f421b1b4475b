import { t } from "../../app/locale/index.ts";
import { ImportJobButton } from "../../components/import-job-button.tsx";
import type { ImportJobTexts } from "../../components/import-job-panel.tsx";
import { teacherKeys } from "./teachers.api.ts";

const texts: ImportJobTexts = {
  ...t.teachers.import,
  importDone: ({ created, updated, unchanged }) => t.teachers.import.importDone(created, updated, unchanged),
};

/**
 * Upload of a 教师名录 workbook as an import job: the empty template, 新增 or 更新 (by 教师编号), progress
 * while rows are read, checked and written, then the counts, or every row problem (and nothing written),
 * downloadable as a workbook.
 */
export function TeacherImport() {
  return (
    <ImportJobButton
      label={t.teachers.importExcel}
      title={t.teachers.import.title}
      close={t.teachers.import.close}
      texts={texts}
      uploadUrl="/api/teachers/import"
      templateUrl="/api/teachers/template.xlsx"
      templateTestId
      modes={{ key: t.importJob.keys.teachers, default: "insert" }}
      invalidate={teacherKeys.all}
      testIdPrefix="teachers-import"
    />
  );
}
