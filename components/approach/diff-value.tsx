import type { DiffField, DiffValue } from "@/lib/approach/diff";
import { label } from "@/components/workspace/messages";

const LIST_GROUP: Partial<Record<DiffField, string>> = {
  residentMethods: "residentMethod",
  monitoringLevels: "monitoringLevel",
  anchoringMethods: "anchoringMethod",
  fundingSources: "funding",
};

/** One value of an approach field as text (shared by the read-only view and the year comparison). */
export function diffValueText(t: unknown, field: DiffField, v: DiffValue): string {
  const tr = (k: string) => label(t, k);
  if (field === "track") return v === null ? tr("approach.values.noPlace") : v === "" ? tr("approach.values.placeNoText") : String(v);
  if (field === "stage") return v ? tr(`workspace.enums.stage.${v}`) : tr("workspace.form.notFilledIn");
  if (field === "pillar") return v ? tr(`workspace.enums.assessment.${v}`) : tr("workspace.form.notFilledIn");
  if (typeof v === "boolean") return v ? tr("workspace.form.yes") : tr("workspace.form.no");
  if (v === null) return tr("workspace.form.notFilledIn");
  if (Array.isArray(v)) {
    const group = LIST_GROUP[field];
    return v.length ? v.map((x) => (group ? tr(`workspace.enums.${group}.${x}`) : x)).join(", ") : tr("approach.values.none");
  }
  return v === "" ? "–" : v;
}

/** The row's label: the field, or the track / pillar it is about. */
export function diffRowLabel(t: unknown, field: DiffField, key: string | undefined, names: { tracks: Record<string, string>; pillars: Record<string, string> }): string {
  if (field === "track") return names.tracks[key ?? ""] ?? key ?? "";
  if (field === "pillar") return `${key}. ${names.pillars[key ?? ""] ?? ""}`;
  if (field === "pillarNote") return label(t, "approach.fields.pillarNote", { n: key ?? "" });
  return label(t, `approach.fields.${field}`);
}
