// What changed in an approach between two years, as rows for a side-by-side table. Pure; unit-tested.
import { PILLAR_NUMBERS, TRACK_CODES } from "@/lib/initiatives/options";
import type { ApproachContent } from "./types";

export type DiffValue = string | boolean | null | string[];

export type DiffField =
  | "stage"
  | "track"
  | "pillar"
  | "pillarNote"
  | "lowSesInvolved"
  | "residentMethods"
  | "monitoringAttention"
  | "monitoringLevels"
  | "anchoringAttention"
  | "anchoringMethods"
  | "fundingSources"
  | "story";

export type DiffRow = {
  field: DiffField;
  /** Track code or pillar number for the per-track and per-pillar rows. */
  key?: string;
  a: DiffValue;
  b: DiffValue;
  changed: boolean;
  /** For lists: what year b has that year a had not, and the reverse. */
  added?: string[];
  removed?: string[];
};

type Scalar = "stage" | "lowSesInvolved" | "monitoringAttention" | "anchoringAttention";

function listRow(field: DiffField, a: string[], b: string[]): DiffRow {
  const added = b.filter((x) => !a.includes(x));
  const removed = a.filter((x) => !b.includes(x));
  return { field, a, b, added, removed, changed: added.length + removed.length > 0 };
}

/**
 * Compares two approaches (either may be missing: then every value on that side is empty). A track row's
 * value is its text when the track has a place in the approach, else null; a pillar row's value is the
 * self-assessment. Rows keep a fixed order (stage, tracks, pillars, residents, monitoring, anchoring,
 * funding, story), so the table reads the same for every pair of years.
 */
export function diffApproaches(a: ApproachContent | null, b: ApproachContent | null): DiffRow[] {
  const rows: DiffRow[] = [];
  const scalar = (field: Scalar) => {
    const va = a ? a[field] : null;
    const vb = b ? b[field] : null;
    rows.push({ field, a: va, b: vb, changed: va !== vb });
  };
  scalar("stage");
  for (const code of TRACK_CODES) {
    const ta = a?.tracks.find((t) => t.code === code)?.text ?? null;
    const tb = b?.tracks.find((t) => t.code === code)?.text ?? null;
    rows.push({ field: "track", key: code, a: ta, b: tb, changed: ta !== tb });
  }
  for (const n of PILLAR_NUMBERS) {
    const pa = a?.pillars.find((p) => p.number === n);
    const pb = b?.pillars.find((p) => p.number === n);
    const [sa, sb] = [pa?.assessment ?? null, pb?.assessment ?? null];
    rows.push({ field: "pillar", key: String(n), a: sa, b: sb, changed: sa !== sb });
    const [na, nb] = [pa?.note ?? "", pb?.note ?? ""];
    if (na || nb) rows.push({ field: "pillarNote", key: String(n), a: na, b: nb, changed: na !== nb });
  }
  scalar("lowSesInvolved");
  rows.push(listRow("residentMethods", a?.residentMethods ?? [], b?.residentMethods ?? []));
  scalar("monitoringAttention");
  rows.push(listRow("monitoringLevels", a?.monitoringLevels ?? [], b?.monitoringLevels ?? []));
  scalar("anchoringAttention");
  rows.push(listRow("anchoringMethods", a?.anchoringMethods ?? [], b?.anchoringMethods ?? []));
  rows.push(listRow("fundingSources", a?.fundingSources ?? [], b?.fundingSources ?? []));
  const [sa, sb] = [a?.story ?? "", b?.story ?? ""];
  rows.push({ field: "story", a: sa, b: sb, changed: sa !== sb });
  return rows;
}

/** Number of changed rows (the headline of the comparison). */
export const countChanges = (rows: readonly DiffRow[]) => rows.filter((r) => r.changed).length;
