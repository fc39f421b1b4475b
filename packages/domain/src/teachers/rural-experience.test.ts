import { describe, expect, it } from "vitest";
import { coveredByCityRecognition, ruralCertificateNumber, ruralExperience } from "./rural-experience.ts";
import type { TeachingPosting } from "./rural-experience.ts";

const posting = (from: string, to: string | null, ruralOrWeak = true): TeachingPosting => ({
  school: "乡镇中学",
  from,
  to,
  ruralOrWeak,
});

describe("农村(薄弱)学校任教经历", () => {
  it("recognises a full year and not a year less one day", () => {
    const year = ruralExperience({
      postings: [posting("2018-09-01", "2019-08-31")],
      employment: "privateInPost",
      asOf: "2020-01-01",
    });
    expect(year).toMatchObject({ totalDays: 365, totalMonths: 12, years: 1, months: 0, recognised: true });
    expect(year.message).toBe(
      "累计农村(薄弱)学校任教 1 年 0 个月，达到 12 个月，认定具有农村(薄弱)学校任教经历",
    );
    const short = ruralExperience({
      postings: [posting("2018-09-01", "2019-08-30")],
      employment: "privateInPost",
      asOf: "2020-01-01",
    });
    expect(short).toMatchObject({ totalMonths: 11, recognised: false });
  });

  it("merges overlapping and back-to-back postings and skips urban ones", () => {
    const result = ruralExperience({
      postings: [
        posting("2015-09-01", "2016-08-31"),
        posting("2016-03-01", "2017-02-28"),
        posting("2017-03-01", "2017-08-31"),
        posting("2017-09-01", "2019-08-31", false),
      ],
      employment: "publicOffStaff",
      asOf: "2020-01-01",
    });
    expect(result.periods).toEqual([{ from: "2015-09-01", to: "2017-08-31" }]);
    expect(result).toMatchObject({ totalMonths: 24, years: 2, months: 0 });
  });

  it("adds up separate postings, leftover days making a month per 31", () => {
    const result = ruralExperience({
      postings: [posting("2015-09-01", "2016-01-16"), posting("2018-03-01", "2018-09-16")],
      employment: "publicOffStaff",
      asOf: "2020-01-01",
    });
    // 4 months 16 days + 6 months 16 days = 10 months 32 days → 11 months
    expect(result.totalMonths).toBe(11);
  });

  it("counts an open posting up to the given date and ignores postings that start later", () => {
    const result = ruralExperience({
      postings: [posting("2019-01-01", null), posting("2021-01-01", "2022-01-01")],
      employment: "publicInStaff",
      asOf: "2019-12-31",
    });
    expect(result).toMatchObject({ totalMonths: 12, recognised: true });
  });

  it("uses a configured threshold", () => {
    const options = { postings: [posting("2018-09-01", "2019-08-31")], employment: "privateInPost" as const };
    expect(ruralExperience({ ...options, asOf: "2020-01-01", minMonths: 24 }).recognised).toBe(false);
  });

  it("refuses a posting that ends before it starts", () => {
    expect(() =>
      ruralExperience({
        postings: [posting("2019-01-01", "2018-01-01")],
        employment: "privateInPost",
        asOf: "2020-01-01",
      }),
    ).toThrow("早于开始日期");
  });

  it("covers 编外 and 民办 teachers under the city's 认定办法, 在编 teachers under the national rule", () => {
    expect(coveredByCityRecognition("publicOffStaff")).toBe(true);
    expect(coveredByCityRecognition("privateInPost")).toBe(true);
    expect(coveredByCityRecognition("publicInStaff")).toBe(false);
    const inStaff = ruralExperience({ postings: [], employment: "publicInStaff", asOf: "2020-01-01" });
    expect(inStaff.basis).toContain("国办发〔2015〕43号");
  });
});

describe("认定证书编号", () => {
  it("abbreviates the city, pads the serial and refuses a serial below one", () => {
    expect(ruralCertificateNumber("长沙市", 2019, 1)).toBe("长教农认〔2019〕0001号");
    expect(ruralCertificateNumber("长沙市", 2020, 12345)).toBe("长教农认〔2020〕12345号");
    expect(() => ruralCertificateNumber("长沙市", 2019, 0)).toThrow(RangeError);
  });
});
