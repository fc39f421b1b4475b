import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { showError } from "../../components/show-error.ts";
import { inspectorateKeys } from "./inspectorate.api.ts";

/** A write with its success message; every write refreshes the inspectorate's queries. */
export function useAction<V = void>(fn: (variables: V) => Promise<unknown>, done: string) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void message.success(done);
      void queryClient.invalidateQueries({ queryKey: inspectorateKeys.all });
    },
    onError: (error) => showError({ error, message }),
  });
}
