import { Flex, Typography } from "antd";
import { useBureauName } from "../../features/auth/use-bureau-name.ts";
import { t } from "../locale/index.ts";

/** The bureau's own name (长沙市教育局) over the product's, as a Chinese user expects of a government system. */
export function Brand({ collapsed }: { collapsed: boolean }) {
  const bureauName = useBureauName() ?? t.brand.name;
  return (
    <Flex
      vertical
      justify="center"
      style={{ height: 56, padding: collapsed ? "0 24px" : "0 20px", overflow: "hidden" }}
    >
      <Typography.Text strong style={{ color: "#fff", fontSize: 18, whiteSpace: "nowrap" }}>
        {collapsed ? bureauName.slice(0, 1) || t.brand.short : bureauName}
      </Typography.Text>
      {!collapsed && (
        <Typography.Text style={{ color: "rgba(255,255,255,0.65)", fontSize: 12, whiteSpace: "nowrap" }}>
          {t.brand.product}
        </Typography.Text>
      )}
    </Flex>
  );
}
