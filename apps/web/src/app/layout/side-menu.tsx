import { Menu, type MenuProps } from "antd";
import { Link, useLocation } from "react-router";
import { MODULES, menuTestId, moduleAt } from "../modules.tsx";
import { useSession } from "../session/session-context.ts";
import { hasPermission } from "../session/session-types.ts";

/** The registry's entries this account may open; none while it must change its password. */
export function SideMenu() {
  const me = useSession();
  const { pathname } = useLocation();
  const visible = me.mustChangePassword ? [] : MODULES.filter((m) => hasPermission(me, m.permission));
  const items: MenuProps["items"] = visible.map((m) => ({
    key: m.path,
    icon: m.icon,
    label: (
      <Link to={m.path} data-testid={menuTestId(m.path)}>
        {m.label}
      </Link>
    ),
  }));
  const selected = moduleAt(pathname)?.path;
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      data-testid="side-menu"
    />
  );
}
