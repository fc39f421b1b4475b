import { Button } from "antd";
import { t } from "../../app/locale/index.ts";
import { ImportJobPanel, type ImportJobTexts } from "../../components/import-job-panel.tsx";
import { institutionKeys, templateUrl } from "./institutions.api.ts";

const texts: ImportJobTexts = {
  ...t.institutions.import,
  importDone: ({ created, updated, unchanged }) =>
    t.institutions.import.importDone(created, updated, unchanged),
};

/** Template download, upload, live progress of the import job and, when it fails, every problem. */
export function InstitutionImport({ onViewList }: { onViewList: () => void }) {
  return (
    <ImportJobPanel
      texts={texts}
      uploadUrl="/api/institutions/import"
      templateUrl={templateUrl}
      invalidate={institutionKeys.all}
      testId="institution-import"
      testIdPrefix="institution-import"
      templateTestId="institution-template-download"
      modes={{ key: t.importJob.keys.institutions, default: "upsert" }}
      errorPageSize={20}
      doneAction={<Button onClick={onViewList}>{t.institutions.import.viewImported}</Button>}
    />
  );
}
