import { cellText, type CellRead, type SheetCell } from "./institution-cells.ts";

/** A district (区县) or street (街道/乡镇) an institution may be placed in. */
export interface AreaRef {
  id: string;
  code: string;
  name: string;
}

export interface StreetRef extends AreaRef {
  districtId: string;
}

/** Districts and streets inside the importing account's scope, looked up by name or code. */
export interface AreaIndex {
  district(cell: SheetCell | undefined): CellRead<AreaRef>;
  street(district: AreaRef, cell: SheetCell | undefined): CellRead<StreetRef | null>;
}

const GB2260_CODE = /^\d{6}$/;

export function createAreaIndex(areas: {
  districts: readonly AreaRef[];
  streets: readonly StreetRef[];
}): AreaIndex {
  const districts = new Map<string, AreaRef>();
  for (const district of areas.districts) {
    districts.set(district.name, district);
    districts.set(district.code, district);
  }
  const streets = new Map<string, StreetRef>();
  for (const street of areas.streets) {
    streets.set(`${street.districtId}\u0000${street.name}`, street);
    streets.set(`${street.districtId}\u0000${street.code}`, street);
  }

  return {
    district(cell) {
      const text = cellText(cell);
      if (text === "") return { ok: false, message: "请填写区县（名称或 6 位行政区划代码）" };
      const found = districts.get(text);
      if (found) return { ok: true, value: found };
      const what = GB2260_CODE.test(text) ? "行政区划代码" : "区县";
      return { ok: false, message: `${what}「${text}」不存在或不在您的管理范围内` };
    },
    street(district, cell) {
      const text = cellText(cell);
      if (text === "") return { ok: true, value: null };
      const found = streets.get(`${district.id}\u0000${text}`);
      if (found) return { ok: true, value: found };
      return { ok: false, message: `街道「${text}」不在${district.name}的街道/乡镇名单中` };
    },
  };
}
