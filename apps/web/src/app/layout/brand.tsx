import { Flex, Typography } from "antd";
import { t } from "../locale/index.ts";

export function Brand({ collapsed }: { collapsed: boolean }) {
  return (
    <Flex
      vertical
      justify="center"
      style={{ height: 56, padding: collapsed ? "0 24px" : "0 20px", overflow: "hidden" }}
    >
      <Typography.Text strong style={{ color: "#fff", fontSize: 18, whiteSpace: "nowrap" }}>
        {collapsed ? t.brand.short : t.brand.name}
      </Typography.Text>
      {!collapsed && (
        <Typography.Text style={{ color: "rgba(255,255,255,0.65)", fontSize: 12, whiteSpace: "nowrap" }}>
          {t.brand.product}
        </Typography.Text>
      )}
    </Flex>
  );
}
