/** 长沙市 and its nine districts/counties with their GB/T 2260 codes (2019 edition). */
export const CHANGSHA = { code: "430100", name: "长沙市" } as const;

export const CHANGSHA_DISTRICTS = [
  { code: "430102", name: "芙蓉区" },
  { code: "430103", name: "天心区" },
  { code: "430104", name: "岳麓区" },
  { code: "430105", name: "开福区" },
  { code: "430111", name: "雨花区" },
  { code: "430112", name: "望城区" },
  { code: "430121", name: "长沙县" },
  { code: "430181", name: "浏阳市" },
  { code: "430182", name: "宁乡市" },
] as const;

/**
 * Bureau divisions (处室). The 2019 plan names no responsible divisions; this list is demo data
 * modelled on a typical municipal education bureau and is what the shipped plan assigns tasks to
 * (data/plans/changsha-divisions.yaml has the same codes; a few short names differ, e.g. 督导室).
 */
export const CHANGSHA_DIVISIONS = [
  { code: "DIV-BGS", name: "办公室" },
  { code: "DIV-DJ", name: "机关党委" },
  { code: "DIV-RS", name: "组织人事处" },
  { code: "DIV-FG", name: "政策法规处" },
  { code: "DIV-CW", name: "计划财务处" },
  { code: "DIV-XQ", name: "学前教育处" },
  { code: "DIV-JJ", name: "基础教育处" },
  { code: "DIV-ZJ", name: "职业教育处" },
  { code: "DIV-GJ", name: "高等教育处" },
  { code: "DIV-SH", name: "社会教育处" },
  { code: "DIV-MB", name: "民办教育处" },
  { code: "DIV-JS", name: "教师工作处" },
  { code: "DIV-JK", name: "体卫艺处" },
  { code: "DIV-AQ", name: "安全稳定处" },
  { code: "DIV-DD", name: "督导室" },
  { code: "DIV-XX", name: "信息中心" },
  // The plan's other lead and co-operating units (changsha-divisions.yaml), so every task has its unit.
  { code: "DIV-JW", name: "驻局纪检监察组" },
  { code: "DIV-SP", name: "行政审批服务处" },
  { code: "DIV-GH", name: "发展规划处" },
  { code: "DIV-DY", name: "思想政治与德育处" },
  { code: "DIV-JL", name: "交流合作处" },
  { code: "DIV-KY", name: "教育科学研究院" },
  { code: "DIV-KS", name: "教育考试院" },
] as const;
