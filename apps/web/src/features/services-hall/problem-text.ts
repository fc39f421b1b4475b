import type { App } from "antd";
import { ApiError } from "../../app/api-error.ts";
import { t } from "../../app/locale/index.ts";

type MessageInstance = ReturnType<typeof App.useApp>["message"];

/** The server's refusal with every listed problem (一次性告知 style), in one toast. */
export function showProblems(error: Error, message: MessageInstance): void {
  if (!(error instanceof ApiError)) {
    void message.error(t.errors.page);
    return;
  }
  const listed = error.fieldErrors.map((e) => e.message);
  const text =
    listed.length > 0 && !listed.includes(error.message)
      ? `${error.message} ${listed.join("；")}`
      : error.message;
  void message.error(text, 8);
}
