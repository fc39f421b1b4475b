import {
  ApartmentOutlined,
  KeyOutlined,
  LogoutOutlined,
  SafetyOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Dropdown, Space, Tag, Typography } from "antd";
import { Link, useNavigate } from "react-router";
import { showError } from "../../components/show-error.ts";
import { NotificationBell } from "../../components/notification-bell.tsx";
import { t } from "../locale/index.ts";
import { ACCOUNT_SECURITY_PATH, CHANGE_PASSWORD_PATH, LOGIN_PATH } from "../session/login-path.ts";
import { logout } from "../session/session-api.ts";
import { useSession } from "../session/session-context.ts";

/** Who is signed in, for which unit, and the way out; on a phone, folded into one menu. */
export function UserBar({ compact = false }: { compact?: boolean }) {
  const me = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const logoutMutation = useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      await navigate(LOGIN_PATH, { replace: true });
      queryClient.clear();
    },
    onError: (error) => showError({ error, message }),
  });

  if (compact) {
    return (
      <Space size="small" align="center" style={{ lineHeight: "normal" }} data-testid="user-bar">
        <NotificationBell />
        <Dropdown
          trigger={["click"]}
          menu={{
            items: [
              { key: "who", label: `${me.displayName} · ${me.roleLabel}`, disabled: true },
              {
                key: "password",
                icon: <KeyOutlined />,
                label: <Link to={CHANGE_PASSWORD_PATH}>{t.layout.changePassword}</Link>,
              },
              {
                key: "security",
                icon: <SafetyOutlined />,
                label: <Link to={ACCOUNT_SECURITY_PATH}>{t.layout.accountSecurity}</Link>,
              },
              {
                key: "logout",
                icon: <LogoutOutlined />,
                label: t.layout.logout,
                onClick: () => logoutMutation.mutate(),
              },
            ],
          }}
        >
          <Button type="text" icon={<UserOutlined />} data-testid="user-menu" aria-label={me.displayName} />
        </Dropdown>
      </Space>
    );
  }
  return (
    <Space size="middle" align="center" wrap style={{ lineHeight: "normal" }} data-testid="user-bar">
      <NotificationBell />
      <Typography.Text type="secondary" ellipsis style={{ maxWidth: 280 }} data-testid="user-org-unit">
        <ApartmentOutlined /> {me.orgUnit.name}
      </Typography.Text>
      <Tag color="blue" data-testid="user-role">
        {me.roleLabel}
      </Tag>
      <Typography.Text strong data-testid="user-name">
        <UserOutlined /> {me.displayName}
      </Typography.Text>
      <Link to={CHANGE_PASSWORD_PATH} data-testid="change-password-link">
        <KeyOutlined /> {t.layout.changePassword}
      </Link>
      <Link to={ACCOUNT_SECURITY_PATH} data-testid="account-security-link">
        <SafetyOutlined /> {t.layout.accountSecurity}
      </Link>
      <Button
        icon={<LogoutOutlined />}
        onClick={() => logoutMutation.mutate()}
        loading={logoutMutation.isPending}
        data-testid="logout"
      >
        {t.layout.logout}
      </Button>
    </Space>
  );
}
