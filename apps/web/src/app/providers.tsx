import { QueryClientProvider } from "@tanstack/react-query";
import { App, ConfigProvider } from "antd";
import type { ReactNode } from "react";
import { antdLocale } from "./locale/index.ts";
import { queryClient } from "./query-client.ts";

const THEME = {
  token: { colorPrimary: "#1f5fbf", borderRadius: 6 },
  components: { Layout: { siderBg: "#0f2a4a", triggerBg: "#0b2039" }, Menu: { darkItemBg: "#0f2a4a" } },
};

export function Providers({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={antdLocale} theme={THEME}>
      <App>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </App>
    </ConfigProvider>
  );
}
