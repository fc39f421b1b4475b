import { t } from "../../app/locale/index.ts";
import { ImportJobPanel, type ImportJobTexts } from "../../components/import-job-panel.tsx";
import type { ImportJob } from "../../components/use-import-job.ts";
import { healthKeys, templateUrl } from "./health.api.ts";
import type { ImportKind } from "./health.api.ts";

/** Reading and checking is the long part of a big sheet; writing takes the last fifth. */
function percent(job: ImportJob): number {
  if (job.state === "done") return 100;
  const share = job.total > 0 ? Math.min(1, job.processed / job.total) : 0;
  return Math.min(99, Math.floor(job.state === "writing" ? 80 + 20 * share : 80 * share));
}

const textsFor = (kind: ImportKind): ImportJobTexts => ({
  ...t.health,
  intro: t.health.importIntro[kind],
  dragText: t.health.dropFile,
  importDone: (result) => t.health.importDone(result.rows),
});

/** Template, upload and live progress of a screening or fitness import; every problem when refused. */
export function HealthImport({ kind }: { kind: ImportKind }) {
  return (
    <ImportJobPanel
      texts={textsFor(kind)}
      uploadUrl={`/api/student-health/${kind}/import`}
      templateUrl={templateUrl(kind)}
      moreTemplates={[
        {
          url: `${templateUrl(kind)}?roster=true`,
          label: t.health.downloadRosterTemplate,
          testId: "health-roster-template",
        },
      ]}
      invalidate={healthKeys.all}
      testId={`health-import-${kind}`}
      testIdPrefix="health-import"
      percent={percent}
    />
  );
}
