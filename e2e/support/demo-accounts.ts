/** The demo accounts seeded on first start (apps/server/src/seed/demo-seed.ts) and what each should see. */
export const DEMO_PASSWORD = "Demo@2019";

export const ALL_MENUS = ["menu-home", "menu-org-units", "menu-users", "menu-audit-log"] as const;
export type MenuTestId = (typeof ALL_MENUS)[number];

export interface DemoAccount {
  username: string;
  displayName: string;
  roleLabel: string;
  orgUnitName: string;
  /** Written out rather than derived from permissions.ts, so a wrong grant there fails here. */
  menu: readonly MenuTestId[];
}

const CITY_ADMIN: readonly MenuTestId[] = ["menu-home", "menu-org-units", "menu-users", "menu-audit-log"];
const READ_UNITS_AND_USERS: readonly MenuTestId[] = ["menu-home", "menu-org-units", "menu-users"];
const READ_UNITS: readonly MenuTestId[] = ["menu-home", "menu-org-units"];
const HOME_ONLY: readonly MenuTestId[] = ["menu-home"];

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: "admin",
    displayName: "系统管理员",
    roleLabel: "系统管理员",
    orgUnitName: "长沙市",
    menu: CITY_ADMIN,
  },
  {
    username: "leader",
    displayName: "王局长",
    roleLabel: "市局领导",
    orgUnitName: "长沙市",
    menu: READ_UNITS_AND_USERS,
  },
  {
    username: "jichu",
    displayName: "李科长（基础教育处）",
    roleLabel: "市局处室",
    orgUnitName: "基础教育处",
    menu: READ_UNITS,
  },
  {
    username: "jiaoshichu",
    displayName: "陈科长（教师工作处）",
    roleLabel: "市局处室",
    orgUnitName: "教师工作处",
    menu: READ_UNITS,
  },
  {
    username: "duxue",
    displayName: "赵督学",
    roleLabel: "督学",
    orgUnitName: "教育督导室",
    menu: READ_UNITS,
  },
  {
    username: "shenpi",
    displayName: "周科长（行政审批服务处）",
    roleLabel: "市局处室",
    orgUnitName: "行政审批服务处",
    menu: READ_UNITS,
  },
  {
    username: "furong",
    displayName: "芙蓉区教育局",
    roleLabel: "区县教育局",
    orgUnitName: "芙蓉区",
    menu: READ_UNITS_AND_USERS,
  },
  {
    username: "yuelu",
    displayName: "岳麓区教育局",
    roleLabel: "区县教育局",
    orgUnitName: "岳麓区",
    menu: READ_UNITS_AND_USERS,
  },
  {
    username: "school",
    displayName: "芙蓉区示范小学",
    roleLabel: "学校",
    orgUnitName: "芙蓉区示范小学",
    menu: READ_UNITS,
  },
  {
    username: "teacher",
    displayName: "刘老师",
    roleLabel: "教师",
    orgUnitName: "芙蓉区示范小学",
    menu: HOME_ONLY,
  },
  { username: "parent", displayName: "张家长", roleLabel: "公众", orgUnitName: "长沙市", menu: HOME_ONLY },
];

/** Each menu entry's label, path and page (data-testid of the page's root element). */
export const MENU_PAGES: Record<MenuTestId, { label: string; path: string; pageTestId: string }> = {
  "menu-home": { label: "工作台", path: "/", pageTestId: "page-home" },
  "menu-org-units": { label: "组织机构", path: "/org-units", pageTestId: "page-org-units" },
  "menu-users": { label: "用户管理", path: "/users", pageTestId: "page-users" },
  "menu-audit-log": { label: "审计日志", path: "/audit-log", pageTestId: "page-audit-log" },
};
