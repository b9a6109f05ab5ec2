import { describe, expect, it } from "vitest";
import { countChanges, diffApproaches } from "@/lib/approach/diff";
import { ApproachFormSchema } from "@/lib/approach/schemas";
import type { ApproachContent } from "@/lib/approach/types";

const base: ApproachContent = {
  stage: "POLICY",
  lowSesInvolved: true,
  residentMethods: ["AMBASSADORS"],
  monitoringAttention: true,
  monitoringLevels: ["ACTIVITIES"],
  anchoringAttention: null,
  anchoringMethods: [],
  fundingSources: ["GIDS"],
  story: "Begonnen in Emmerhout.",
  tracks: [{ code: "SOCIAL_ENVIRONMENT", text: "Ontmoetingsplekken" }],
  pillars: [{ number: 1, assessment: "COULD_DO_MORE", note: "" }],
};

describe("diffApproaches", () => {
  it("finds no changes between equal years", () => {
    expect(countChanges(diffApproaches(base, structuredClone(base)))).toBe(0);
  });

  it("names what changed: stage, a track added, a pillar's assessment, list additions and removals", () => {
    const next: ApproachContent = {
      ...base,
      stage: "INTEGRATED",
      tracks: [...base.tracks, { code: "PHYSICAL_ENVIRONMENT", text: "Groen schoolplein" }],
      pillars: [{ number: 1, assessment: "DOING_WELL", note: "Bewonersplatform" }],
      fundingSources: ["GIDS", "FUNDS"],
      residentMethods: [],
    };
    const rows = diffApproaches(base, next);
    const changed = rows.filter((r) => r.changed).map((r) => `${r.field}${r.key ? `:${r.key}` : ""}`);
    expect(changed).toEqual(["stage", "track:PHYSICAL_ENVIRONMENT", "pillar:1", "pillarNote:1", "residentMethods", "fundingSources"]);
    expect(rows.find((r) => r.field === "fundingSources")).toMatchObject({ added: ["FUNDS"], removed: [] });
    expect(rows.find((r) => r.field === "residentMethods")).toMatchObject({ added: [], removed: ["AMBASSADORS"] });
    expect(rows.find((r) => r.key === "PHYSICAL_ENVIRONMENT")).toMatchObject({ a: null, b: "Groen schoolplein" });
  });

  it("treats a missing year as empty on that side", () => {
    const rows = diffApproaches(null, base);
    expect(rows.find((r) => r.field === "stage")).toMatchObject({ a: null, b: "POLICY", changed: true });
    expect(rows.find((r) => r.key === "BEHAVIOUR_SKILLS")).toMatchObject({ a: null, b: null, changed: false });
  });

  it("has one row per track and pillar, in a fixed order", () => {
    const rows = diffApproaches(base, base);
    expect(rows.filter((r) => r.field === "track")).toHaveLength(5);
    expect(rows.filter((r) => r.field === "pillar").map((r) => r.key)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(rows[0]!.field).toBe("stage");
    expect(rows.at(-1)!.field).toBe("story");
  });
});

describe("ApproachFormSchema", () => {
  const form = {
    code: "GM0794",
    year: "2026",
    version: "3",
    id: "",
    stage: "POLICY",
    lowSesInvolved: "yes",
    residentMethods: ["AMBASSADORS", "AMBASSADORS"],
    monitoringAttention: "no",
    anchoringAttention: "",
    track_PHYSICAL_ENVIRONMENT: "on",
    trackText_PHYSICAL_ENVIRONMENT: "  Groen  ",
    pillar_3: "DOING_WELL",
    pillarNote_3: "Wethouder trekt",
    story: "",
  };

  it("shapes the flat form into the approach", () => {
    const r = ApproachFormSchema.safeParse(form);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).toMatchObject({ code: "GM0794", year: 2026, version: 3, id: undefined });
    expect(r.data.content).toMatchObject({
      stage: "POLICY",
      lowSesInvolved: true,
      residentMethods: ["AMBASSADORS"],
      monitoringAttention: false,
      anchoringAttention: null,
      monitoringLevels: [],
      tracks: [{ code: "PHYSICAL_ENVIRONMENT", text: "Groen" }],
      pillars: [{ number: 3, assessment: "DOING_WELL", note: "Wethouder trekt" }],
    });
  });

  it("refuses follow-up answers without 'yes', texts without a track and notes without an assessment", () => {
    const r = ApproachFormSchema.safeParse({
      ...form,
      monitoringLevels: ["PROCESS"],
      trackText_PARTICIPATION: "Schulden",
      pillarNote_5: "GGD-monitor",
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    const paths = r.error.issues.map((i) => `${String(i.path[0])}=${i.message}`).sort();
    expect(paths).toEqual([
      "monitoringLevels=workspace.validation.notApplicable",
      "pillar_5=workspace.validation.noteNeedsAssessment",
      "track_PARTICIPATION=workspace.validation.trackTextNeedsTrack",
    ]);
  });

  it("refuses unknown choices and impossible years with catalog keys", () => {
    const r = ApproachFormSchema.safeParse({ ...form, stage: "DONE", year: "1999" });
    expect(r.success).toBe(false);
    if (r.success) return;
    const byPath = Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byPath).toMatchObject({ stage: "workspace.validation.invalidChoice", year: "workspace.validation.invalidYear" });
  });
});
