import { mobileProblem } from "@edubureau/domain";
import type { FormRule } from "antd";

/** The server's mainland-mobile rule, checked before the request goes out (sign-up, a guardian's phone). */
export const mobileRule: FormRule = {
  validator: (_rule, value: unknown) => {
    const problem = mobileProblem(typeof value === "string" ? value.trim() : "");
    return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
  },
};
