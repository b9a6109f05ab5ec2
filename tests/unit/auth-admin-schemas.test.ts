import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AuditFiltersSchema } from "@/lib/audit/schemas";
import { startOfDutchDay, todayDate } from "@/lib/users/dates";
import { CreateUserSchema, SetActiveSchema, UserFiltersSchema } from "@/lib/users/schemas";

describe("user forms", () => {
  it("normalises the e-mail address and requires a municipality for civil servants", () => {
    const ok = CreateUserSchema.parse({ name: " An ", email: " An@Gemeente.NL ", role: "CIVIL_SERVANT", municipalityCode: "gm0794" });
    expect(ok).toEqual({ name: "An", email: "an@gemeente.nl", role: "CIVIL_SERVANT", municipalityCode: "GM0794" });
    const missing = CreateUserSchema.safeParse({ name: "An", email: "an@x.nl", role: "CIVIL_SERVANT", municipalityCode: "" });
    expect(missing.success).toBe(false);
    expect(z.flattenError(missing.error!).fieldErrors).toEqual({ municipalityCode: ["validation.municipalityRequired"] });
    expect(CreateUserSchema.safeParse({ name: "V", email: "v@x.nl", role: "VWS", municipalityCode: "" }).success).toBe(true);
  });

  it("reports catalog keys per field", () => {
    const r = CreateUserSchema.safeParse({ name: "", email: "nope", role: "ROOT" });
    const fe = z.flattenError(r.error!).fieldErrors;
    expect(fe.name).toEqual(["validation.required"]);
    expect(fe.email).toEqual(["validation.email"]);
    expect(fe.role).toEqual(["validation.role"]);
  });

  it("needs the confirmation to (de)activate", () => {
    const base = { id: "7d1f7c1e-1111-4a4a-9b9b-222222222222", version: "3", active: "false" };
    expect(SetActiveSchema.safeParse(base).success).toBe(false);
    expect(SetActiveSchema.parse({ ...base, confirm: "yes" })).toMatchObject({ version: 3, active: false });
  });

  it("falls back to defaults for bad filter values", () => {
    expect(UserFiltersSchema.parse({ q: "  ", role: "ROOT", page: "-3" })).toEqual({ q: undefined, role: undefined, page: 1 });
    expect(AuditFiltersSchema.parse({ from: "2026-13-45", to: "2026-11-25", page: "2" })).toMatchObject({ from: undefined, to: "2026-11-25", page: 2 });
  });
});

describe("Dutch calendar dates", () => {
  it("today follows the Dutch date, not UTC", () => {
    expect(todayDate(new Date("2026-11-25T23:30:00Z")).toISOString()).toBe("2026-11-26T00:00:00.000Z");
    expect(todayDate(new Date("2026-11-25T10:00:00Z")).toISOString()).toBe("2026-11-25T00:00:00.000Z");
  });
  it("a Dutch day starts at 23:00 UTC in winter and 22:00 UTC in summer", () => {
    expect(startOfDutchDay("2026-11-25").toISOString()).toBe("2026-11-24T23:00:00.000Z");
    expect(startOfDutchDay("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });
});
