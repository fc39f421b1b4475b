/** A one-line progress bar on stderr (no dependency). Without a terminal it prints one line per finished step. */
export interface ProgressUpdate {
  step: string;
  label: string;
  done: number;
  total: number;
}

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

const WIDTH = 24;
const REDRAW_MS = 80;

function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

export class ProgressBar {
  private current: ProgressUpdate | null = null;
  private stepStarted = 0;
  private lastDraw = 0;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = () => performance.now(),
  ) {}

  update(progress: ProgressUpdate): void {
    if (this.current?.step !== progress.step) {
      this.finishStep();
      this.stepStarted = this.now();
    }
    this.current = progress;
    const finished = progress.done >= progress.total;
    if (this.stream.isTTY) {
      if (finished || this.now() - this.lastDraw >= REDRAW_MS) this.draw(progress);
    }
  }

  /** Ends the last step's line. */
  done(): void {
    this.finishStep();
    this.current = null;
  }

  private draw(p: ProgressUpdate): void {
    this.lastDraw = this.now();
    const share = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
    const filled = Math.round(share * WIDTH);
    const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
    const percent = `${Math.round(share * 100)}`.padStart(3);
    this.stream.write(
      `\r  ${p.label} [${bar}] ${percent}%  ${formatCount(p.done)}/${formatCount(p.total)}\u001b[K`,
    );
  }

  private finishStep(): void {
    const p = this.current;
    if (!p) return;
    const seconds = ((this.now() - this.stepStarted) / 1000).toFixed(1);
    if (this.stream.isTTY) {
      this.draw({ ...p, done: p.total });
      this.stream.write(`  ${seconds} s\n`);
    } else {
      this.stream.write(`  ${p.label}：${formatCount(p.total)}，${seconds} s\n`);
    }
  }
}
