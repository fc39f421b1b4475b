/** What the runner hands every suite. Suites written before the runner take no argument and still fit. */

export type EngineName = "pglite" | "postgresql";

export const ENGINE_LABELS: Record<EngineName, string> = {
  pglite: "PGlite 嵌入式",
  postgresql: "PostgreSQL",
};

/** One line of the summary table printed at the end. */
export interface SummaryRow {
  suite: string;
  /** Chinese + English label, e.g. "登录 login 吞吐 req/s". */
  metric: string;
  engine?: EngineName | undefined;
  value: string;
  /** The target, shown for reference only: the runner never judges figures. */
  target?: string | undefined;
}

export interface BenchContext {
  /** Engines to measure, already filtered to the reachable ones. */
  engines: readonly EngineName[];
  /** Admin URL on which fresh PostgreSQL databases are created and dropped. */
  pgAdminUrl: string;
  /** Shorter runs for a smoke check (`--quick`); figures are then rougher. */
  quick: boolean;
  /** Absolute path of the repository root. */
  repoRoot: string;
  /** Adds a row to the summary table. */
  record(row: Omit<SummaryRow, "suite">): void;
}

export interface SuiteModule {
  run(ctx: BenchContext): Promise<void>;
}

export interface SuiteEntry {
  /** Name used with `--only`. */
  name: string;
  /** Chinese + English heading. */
  title: string;
  load: () => Promise<SuiteModule>;
}
