import type { RowProblem } from "@edubureau/domain/registry";

/** A problem of the whole sheet has no single column; this names it in the problem list. */
export const SHEET_COLUMN = "（整表）";

/** The sheet cannot be read any further: the import fails with this one problem and nothing is written. */
export class SheetRefused extends Error {
  readonly problem: RowProblem;

  constructor(row: number, message: string, column: string = SHEET_COLUMN) {
    super(message);
    this.problem = { row, column, message };
  }
}

/** A cell reference as it may be shown in a message: a hostile file's reference can be any length. */
export function shownRef(ref: string): string {
  return ref.length > 16 ? `${ref.slice(0, 16)}…` : ref;
}
