import type { Db } from "../../db/database.ts";
import {
  addClasses,
  addDesignation,
  addInstitution,
  addProject,
  addUnit,
} from "../../test/registry-factories.ts";
import type { TestWorld } from "../../test/test-world.ts";
import type { OrgUnitRow } from "../org-units/org-units.tables.ts";

export interface IndicatorFixture {
  streetA: OrgUnitRow;
  streetB: OrgUnitRow;
  cA1: OrgUnitRow;
  cB2: OrgUnitRow;
}

/**
 * A hand-built city on top of the test world: every figure expected in indicators-registry.test.ts is
 * worked out by hand from these rows. World: 长沙市 → 芙蓉区 (A: 文艺路街道, 示范小学 public primary) and
 * 岳麓区 (B: 实验小学 private primary).
 */
export async function buildIndicatorFixture(database: Db, world: TestWorld): Promise<IndicatorFixture> {
  return database.transaction(async (db) => {
    const streetA = world.streetA;
    const streetB = await addUnit(db, world.districtB, "street", "岳麓街道");
    const cA1 = await addUnit(db, streetA, "community", "识字岭社区");
    // Communities without a centre: 文艺新村 (A) and 麓山 (B).
    await addUnit(db, streetA, "community", "文艺新村社区");
    const cB1 = await addUnit(db, streetB, "community", "后湖社区");
    const cB2 = await addUnit(db, streetB, "community", "桃子湖社区");
    await addUnit(db, streetB, "community", "麓山社区");
    // 社区学习中心: cA1 has two (counts once), cB1 one, cB2 only a closed one.
    await addInstitution(db, cA1, { type: "community_learning_centre", community: cA1 });
    await addInstitution(db, streetA, { type: "community_learning_centre", community: cA1 });
    await addInstitution(db, streetB, { type: "community_learning_centre", community: cB1 });
    await addInstitution(db, streetB, {
      type: "community_learning_centre",
      community: cB2,
      status: "closed",
    });

    // Compulsory schools: A has 示范小学 (public), a public junior, a private 九年一贯制; B has 实验小学 (private)
    // plus a closed private primary and a private senior high, which do not count.
    const juniorA = await addInstitution(db, streetA, { type: "junior" });
    const nineA = await addInstitution(db, world.districtA, { type: "nine_year", ownership: "private" });
    await addInstitution(db, world.districtB, { type: "primary", ownership: "private", status: "closed" });
    await addInstitution(db, world.districtB, { type: "senior", ownership: "private" });

    // Classes 2019-2020 (grades 1–9 count; grade 10 does not).
    await addClasses(db, world.schoolA, "2019-2020", [
      { grade: 1, students: 40 },
      { grade: 1, students: 56 },
      { grade: 2, students: 66 },
      { grade: 3, students: 50 },
    ]);
    await addClasses(db, juniorA, "2019-2020", [
      { grade: 7, students: 55 },
      { grade: 8, students: 60 },
    ]);
    await addClasses(db, juniorA, "2019-2020", [{ grade: 10, students: 70 }]);
    await addClasses(db, world.schoolB, "2019-2020", [
      { grade: 3, students: 45 },
      { grade: 4, students: 45 },
      { grade: 5, students: 70 },
    ]);
    await addClasses(db, nineA, "2019-2020", [{ grade: 8, students: 50 }]);
    // An earlier school year, for the series.
    await addClasses(db, world.schoolA, "2018-2019", [
      { grade: 1, students: 80 },
      { grade: 1, students: 40 },
    ]);

    // Kindergartens 2019-2020: A public 55 + 普惠民办 20; B 民办 50 + public 25.
    const kgA = await addInstitution(db, streetA, { type: "kindergarten" });
    const kgA2 = await addInstitution(db, world.districtA, {
      type: "kindergarten",
      ownership: "private",
      inclusive: true,
    });
    const kgB = await addInstitution(db, streetB, { type: "kindergarten", ownership: "private" });
    const kgB2 = await addInstitution(db, world.districtB, { type: "kindergarten" });
    await addClasses(db, kgA, "2019-2020", [
      { grade: 0, students: 30 },
      { grade: 0, students: 25 },
    ]);
    await addClasses(db, kgA2, "2019-2020", [{ grade: 0, students: 20 }]);
    await addClasses(db, kgB, "2019-2020", [
      { grade: 0, students: 35 },
      { grade: 0, students: 15 },
    ]);
    await addClasses(db, kgB2, "2019-2020", [{ grade: 0, students: 25 }]);

    // Projects.
    const { districtA, districtB } = world;
    await addProject(db, {
      district: districtA,
      institution: juniorA,
      level: "compulsory",
      kind: "new",
      status: "completed",
      actualStart: "2018-03-01",
      actualFinish: "2019-08-20",
    });
    await addProject(db, {
      district: districtB,
      institution: world.schoolB,
      level: "compulsory",
      kind: "expand",
      ownership: "private",
      status: "in_use",
      actualStart: "2018-09-01",
      actualFinish: "2019-12-31",
    });
    await addProject(db, {
      district: districtA,
      level: "compulsory",
      kind: "rebuild",
      status: "under_construction",
      actualStart: "2019-03-01",
    });
    await addProject(db, {
      district: districtA,
      institution: world.schoolA,
      level: "compulsory",
      kind: "new",
      status: "completed",
      actualStart: "2017-03-01",
      actualFinish: "2018-12-31",
    });
    await addProject(db, {
      district: districtB,
      level: "preschool",
      kind: "new",
      status: "completed",
      actualStart: "2018-05-01",
      actualFinish: "2019-06-30",
    });
    await addProject(db, {
      district: districtA,
      level: "senior",
      kind: "new",
      status: "under_construction",
      actualStart: "2019-05-01",
    });
    // Finished date in 2019 but still marked 在建: not counted as finished.
    await addProject(db, {
      district: districtA,
      level: "compulsory",
      kind: "new",
      status: "under_construction",
      actualStart: "2018-05-01",
      actualFinish: "2019-05-01",
    });

    // Designations.
    await addDesignation(db, { institution: world.schoolA, type: "child_friendly_pilot_school", year: 2019 });
    await addDesignation(db, {
      institution: world.schoolB,
      type: "child_friendly_pilot_school",
      year: 2019,
      revokedOn: "2019-10-01",
    });
    await addDesignation(db, {
      institution: juniorA,
      type: "child_friendly_pilot_school",
      year: 2019,
      revokedOn: "2020-03-01",
    });
    await addDesignation(db, { institution: world.schoolA, type: "smart_campus_pilot_school", year: 2019 });
    await addDesignation(db, { institution: world.schoolB, type: "child_friendly_pilot_school", year: 2018 });
    return { streetA, streetB, cA1, cB2 };
  });
}
