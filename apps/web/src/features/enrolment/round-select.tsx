import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useEffect } from "react";
import { useSearchParams } from "react-router";
import { openWindows, type WindowKind } from "@edubureau/domain/enrolment";
import { t } from "../../app/locale/index.ts";
import { beijingToday } from "./calendar-view.tsx";
import { publicRoundsQuery } from "./enrolment.api.ts";
import type { PublicRound } from "./enrolment.api.ts";

/**
 * The round in the address (?round=…); when none is chosen, the first whose `prefer` window is open
 * today (a reviewer lands on the round under review), else the newest.
 */
export function useSelectedRound(prefer?: WindowKind): {
  round: PublicRound | null;
  rounds: PublicRound[];
  select: (id: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const rounds = useQuery(publicRoundsQuery()).data ?? [];
  const wanted = params.get("round");
  const today = beijingToday();
  const preferred = prefer ? rounds.find((r) => openWindows(r.calendar, today).includes(prefer)) : undefined;
  const round = rounds.find((r) => r.id === wanted) ?? preferred ?? rounds[0] ?? null;
  const select = (id: string) => {
    const next = new URLSearchParams(params);
    next.set("round", id);
    setParams(next, { replace: true });
  };
  return { round, rounds, select };
}

export function RoundSelect({ testId = "round-select", prefer }: { testId?: string; prefer?: WindowKind }) {
  const { round, rounds, select } = useSelectedRound(prefer);
  const [params] = useSearchParams();
  // Keeps the address in step when the default round is shown, so a reload shows the same.
  useEffect(() => {
    if (round && params.get("round") === null) select(round.id);
  });
  return (
    <Select
      style={{ minWidth: 360 }}
      placeholder={t.enrolment.chooseRound}
      value={round?.id}
      onChange={select}
      options={rounds.map((r) => ({ value: r.id, label: r.name }))}
      data-testid={testId}
      notFoundContent={t.enrolment.noRounds}
    />
  );
}
