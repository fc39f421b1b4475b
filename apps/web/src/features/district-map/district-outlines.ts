/**
 * District outlines per city, keyed by the city's GB/T 2260 code. A deployment adds its own city here.
 *
 * Changsha's is a schematic drawn for this product, not survey data: each district is a simple polygon at
 * roughly its place (宁乡 west, 浏阳 east, the five central districts around the Xiang river), so that a
 * choropleth reads at a glance and institution points fall near their district. Official boundary files need
 * a licence and a map approval number (审图号) to be shown publicly; the page says "示意图" for that reason.
 */
export type Ring = readonly (readonly [number, number])[];

export interface DistrictOutline {
  /** GB/T 2260 code of the district or county (the org unit's code). */
  code: string;
  name: string;
  ring: Ring;
}

export interface CityOutlines {
  cityCode: string;
  /** True when the shapes are a schematic drawing rather than surveyed boundaries. */
  schematic: boolean;
  districts: readonly DistrictOutline[];
}

const CHANGSHA: CityOutlines = {
  cityCode: "430100",
  schematic: true,
  districts: [
    {
      code: "430182",
      name: "宁乡市",
      ring: [
        [111.88, 28.45],
        [112.35, 28.55],
        [112.62, 28.45],
        [112.72, 28.3],
        [112.7, 28.05],
        [112.45, 27.95],
        [112.05, 28.0],
        [111.88, 28.2],
      ],
    },
    {
      code: "430112",
      name: "望城区",
      ring: [
        [112.62, 28.45],
        [112.8, 28.6],
        [113.02, 28.58],
        [113.05, 28.4],
        [112.98, 28.36],
        [112.85, 28.32],
        [112.72, 28.3],
      ],
    },
    {
      code: "430104",
      name: "岳麓区",
      ring: [
        [112.72, 28.3],
        [112.85, 28.32],
        [112.98, 28.36],
        [112.965, 28.2],
        [112.95, 28.05],
        [112.85, 28.0],
        [112.7, 28.05],
      ],
    },
    {
      code: "430105",
      name: "开福区",
      ring: [
        [112.98, 28.36],
        [113.05, 28.4],
        [113.12, 28.32],
        [113.1, 28.22],
        [112.965, 28.2],
      ],
    },
    {
      code: "430102",
      name: "芙蓉区",
      ring: [
        [112.965, 28.2],
        [113.1, 28.22],
        [113.14, 28.15],
        [113.03, 28.14],
        [112.99, 28.14],
      ],
    },
    {
      code: "430103",
      name: "天心区",
      ring: [
        [112.965, 28.2],
        [112.99, 28.14],
        [113.03, 28.14],
        [113.03, 27.98],
        [112.95, 28.05],
      ],
    },
    {
      code: "430111",
      name: "雨花区",
      ring: [
        [113.03, 28.14],
        [113.14, 28.15],
        [113.15, 28.0],
        [113.03, 27.98],
      ],
    },
    {
      code: "430121",
      name: "长沙县",
      ring: [
        [113.05, 28.4],
        [113.02, 28.58],
        [113.25, 28.62],
        [113.48, 28.55],
        [113.45, 28.15],
        [113.4, 27.92],
        [113.15, 27.9],
        [113.03, 27.98],
        [113.15, 28.0],
        [113.14, 28.15],
        [113.1, 28.22],
        [113.12, 28.32],
      ],
    },
    {
      code: "430181",
      name: "浏阳市",
      ring: [
        [113.48, 28.55],
        [113.75, 28.67],
        [114.1, 28.55],
        [114.25, 28.3],
        [114.1, 28.0],
        [113.8, 27.85],
        [113.5, 27.88],
        [113.4, 27.92],
        [113.45, 28.15],
      ],
    },
  ],
};

const CITIES: readonly CityOutlines[] = [CHANGSHA];

/** The city whose outlines name at least one of these district codes, or null: then no map is drawn. */
export function outlinesFor(districtCodes: readonly string[]): CityOutlines | null {
  const wanted = new Set(districtCodes);
  return CITIES.find((city) => city.districts.some((d) => wanted.has(d.code))) ?? null;
}

/** The outlines as a GeoJSON feature collection, the shape ECharts' registerMap takes. */
export function toGeoJson(city: CityOutlines) {
  return {
    type: "FeatureCollection" as const,
    features: city.districts.map((d) => ({
      type: "Feature" as const,
      properties: { code: d.code, name: d.name },
      // GeoJSON rings are closed: the first point again at the end.
      geometry: { type: "Polygon" as const, coordinates: [[...d.ring, d.ring[0]!].map(([x, y]) => [x, y])] },
    })),
  };
}
