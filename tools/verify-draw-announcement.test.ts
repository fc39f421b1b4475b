import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  commitmentDigest,
  createBundle,
  createDrawAnnouncement,
  drawRound,
  freezeRound,
  type DrawAnnouncement,
  type LotteryBundle,
  type RoundSetup,
  type SeedAnnouncement,
  type SeedInput,
} from "@edubureau/domain/lottery";
import { checkAnnounced, main, verifyDrawText } from "./verify-draw.ts";

const dir = mkdtempSync(join(tmpdir(), "verify-announcement-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RECIPE: SeedAnnouncement = {
  digits: 6,
  labels: ["notary", "parent-1"],
  publicValues: [
    {
      label: "sse-close",
      digits: 8,
      source: "上海证券交易所上证综合指数 2019-03-17 收盘点位乘以100取整，8位，不足前补零",
      availableAt: "2019-03-17T07:30:00.000Z",
    },
  ],
};
const INPUTS: SeedInput[] = [
  { label: "notary", value: "402917" },
  { label: "parent-1", value: "118305" },
  { label: "sse-close", value: "00302175" },
];

const SETUP: RoundSetup = {
  label: "R1",
  mechanism: "boston",
  partialUnit: "skip",
  schools: [
    { code: "S01", quota: 3 },
    { code: "S02", quota: 2 },
  ],
  applicants: [
    ...["A01", "A02", "A03", "A04", "A05", "A06"].map((number) => ({ number, choices: ["S01", "S02"] })),
    ...["B01", "B02"].map((number) => ({ number, choices: ["S02", "S01"] })),
  ],
  units: [{ id: "U1", members: ["A05", "A06"] }],
};

function announce(setup: RoundSetup): DrawAnnouncement {
  const lists = freezeRound(setup);
  if (!lists.ok) throw new Error(lists.message);
  const announcement = createDrawAnnouncement({
    setup,
    lists: lists.value,
    seedAnnouncement: RECIPE,
    earliestDrawAt: "2019-03-18T01:00:00.000Z",
    publishedAt: "2019-03-17T02:00:00.000Z",
  });
  if (!announcement.ok) throw new Error(announcement.message);
  return announcement.value;
}

/** A bundle drawn from a setup, every digest, seed and outcome recomputed: what a careful forger would publish. */
function drawn(setup: RoundSetup, recipe = RECIPE, inputs = INPUTS, digest?: string): LotteryBundle {
  const round = drawRound({ setup, announcement: recipe, inputs });
  if (!round.ok) throw new Error(round.message);
  return createBundle([
    {
      ...round.value,
      drawnAt: "2019-03-18T02:00:00.000Z",
      ...(digest ? { announcementDigest: digest } : {}),
    },
  ]);
}

const announcement = announce(SETUP);
const announcementFile = join(dir, "announcement.json");
writeFileSync(announcementFile, JSON.stringify({ items: [announcement] }));

function cli(bundle: LotteryBundle, extra: string[] = []) {
  const path = join(dir, `bundle-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(bundle));
  return main(["--inputs", path, "--announcement", announcementFile, ...extra]);
}

describe("verify-draw --announcement", () => {
  it("accepts the bundle drawn as announced", () => {
    const outcome = cli(drawn(SETUP, RECIPE, INPUTS, announcement.digest));
    expect(outcome.lines.join("\n")).toContain("与派位公告一致");
    expect(outcome.exitCode).toBe(0);
  });

  const forgeries: [string, () => LotteryBundle, string, string[]?][] = [
    [
      "a changed choice",
      () =>
        drawn({
          ...SETUP,
          applicants: SETUP.applicants.map((a) =>
            a.number === "B01" ? { ...a, choices: ["S01", "S02"] } : a,
          ),
        }),
      "名单摘要应为",
    ],
    [
      "a dropped applicant",
      () => drawn({ ...SETUP, applicants: SETUP.applicants.filter((a) => a.number !== "A02") }),
      "名单人数应为",
    ],
    [
      "a changed quota",
      () =>
        drawn({ ...SETUP, schools: SETUP.schools.map((s) => (s.code === "S02" ? { ...s, quota: 3 } : s)) }),
      "计划数应为",
    ],
    ["a flipped skip/stop", () => drawn({ ...SETUP, partialUnit: "stop" }), "多胞胎名额不足规则应为"],
    [
      "a seed without the announced public value",
      () =>
        drawn(SETUP, { digits: 6, labels: ["notary", "parent-1", "parent-2"] }, [
          ...INPUTS.slice(0, 2),
          { label: "parent-2", value: "977244" },
        ]),
      "种子的组成与公告不同",
    ],
    [
      "an altered public value",
      () => drawn(SETUP, RECIPE, [...INPUTS.slice(0, 2), { label: "sse-close", value: "00302176" }]),
      "应为 00302175",
      ["--public-value", "sse-close=00302175"],
    ],
  ];

  it.each(forgeries)(
    "passes the self-check but fails against the announcement with %s",
    (_, forge, why, extra) => {
      const bundle = forge();
      expect(verifyDrawText(JSON.stringify(bundle)).exitCode).toBe(0);
      const outcome = cli(bundle, extra);
      expect(outcome.exitCode).toBe(1);
      expect(outcome.lines.at(-1)).toContain(why);
    },
  );

  it("refuses an announcement changed after publication and a draw before the announced time", () => {
    const edited = { ...announcement, earliestDrawAt: "2019-03-17T03:00:00.000Z" };
    const bundle = drawn(SETUP);
    expect(checkAnnounced(JSON.stringify(bundle), [JSON.stringify(edited)], []).lines[0]).toContain(
      "已被改动",
    );
    const early = {
      ...bundle,
      rounds: bundle.rounds.map((r) => ({ ...r, drawnAt: "2019-03-18T00:59:00.000Z" })),
    };
    expect(checkAnnounced(JSON.stringify(early), [JSON.stringify(announcement)], []).lines[0]).toContain(
      "早于公告的最早派位时间",
    );
  });
});

describe("verify-draw --announcement with committed on-site numbers", () => {
  const NONCES: Record<string, string> = { notary: "k3Jd9QpX2mVt7LwZ", "parent-1": "Rr8eT1yUi0oPa5Sd" };
  const committed: SeedAnnouncement = {
    ...RECIPE,
    commitments: INPUTS.filter((i) => i.label in NONCES).map((i) => ({
      label: i.label,
      digest: commitmentDigest(i.label, i.value, NONCES[i.label]!),
    })),
  };
  const revealed = INPUTS.map((i) => (i.label in NONCES ? { ...i, nonce: NONCES[i.label]! } : i));
  const lists = freezeRound(SETUP);
  if (!lists.ok) throw new Error(lists.message);
  const sealed = createDrawAnnouncement({
    setup: SETUP,
    lists: lists.value,
    seedAnnouncement: committed,
    earliestDrawAt: "2019-03-18T01:00:00.000Z",
    publishedAt: "2019-03-17T02:00:00.000Z",
  });
  if (!sealed.ok) throw new Error(sealed.message);
  const file = join(dir, "announcement-committed.json");
  writeFileSync(file, JSON.stringify({ items: [sealed.value] }));
  const check = (bundle: LotteryBundle) => {
    const path = join(dir, `committed-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify(bundle));
    return main(["--inputs", path, "--announcement", file]);
  };

  it("accepts the bundle drawn with the revealed numbers", () => {
    const outcome = check(drawn(SETUP, committed, revealed, sealed.value.digest));
    expect(outcome.exitCode).toBe(0);
  });

  it("refuses to draw with an on-site number other than the committed one", () => {
    const other = revealed.map((i) => (i.label === "notary" ? { ...i, value: "402918" } : i));
    expect(() => drawn(SETUP, committed, other)).toThrow("与派位公告中公布的承诺不符");
  });

  it("a forger who changes only an on-site number and recomputes its commitment passes the self-check but fails against the announcement", () => {
    const nonce = "Forged0000000000";
    const recipe: SeedAnnouncement = {
      ...committed,
      commitments: committed.commitments!.map((c) =>
        c.label === "notary" ? { label: "notary", digest: commitmentDigest("notary", "402918", nonce) } : c,
      ),
    };
    const inputs = revealed.map((i) => (i.label === "notary" ? { ...i, value: "402918", nonce } : i));
    const bundle = drawn(SETUP, recipe, inputs);
    expect(verifyDrawText(JSON.stringify(bundle)).exitCode).toBe(0);
    const outcome = check(bundle);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines.at(-1)).toContain("种子的组成与公告不同");
  });
});
