import { Menu, type MenuProps } from "antd";
import { Link, useLocation } from "react-router";
import { t } from "../locale/index.ts";
import { MENU_GROUPS, MODULES, menuEntryAt, menuTestId, type AppModule } from "../modules.tsx";
import { useSession } from "../session/session-context.ts";
import { hasPermission } from "../session/permissions.ts";

function entry(m: AppModule) {
  return {
    key: m.path,
    icon: m.icon,
    label: (
      <Link to={m.path} data-testid={menuTestId(m.path)}>
        {m.label}
      </Link>
    ),
  };
}

/**
 * The registry's entries this account may open, under section headings (工作计划, 名录与指标 …);
 * none while it must change its password.
 */
export function SideMenu() {
  const me = useSession();
  const { pathname } = useLocation();
  const visible = me.mustChangePassword
    ? []
    : MODULES.filter((m) => !m.hidden && hasPermission(me, m.permission));
  const items: MenuProps["items"] = [
    ...visible.filter((m) => m.group === undefined).map(entry),
    ...MENU_GROUPS.flatMap((group) => {
      const children = visible.filter((m) => m.group === group).map(entry);
      return children.length === 0
        ? []
        : [{ type: "group" as const, key: `group-${group}`, label: t.menuGroups[group], children }];
    }),
  ];
  const selected = menuEntryAt(pathname)?.path;
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      // Room below the last entry, so the collapse trigger pinned to the bottom never covers it.
      style={{ paddingBottom: 56 }}
      data-testid="side-menu"
    />
  );
}
