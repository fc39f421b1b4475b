import { lazy, Suspense } from "react";
import { createBrowserRouter, Outlet, type RouteObject } from "react-router";
import { FullPageSpin } from "../components/full-page-spin.tsx";
import { ForbiddenPage } from "../features/errors/forbidden-page.tsx";
import { NotFoundPage } from "../features/errors/not-found-page.tsx";
import { RouteError } from "../features/errors/route-error.tsx";
import { AppLayout } from "./layout/app-layout.tsx";
import { MODULES } from "./modules.tsx";
import { PublicIndexPage } from "./public/public-index-page.tsx";
import { PublicLayout } from "./public/public-layout.tsx";
import { PUBLIC_PAGES } from "./public/public-pages.tsx";
import {
  ACCOUNT_SECURITY_PATH,
  CHANGE_PASSWORD_PATH,
  LOGIN_PATH,
  SIGN_UP_PATH,
} from "./session/login-path.ts";
import { RequirePermission } from "./session/require-permission.tsx";
import { RequireSession } from "./session/require-session.tsx";

const LoginPage = lazy(() =>
  import("../features/auth/login-page.tsx").then((m) => ({ default: m.LoginPage })),
);
const SignUpPage = lazy(() =>
  import("../features/parent-accounts/sign-up-page.tsx").then((m) => ({ default: m.SignUpPage })),
);
const ChangePasswordPage = lazy(() =>
  import("../features/auth/change-password-page.tsx").then((m) => ({ default: m.ChangePasswordPage })),
);

const AccountSecurityPage = lazy(() =>
  import("../features/auth/account-security-page.tsx").then((m) => ({ default: m.AccountSecurityPage })),
);

const moduleRoutes: RouteObject[] = MODULES.map((m) => ({
  path: m.path,
  element: (
    <RequirePermission permission={m.permission}>
      <m.page />
    </RequirePermission>
  ),
}));

export const router = createBrowserRouter([
  {
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <Outlet />
      </Suspense>
    ),
    errorElement: <RouteError />,
    children: [
      { path: LOGIN_PATH, element: <LoginPage /> },
      {
        // Open to everyone: no session needed, no internal data served.
        element: <PublicLayout />,
        errorElement: <RouteError />,
        children: [
          { path: "/public", element: <PublicIndexPage /> },
          { path: SIGN_UP_PATH, element: <SignUpPage /> },
          ...PUBLIC_PAGES.map((p) => ({ path: p.path, element: <p.page /> })),
        ],
      },
      {
        element: (
          <RequireSession>
            <AppLayout />
          </RequireSession>
        ),
        errorElement: <RouteError />,
        children: [
          ...moduleRoutes,
          { path: CHANGE_PASSWORD_PATH, element: <ChangePasswordPage /> },
          { path: ACCOUNT_SECURITY_PATH, element: <AccountSecurityPage /> },
          { path: "/403", element: <ForbiddenPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
