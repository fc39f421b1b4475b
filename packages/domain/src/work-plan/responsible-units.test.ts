import { describe, expect, it } from "vitest";
import { responsibleUnits } from "./responsible-units.ts";

describe("units answering for a task", () => {
  it("lists the lead, co-operating units and share holders once each, in that order", () => {
    const task = {
      lead: "教育局规划科",
      coUnits: ["芙蓉区", "教育局规划科"],
      shareHolders: ["岳麓区", "芙蓉区"],
    };
    expect(responsibleUnits(task, (u) => u)).toEqual(["教育局规划科", "芙蓉区", "岳麓区"]);
  });

  it("answers with the lead alone when nobody else holds a share", () => {
    expect(responsibleUnits({ lead: { id: "a" }, coUnits: [], shareHolders: [] }, (u) => u.id)).toEqual([
      { id: "a" },
    ]);
  });
});
