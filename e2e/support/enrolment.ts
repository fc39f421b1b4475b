import type { Page } from "playwright-core";
import type { ApiSession } from "./api.ts";

/** Helpers of the enrolment tests, which set up their own round through the API (one shared server). */

const DAY = 86_400_000;

/** "YYYY-MM-DD" in Beijing, `offset` days from today. */
export const beijingDay = (offset: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offset * DAY).toISOString().slice(0, 10);

/** A JSON write as the session's account; throws with the server's answer when refused. */
export async function apiSend(
  session: ApiSession,
  method: "POST" | "PUT",
  path: string,
  body: unknown,
): Promise<unknown> {
  const response = await fetch(`${session.baseUrl}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      "content-type": "application/json",
      "x-csrf-token": session.csrfToken,
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/** Clicks the option of the open select dropdown that shows `text`. */
export async function pickOption(page: Page, text: string): Promise<void> {
  await page
    .locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option")
    .filter({ hasText: text })
    .first()
    .click();
}
