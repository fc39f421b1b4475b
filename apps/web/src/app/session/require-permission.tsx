import type { ReactNode } from "react";
import { ForbiddenPage } from "../../features/errors/forbidden-page.tsx";
import { useSession } from "./session-context.ts";
import { hasPermission } from "./permissions.ts";

/** The server enforces permissions; this only spares the user a page full of 403s. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: string | null;
  children: ReactNode;
}) {
  const me = useSession();
  return hasPermission(me, permission) ? children : <ForbiddenPage />;
}
