/**
 * Live figures another module shows on a plan task that has no numeric target of its own — e.g. the safety
 * task (T34 保障校园安全稳定): 三防 compliance and hazard closure from the campus-safety module. The work plan
 * asks each provider for the task's code; it never reads the provider's tables. Wired in the composition root.
 */
export interface LiveFigure {
  label: string;
  /** Null: no data yet in the reader's scope. */
  value: number | null;
  unit: string;
  /** How the figure is counted, in words. */
  note: string;
  /** Where the figure comes from in the app. */
  link: string | null;
}

export interface TaskFigureProvider {
  readonly taskCodes: readonly string[];
  /** The figures for the reader's scope (the city for city-wide accounts, a district for its own). */
  figures(taskCode: string, scopePath: string): Promise<LiveFigure[]>;
}
