import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { AppLocale } from "@/lib/i18n/config";
import { getApproach, getLatestApproach } from "@/lib/approach/queries";
import type { ApproachDTO } from "@/lib/approach/types";
import { INITIATIVE_SELECT, toInitiativeDTO } from "@/lib/initiatives/queries";
import type { InitiativeDTO } from "@/lib/initiatives/types";
import { listPillars, listTracks } from "@/lib/reference/queries";
import { municipalityScope, municipalityScopeSql } from "@/lib/auth/scope";
import { getWorkspace, type WorkspaceDTO } from "@/lib/workspace/queries";

export type ExportDataDTO = {
  ws: WorkspaceDTO;
  approach: ApproachDTO | null;
  initiatives: InitiativeDTO[];
  trackNames: Record<string, string>;
  pillarNames: Record<number, string>;
};

/** Everything the XLSX export holds, scoped to the viewer (null → 404). Archived initiatives are included, marked. */
export async function getExportData(viewer: Viewer, code: string, year: number | null, locale: AppLocale): Promise<ExportDataDTO | null> {
  const ws = await getWorkspace(viewer, code);
  const scope = municipalityScope(viewer, "read", "initiative");
  if (!ws || !scope) return null;
  const [approach, rows, tracks, pillars] = await Promise.all([
    year ? getApproach(viewer, code, year) : getLatestApproach(viewer, code),
    db.initiative.findMany({
      where: { municipalityCode: code, municipality: scope },
      select: INITIATIVE_SELECT,
      orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { title: "asc" }],
    }),
    listTracks(locale),
    listPillars(locale),
  ]);
  return {
    ws,
    approach,
    initiatives: rows.map((r) => toInitiativeDTO(r, null)),
    trackNames: Object.fromEntries(tracks.map((t) => [t.code, t.name])),
    pillarNames: Object.fromEntries(pillars.map((p) => [p.number, p.name])),
  };
}

export type InitiativeTotalsDTO = { running: number; residentsReached: number; lowSesReached: number; budgetCents: number; partners: number };

/** Totals over the running (RUNNING or STRUCTURAL), non-archived initiatives, summed in PostgreSQL. */
export async function getInitiativeTotals(viewer: Viewer, code: string): Promise<InitiativeTotalsDTO> {
  const rows = await db.$queryRaw<{ running: number; residents: bigint | null; low_ses: bigint | null; budget: bigint | null; partners: number }[]>`
    select count(i.id)::int as running,
      sum(i.residents_reached)::bigint as residents,
      sum(i.low_ses_reached)::bigint as low_ses,
      sum(i.budget_cents)::bigint as budget,
      (select count(distinct lower(p.name))::int from initiative_partner p join initiative j on j.id = p.initiative_id
        where j.municipality_code = m.code and j.archived_at is null and j.status in ('RUNNING', 'STRUCTURAL')) as partners
    from municipality m
    left join initiative i on i.municipality_code = m.code and i.archived_at is null and i.status in ('RUNNING', 'STRUCTURAL')
    where m.code = ${code} and ${municipalityScopeSql(viewer, "read", "initiative")}
    group by m.code`;
  const r = rows[0];
  return {
    running: r?.running ?? 0,
    residentsReached: Number(r?.residents ?? 0),
    lowSesReached: Number(r?.low_ses ?? 0),
    budgetCents: Number(r?.budget ?? 0),
    partners: r?.partners ?? 0,
  };
}
