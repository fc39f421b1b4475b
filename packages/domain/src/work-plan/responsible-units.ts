/**
 * Who answers for a task and owes its progress reports: the lead unit, the co-operating units and every
 * district holding a share of one of its targets — each once, in that order. The one rule behind the
 * plan evaluation (reports owed) and the report writer (who may open a report).
 */
export function responsibleUnits<U>(
  task: { lead: U; coUnits: readonly U[]; shareHolders: readonly U[] },
  idOf: (unit: U) => string,
): U[] {
  const all = [task.lead, ...task.coUnits, ...task.shareHolders];
  return [...new Map(all.map((unit) => [idOf(unit), unit])).values()];
}
