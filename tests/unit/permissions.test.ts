import { describe, expect, it } from "vitest";
import { accessFor, can, homePath, permissionsOf, ROLES, ACCESS } from "@/lib/auth/permissions";

describe("role → permission map", () => {
  it("civil servants write only their own municipality and read network initiatives", () => {
    expect(accessFor("CIVIL_SERVANT", "write", "initiative")).toEqual(["own"]);
    expect(accessFor("CIVIL_SERVANT", "read", "initiative").sort()).toEqual(["network", "own"]);
    expect(can("CIVIL_SERVANT", "read", "advice")).toBe(false);
    expect(can("CIVIL_SERVANT", "read", "questionnaire", "submitted")).toBe(false);
    expect(can("CIVIL_SERVANT", "manage", "user")).toBe(false);
    expect(can("CIVIL_SERVANT", "read", "national", "any")).toBe(true);
  });

  it("advisers read assigned municipalities fully and write advice and reviews for them only", () => {
    expect(accessFor("ADVISER", "read", "municipality")).toEqual(["assigned"]);
    expect(accessFor("ADVISER", "write", "advice")).toEqual(["assigned"]);
    expect(accessFor("ADVISER", "write", "review")).toEqual(["assigned"]);
    expect(can("ADVISER", "write", "initiative")).toBe(false);
    expect(can("ADVISER", "write", "approach")).toBe(false);
    expect(can("ADVISER", "read", "initiative", "network")).toBe(true);
  });

  it("VWS is read-only: aggregates and submitted questionnaires, no drafts, no advice", () => {
    expect(permissionsOf("VWS").every((p) => p.startsWith("read:"))).toBe(true);
    expect(accessFor("VWS", "read", "questionnaire")).toEqual(["submitted"]);
    expect(can("VWS", "read", "advice")).toBe(false);
    expect(can("VWS", "read", "municipality")).toBe(false);
  });

  it("admins may do everything, including user management and the audit trail", () => {
    expect(can("ADMIN", "manage", "user")).toBe(true);
    expect(can("ADMIN", "read", "audit")).toBe(true);
    expect(can("ADMIN", "read", "advice", "assigned")).toBe(true); // "any" covers every access
    expect(can("ADMIN", "manage", "import")).toBe(true);
  });

  it("only admins manage users, the audit trail, survey administration, imports and API tokens", () => {
    for (const role of ROLES) {
      const isAdmin = role === "ADMIN";
      expect(can(role, "manage", "user")).toBe(isAdmin);
      expect(can(role, "read", "audit")).toBe(isAdmin);
      expect(can(role, "manage", "survey-admin")).toBe(isAdmin);
      expect(can(role, "manage", "import")).toBe(isAdmin);
      expect(can(role, "manage", "api-token")).toBe(isAdmin);
    }
  });

  it("every permission is well-formed", () => {
    for (const role of ROLES)
      for (const p of permissionsOf(role)) {
        const [action, entity, access] = p.split(":");
        expect(["read", "write", "manage"]).toContain(action);
        expect(entity).toBeTruthy();
        expect(ACCESS).toContain(access);
      }
  });

  it("sends each role to its home", () => {
    expect(homePath("CIVIL_SERVANT", "GM0794")).toBe("/gemeenten/GM0794");
    expect(homePath("ADVISER", null)).toBe("/adviseur");
    expect(homePath("VWS", null)).toBe("/landelijk");
    expect(homePath("ADMIN", null)).toBe("/beheer");
  });
});
