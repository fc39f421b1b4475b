import { checkPassword } from "@edubureau/domain";
import type { FormRule } from "antd";

/** The server's password policy, checked before the request goes out. */
export const passwordRule: FormRule = {
  validator: (_rule, value: unknown) => {
    const result = checkPassword(typeof value === "string" ? value : "");
    return result.ok ? Promise.resolve() : Promise.reject(new Error(result.message));
  },
};
