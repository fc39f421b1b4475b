import { Timeline, Typography } from "antd";
import { formatDateTime } from "../../app/format.ts";
import { t } from "../../app/locale/index.ts";
import type { Report } from "./work-plan.api.ts";

const COLORS: Record<string, string> = { submit: "blue", accept: "green", return: "red" };

function reasonOf(after: unknown): string | null {
  if (typeof after !== "object" || after === null || !("reason" in after)) return null;
  return typeof after.reason === "string" ? after.reason : null;
}

/** Who did what to the report, newest first; a return shows its reason. */
export function ReportHistory({ report }: { report: Report }) {
  if (report.history.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Timeline
      data-testid="wp-report-history"
      items={report.history.map((h) => {
        const reason = h.action === "return" ? reasonOf(h.after) : null;
        return {
          color: COLORS[h.action] ?? "gray",
          content: (
            <>
              <Typography.Text strong>{t.audit.actions[h.action] ?? h.action}</Typography.Text>
              <Typography.Text type="secondary">
                {" "}
                · {h.actor ?? "—"} · {formatDateTime(h.at)}
              </Typography.Text>
              {reason && <div>{t.workPlan.returnedBecause(reason)}</div>}
            </>
          ),
        };
      })}
    />
  );
}
