import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decidedByViewer, municipalityScope } from "@/lib/auth/scope";
import { excerpt, networkAccess } from "./network";
import { NETWORK_PAGE_SIZE, type NetworkFilters } from "./network-filters";
import type { NetworkInitiativeDetailDTO, NetworkInitiativeDTO, NetworkPageDTO } from "./types";
import { isUuid } from "@/lib/uuid";

// Initiatives across municipalities (/initiatieven), open to anonymous visitors. What a viewer may see sits
// in every `where` (lib/initiatives/network.ts → the permission map): anonymous and VWS only PUBLIC; civil
// servants and advisers also GIDS_NETWORK, plus everything of their own / assigned municipality; admins all.
// Archived initiatives never. Each read is a fixed number of statements (relations joined, decision 043).

/** The viewer's reach as a Prisma filter; null when the viewer may see nothing. */
function reach(viewer: Viewer | null): Prisma.InitiativeWhereInput | null {
  const access = networkAccess(viewer?.role ?? null);
  if (access.includes("any")) return { archivedAt: null };
  const or: Prisma.InitiativeWhereInput[] = [];
  if (access.includes("network")) or.push({ visibility: { in: ["GIDS_NETWORK", "PUBLIC"] } });
  else if (access.includes("public")) or.push({ visibility: "PUBLIC" });
  const own = viewer ? municipalityScope(viewer, "read", "initiative") : null;
  if (own) or.push({ municipality: own });
  if (or.length === 0) return null;
  return { archivedAt: null, ...(or.length === 1 ? or[0] : { OR: or }) };
}

/** Prisma passes `contains` to ILIKE unescaped: make %, _ and \ match themselves. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filterWhere(f: NetworkFilters): Prisma.InitiativeWhereInput[] {
  const and: Prisma.InitiativeWhereInput[] = [];
  if (f.search) {
    const contains = escapeLike(f.search);
    and.push({ OR: [{ title: { contains, mode: "insensitive" } }, { description: { contains, mode: "insensitive" } }] });
  }
  if (f.track) and.push({ tracks: { some: { trackCode: f.track as Prisma.EnumTrackCodeFilter["equals"] } } });
  if (f.pillar) and.push({ pillars: { some: { pillarNumber: f.pillar } } });
  if (f.provinceCode) and.push({ municipality: { provinceCode: f.provinceCode } });
  if (f.sizeClass) and.push({ municipality: { sizeClass: f.sizeClass } });
  return and;
}

const SELECT = {
  id: true,
  title: true,
  description: true,
  status: true,
  visibility: true,
  targetGroups: true,
  programmes: true,
  startDate: true,
  endDate: true,
  municipality: { select: { code: true, name: true, province: { select: { name: true } } } },
  tracks: { select: { trackCode: true }, orderBy: { track: { sortOrder: "asc" } } },
  pillars: { select: { pillarNumber: true }, orderBy: { pillarNumber: "asc" } },
  partners: { select: { type: true, name: true }, orderBy: { sortOrder: "asc" } },
} satisfies Prisma.InitiativeSelect;

type Row = Prisma.InitiativeGetPayload<{ select: typeof SELECT }>;

function toDTO(r: Row, openable: ReadonlySet<string>, description: string): NetworkInitiativeDTO {
  const m = r.municipality;
  return {
    id: r.id,
    title: r.title,
    description,
    municipality: { code: m.code, name: m.name, provinceName: m.province.name, canOpen: openable.has(m.code) },
    status: r.status,
    visibility: r.visibility,
    tracks: r.tracks.map((t) => t.trackCode),
    pillars: r.pillars.map((p) => p.pillarNumber),
    targetGroups: r.targetGroups,
    partners: r.partners,
    programmes: r.programmes,
  };
}

/** Which of these municipalities' workspaces the viewer may open: decided by the viewer, else one query. */
async function openableWorkspaces(viewer: Viewer | null, codes: string[]): Promise<Set<string>> {
  const open = new Set<string>();
  if (!viewer) return open;
  const ask: string[] = [];
  for (const code of new Set(codes)) {
    const decided = decidedByViewer(viewer, code, "read", "municipality");
    if (decided) open.add(code);
    else if (decided === null) ask.push(code);
  }
  const scope = ask.length ? municipalityScope(viewer, "read", "municipality") : null;
  if (scope) {
    const rows = await db.municipality.findMany({ where: { AND: [{ code: { in: ask } }, scope] }, select: { code: true } });
    for (const r of rows) open.add(r.code);
  }
  return open;
}

/** One page of the initiatives the viewer may see across municipalities, filtered and paged in SQL. */
export async function listNetworkInitiatives(viewer: Viewer | null, f: NetworkFilters, pageSize = NETWORK_PAGE_SIZE): Promise<NetworkPageDTO> {
  const base = reach(viewer);
  if (!base) return { items: [], total: 0, page: 1, pageCount: 1, pageSize };
  const where: Prisma.InitiativeWhereInput = { AND: [base, ...filterWhere(f)] };
  const total = await db.initiative.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, f.page), pageCount);
  const rows = total
    ? await db.initiative.findMany({
        where,
        select: SELECT,
        // Recently updated first: a title order would stack the same template of many municipalities.
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      })
    : [];
  const openable = await openableWorkspaces(viewer, rows.map((r) => r.municipality.code));
  return { items: rows.map((r) => toDTO(r, openable, excerpt(r.description))), total, page, pageCount, pageSize };
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** One initiative the viewer may see, or null (unknown id, archived, or outside the viewer's reach). */
export async function getNetworkInitiative(viewer: Viewer | null, id: string): Promise<NetworkInitiativeDetailDTO | null> {
  const base = reach(viewer);
  if (!base || !isUuid(id)) return null;
  const row = await db.initiative.findFirst({ where: { AND: [base, { id }] }, select: SELECT });
  if (!row) return null;
  const openable = await openableWorkspaces(viewer, [row.municipality.code]);
  return { ...toDTO(row, openable, row.description), startDate: day(row.startDate), endDate: day(row.endDate) };
}
