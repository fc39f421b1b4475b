import { describe, expect, it } from "vitest";
import { AUDIT_EVENTS, type AuditEntry } from "./audit-events.ts";

describe("the audit event catalogue", () => {
  it("names each entity and action pair once", () => {
    const pairs = Object.values(AUDIT_EVENTS).map((spec) => `${spec.entity}/${spec.action}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("types each event's payload", () => {
    const entries: AuditEntry[] = [
      { event: "ORG_UNIT_UPDATED", entityId: "x", before: { name: "a" }, after: { name: "b" } },
      { event: "STUDENTS_IMPORTED", entityId: "job", after: { fileName: "a.xlsx", sha256: "0", rows: 1 } },
      // @ts-expect-error an import names its file and digest
      { event: "TEACHERS_IMPORTED", entityId: "job", after: { rows: 1 } },
      // @ts-expect-error a login carries no payload
      { event: "LOGIN_SUCCEEDED", entityId: "u", after: { password: "x" } },
      // @ts-expect-error only catalogued events exist
      { event: "SOMETHING_HAPPENED", entityId: null },
    ];
    expect(entries).toHaveLength(5);
  });
});
