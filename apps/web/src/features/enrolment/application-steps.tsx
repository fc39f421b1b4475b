import { Steps } from "antd";
import { describeWindow } from "@edubureau/domain/enrolment";
import { t } from "../../app/locale/index.ts";
import { formatDateTime } from "../../app/format.ts";
import type { ApiData } from "../../app/api-contract.ts";
import type { PublicRound } from "./enrolment.api.ts";

type Mine = ApiData<"/api/enrolment/applications/mine">["items"][number];

/** 办理进度: where the application stands and the dates of what comes next, from the round's calendar. */
export function ApplicationSteps({
  app,
  round,
}: {
  app: Pick<Mine, "status" | "createdAt" | "children">;
  round: PublicRound | undefined;
}) {
  const l = t.enrolment;
  const placed = app.children.some((c) => c.placement.kind !== "none");
  const admitted = app.children.some((c) => c.placement.kind === "admitted");
  const current =
    app.status === "submitted" || app.status === "returned"
      ? 1
      : app.status === "approved"
        ? placed
          ? 3
          : 2
        : 0;
  const when = (kind: keyof PublicRound["calendar"]) =>
    round ? describeWindow(round.calendar[kind]) : undefined;
  const blocked = app.status === "returned" || app.status === "withdrawn";
  return (
    <Steps
      size="small"
      direction="vertical"
      current={admitted ? 4 : current}
      status={blocked ? "error" : "process"}
      style={{ marginTop: 8 }}
      data-testid="application-steps"
      items={[
        // The day in Beijing time, as every other date on the page.
        { title: l.stepSubmitted, description: formatDateTime(app.createdAt).slice(0, 10) },
        {
          title: l.stepReview,
          description:
            app.status === "returned"
              ? l.stepReturned
              : app.status === "withdrawn"
                ? l.stepWithdrawn
                : when("review"),
        },
        { title: l.stepDraw, description: when("draw") },
        { title: l.stepResult, description: when("publicity") },
        { title: l.stepAdmission, description: when("admission") },
      ]}
    />
  );
}
