import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import antdZhCN from "antd/locale/zh_CN";
import { messages } from "./zh-CN.ts";

export type { Messages } from "./zh-CN.ts";

dayjs.locale("zh-cn");

/** The active messages. Only zh-CN exists today; picking a locale would happen here. */
export const t = messages;
export const antdLocale = antdZhCN;
