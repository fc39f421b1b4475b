import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { App, type FormInstance } from "antd";
import { showFormError } from "./show-error.ts";

/**
 * A dialog form's save: on success a message, the feature's queries refreshed and the dialog closed;
 * on failure the server's field errors are set on the form.
 */
export function useFormMutation<V, R>(options: {
  form: FormInstance<V>;
  mutationFn: (values: V) => Promise<R>;
  success: string;
  invalidate: QueryKey;
  onDone: () => void;
}) {
  const { form, mutationFn, success, invalidate, onDone } = options;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      void message.success(success);
      await queryClient.invalidateQueries({ queryKey: invalidate });
      onDone();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
}
