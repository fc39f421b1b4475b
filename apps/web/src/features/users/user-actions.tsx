import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Popconfirm, Space } from "antd";
import { showError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import type { User } from "./users.api.ts";
import { updateUser, userKeys } from "./users.api.ts";

export type UserDialog = { kind: "edit" | "reset" | "reset-two-factor"; user: User };

export function UserActions({ user, onOpen }: { user: User; onOpen: (dialog: UserDialog) => void }) {
  const me = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (disabled: boolean) => updateUser(user.id, { disabled }),
    onSuccess: async (updated) => {
      void message.success(updated.disabled ? t.users.disabledDone : t.users.enabledDone);
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
    onError: (error) => showError({ error, message }),
  });
  const isSelf = user.id === me.id;

  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={() => onOpen({ kind: "edit", user })} data-testid="user-edit">
        {t.common.edit}
      </Button>
      <Button
        type="link"
        size="small"
        onClick={() => onOpen({ kind: "reset", user })}
        data-testid="user-reset"
      >
        {t.users.resetPassword}
      </Button>
      {!isSelf && me.role === "sys_admin" && (
        <Button
          type="link"
          size="small"
          onClick={() => onOpen({ kind: "reset-two-factor", user })}
          data-testid="user-reset-two-factor"
        >
          {t.users.resetTwoFactor}
        </Button>
      )}
      {!isSelf &&
        (user.disabled ? (
          <Button
            type="link"
            size="small"
            loading={toggle.isPending}
            onClick={() => toggle.mutate(false)}
            data-testid="user-enable"
          >
            {t.users.enable}
          </Button>
        ) : (
          <Popconfirm
            title={t.users.disableConfirm(user.displayName)}
            okText={t.users.disable}
            okButtonProps={{ danger: true, "data-testid": "user-disable-confirm" }}
            onConfirm={() => toggle.mutate(true)}
          >
            <Button type="link" size="small" danger loading={toggle.isPending} data-testid="user-disable">
              {t.users.disable}
            </Button>
          </Popconfirm>
        ))}
    </Space>
  );
}
