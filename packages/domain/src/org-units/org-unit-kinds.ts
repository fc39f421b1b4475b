import { labelledCodes } from "../labelled-codes.ts";

/** Levels of the bureau's hierarchy: city → district/county → street → community, and institutions anywhere below a district. */
export const { codes: ORG_UNIT_KINDS, labels: ORG_UNIT_KIND_LABELS } = labelledCodes({
  city: "市",
  division: "市局处室",
  district: "区县(市)",
  street: "街道/乡镇",
  community: "社区/村",
  institution: "学校/机构",
});
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/** Which kinds may sit directly under which. */
const ALLOWED_CHILDREN: Record<OrgUnitKind, readonly OrgUnitKind[]> = {
  city: ["division", "district", "institution"],
  division: [],
  district: ["street", "institution"],
  street: ["community", "institution"],
  community: ["institution"],
  institution: [],
};

export function canContain(parent: OrgUnitKind, child: OrgUnitKind): boolean {
  return ALLOWED_CHILDREN[parent].includes(child);
}
