import type { App, FormInstance } from "antd";
import { ApiError } from "../app/api-error.ts";
import { t } from "../app/locale/index.ts";

type MessageInstance = ReturnType<typeof App.useApp>["message"];

/**
 * Puts the server's field errors (problem.errors[].field) under the matching form fields;
 * whatever no field shows goes to a toast.
 */
export function showFormError(options: { error: Error; form: FormInstance; message: MessageInstance }): void {
  const { error, form, message } = options;
  if (!(error instanceof ApiError)) {
    void message.error(t.errors.page);
    return;
  }
  // The server names a nested field by its dotted path ("children.0.idNumber"); the form knows it as a
  // name path (["children", 0, "idNumber"]). Match on the dotted form, set on the form's own path.
  const known = new Map(form.getFieldsError().map((field) => [field.name.join("."), field.name]));
  const onFields = error.fieldErrors.filter((fieldError) => known.has(fieldError.field));
  form.setFields(
    onFields.map((fieldError) => ({ name: known.get(fieldError.field) ?? [], errors: [fieldError.message] })),
  );
  if (onFields.length === 0 || onFields.length < error.fieldErrors.length) {
    void message.error(error.message);
  }
}

export function showError(options: { error: Error; message: MessageInstance }): void {
  void options.message.error(options.error instanceof ApiError ? options.error.message : t.errors.page);
}
