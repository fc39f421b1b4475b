import { t } from "../../app/locale/index.ts";
import { ImportJobButton } from "../../components/import-job-button.tsx";
import type { ImportJobTexts } from "../../components/import-job-panel.tsx";
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
  return (
    <ImportJobButton
      label={t.health.importStudents}
      title={t.health.studentImport.title}
      close={t.health.studentImport.close}
      texts={texts}
      uploadUrl={studentImportUrl}
      templateUrl={studentTemplateUrl}
      invalidate={studentKeys.all}
      testIdPrefix="students-import"
      templateTestId
      modes={{ key: t.importJob.keys.students, default: "upsert" }}
    />
  );
}
