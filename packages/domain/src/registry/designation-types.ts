/** Designations (称号与试点) the 2019 plan counts. Codes are stable; names are what the bureau prints. */
export const DESIGNATION_TYPES = [
  { code: "child_friendly_pilot_school", name: "儿童友好型试点学校" },
  { code: "standardized_compulsory_school", name: "义务教育标准化学校" },
  { code: "smart_campus_pilot_school", name: "市级智慧校园试点学校" },
  { code: "network_alliance_school", name: "网络联校" },
  { code: "campus_legal_service_station", name: "校园法律服务站" },
  { code: "demonstration_community_learning_centre", name: "示范性社区学习中心" },
  { code: "civilised_campus", name: "文明校园" },
  { code: "inclusive_private_kindergarten", name: "普惠性民办幼儿园" },
  { code: "famous_principal_studio", name: "名校长工作室" },
  { code: "brand_private_school", name: "品牌民办学校" },
] as const;

export type DesignationTypeCode = (typeof DESIGNATION_TYPES)[number]["code"];
