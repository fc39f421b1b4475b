import type { HonourRound, HonourRoundKind, HonourRoundSeries } from "@edubureau/domain/teachers";
import type { NomineeRow, RoundRow } from "./honours.queries.ts";

export function seriesOf(row: Pick<RoundRow, "kind" | "year" | "seriesNo">): HonourRoundSeries {
  const kind = row.kind as HonourRoundKind;
  switch (kind) {
    case "excellentTeacher":
      return { kind, batch: row.seriesNo ?? 1 };
    case "charmingTeacher":
      return { kind, edition: row.seriesNo ?? 1 };
    case "famousPrincipal":
    case "teacherStudio":
    case "principalStudio":
    case "ruralStation":
      return { kind, year: row.year };
  }
}

/** The stored round as the domain's state machine sees it (every nominee, whatever the reader's scope). */
export function roundState(row: RoundRow, nominees: readonly NomineeRow[]): HonourRound {
  return {
    id: row.id,
    series: seriesOf(row),
    window: { from: row.windowFrom, to: row.windowTo },
    stage: row.stage,
    history: row.history,
    nominees: nominees.map((n) => n.teacherId),
    selected: nominees.filter((n) => n.selected).map((n) => n.teacherId),
    awarded: nominees.filter((n) => n.awardedOn !== null).map((n) => n.teacherId),
  };
}
