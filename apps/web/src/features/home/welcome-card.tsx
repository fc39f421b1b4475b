import { Card, Descriptions, Space, Tag, Typography } from "antd";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";

// The server may grant permissions this build has no label for yet: show their key.
const PERMISSION_LABELS: Partial<Record<string, string>> = t.permissions;

function permissionLabel(permission: string): string {
  return PERMISSION_LABELS[permission] ?? permission;
}

export function WelcomeCard() {
  const me = useSession();
  return (
    <Card data-testid="welcome-card">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t.home.welcome(me.displayName)}
      </Typography.Title>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: "role", label: t.home.role, children: <Tag color="blue">{me.roleLabel}</Tag> },
          {
            key: "orgUnit",
            label: t.home.orgUnit,
            children: t.home.orgUnitLine(me.orgUnit.name, t.orgUnitKinds[me.orgUnit.kind]),
          },
          {
            key: "permissions",
            label: t.home.permissions,
            children:
              me.permissions.length === 0 ? (
                t.common.none
              ) : (
                <Space size={[4, 4]} wrap>
                  {me.permissions.map((p) => (
                    <Tag key={p}>{permissionLabel(p)}</Tag>
                  ))}
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}
