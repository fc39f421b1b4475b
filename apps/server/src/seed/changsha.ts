import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { validateDivisionsFile, type Division } from "@edubureau/domain/work-plan";

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
 * Bureau divisions (处室), read from the file the shipped plan assigns its tasks to. The 2019 plan names no
 * responsible divisions, so the list is demo data modelled on a typical municipal education bureau.
 */
export const CHANGSHA_DIVISIONS: readonly Division[] = loadDivisions();

function loadDivisions(): Division[] {
  const file = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    "../../../../plans/changsha-divisions.yaml",
  );
  const result = validateDivisionsFile(parse(fs.readFileSync(file, "utf8")));
  if (!result.ok)
    throw new Error(`处室清单有误：${result.problems.map((p) => `${p.path} ${p.message}`).join("；")}`);
  return result.divisions;
}
