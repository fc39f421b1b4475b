import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Flex, Typography } from "antd";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { CalendarView } from "./calendar-view.tsx";
import { DrawPhaseCard } from "./draw-phase-card.tsx";
import { announcementsQuery, drawsQuery, roundSchoolsQuery } from "./enrolment.api.ts";
import { RoundSelect, useSelectedRound } from "./round-select.tsx";

/** 电脑派位 console of the city: both phases of the selected round, and the draws a redraw superseded. */
export function DrawConsolePage() {
  const me = useSession();
  const { round } = useSelectedRound();
  const draws = useQuery(drawsQuery(round?.id ?? ""));
  const names = new Map(
    (useQuery(roundSchoolsQuery(round?.id ?? "")).data ?? []).map((s) => [s.code, s.name]),
  );
  const schoolName = (code: string) => names.get(code) ?? code;
  const current = (phase: number) =>
    draws.data?.find((d) => d.phase === phase && d.status !== "superseded") ?? null;
  const announcements = useQuery(announcementsQuery(round?.id ?? ""));
  const announcement = (phase: number) => announcements.data?.find((a) => a.phase === phase) ?? null;
  const superseded = draws.data?.filter((d) => d.status === "superseded") ?? [];
  return (
    <Card data-testid="page-enrolment-draw">
      <Flex gap={16} style={{ marginBottom: 16 }}>
        <RoundSelect />
      </Flex>
      <ErrorAlert error={draws.error} />
      {round && (
        <>
          <CalendarView calendar={round.calendar} />
          <Alert type="info" showIcon style={{ margin: "16px 0" }} title={t.enrolment.lottery.verifyHint} />
          <DrawPhaseCard
            round={round}
            phase={1}
            draw={current(1)}
            announcement={announcement(1)}
            schoolName={schoolName}
            canRedraw={me.role === "sys_admin"}
          />
          {current(1)?.status === "published" && (
            <DrawPhaseCard
              round={round}
              phase={2}
              draw={current(2)}
              announcement={announcement(2)}
              schoolName={schoolName}
              canRedraw={me.role === "sys_admin"}
            />
          )}
          {superseded.map((d) => (
            <Typography.Paragraph key={d.id} type="secondary">
              {t.enrolment.phase(d.phase)} · {t.enrolment.drawStatuses.superseded} · {t.enrolment.seed}{" "}
              {d.seed}
            </Typography.Paragraph>
          ))}
        </>
      )}
    </Card>
  );
}
