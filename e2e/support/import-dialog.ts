import type { Page } from "playwright-core";
import { expect } from "vitest";

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The import job panel of a feature's import dialog (test ids `${prefix}-panel`, `${prefix}-failed` …):
 * upload a workbook, then wait until the job refused it (its row problems) or wrote it (its result).
 */
export function importDialog(page: Page, prefix: string) {
  return {
    upload: (name: string, content: Buffer) =>
      page
        .locator(`[data-testid="${prefix}-panel"] input[type=file]`)
        .setInputFiles({ name, mimeType: XLSX, buffer: content }),

    /** The problems the refused file's table lists, one text per row. */
    async refused(): Promise<string[]> {
      await expect
        .poll(() => page.getByTestId(`${prefix}-failed`).isVisible(), { timeout: 60_000 })
        .toBe(true);
      return page.locator('[data-testid^="import-error-row-"]').allInnerTexts();
    },

    /** The result line once the whole file is written and the bar says done. */
    async written(): Promise<string> {
      await expect.poll(() => page.getByTestId(`${prefix}-done`).isVisible(), { timeout: 90_000 }).toBe(true);
      await expect.poll(() => page.getByTestId(`${prefix}-progress`).getAttribute("data-state")).toBe("done");
      return page.getByTestId(`${prefix}-done`).innerText();
    },
  };
}
