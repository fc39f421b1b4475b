/**
 * Cleanups (child servers, fresh databases, temporary directories) registered here also run when the
 * run is interrupted, so Ctrl-C never leaves a server on a port or an `eb_bench_*` database behind.
 */
type Cleanup = () => Promise<void>;

const pending = new Set<Cleanup>();

/** Registers `fn`; the returned function runs it once (later calls and the final sweep skip it). */
export function onCleanup(fn: Cleanup): () => Promise<void> {
  let done = false;
  const once: Cleanup = async () => {
    if (done) return;
    done = true;
    pending.delete(once);
    await fn();
  };
  pending.add(once);
  return once;
}

/** Runs every cleanup still pending, newest first; failures are reported, not thrown. */
export async function runPendingCleanups(): Promise<void> {
  for (const fn of [...pending].reverse()) {
    try {
      await fn();
    } catch (error) {
      console.error(`清理失败 cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
