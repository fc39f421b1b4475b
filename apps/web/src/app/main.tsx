import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { setCsrfToken, setUnauthorizedHandler } from "./api.ts";
import "./global.css";
import { Providers } from "./providers.tsx";
import { queryClient } from "./query-client.ts";
import { router } from "./router.tsx";
import { loginPathFor, LOGIN_PATH } from "./session/login-path.ts";

// An expired session anywhere sends the user to /login and back to where they were afterwards.
setUnauthorizedHandler(() => {
  const { pathname, search } = router.state.location;
  if (pathname === LOGIN_PATH) return;
  setCsrfToken(null);
  void router
    .navigate(loginPathFor(`${pathname}${search}`), { replace: true })
    .then(() => queryClient.clear());
});

const container = document.getElementById("root");
if (container === null) throw new Error("index.html has no #root");

createRoot(container).render(
  <StrictMode>
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
