// The network list's part of the authorization matrix (/initiatieven), in the shared vocabulary of
// auth-fixtures/matrix.ts. Unlike the workspace, anonymous visitors are a real persona here: the queries take
// `Viewer | null` and the pages are open. Everything aims at Helmond's initiatives, one per visibility:
// private → its own civil servant, its assigned adviser and admin; GIDS network → every signed-in role but
// VWS; public → everyone; archived → nobody.
import { db } from "@/lib/db";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { parseNetworkFilters } from "@/lib/initiatives/network-filters";
import { getNetworkInitiative, listNetworkInitiatives } from "@/lib/initiatives/network-queries";
import { ALL, WORKSPACE_READERS, entry, queryOutcome, type Ctx, type Entry } from "../auth-fixtures/matrix";
import type { Persona } from "../auth-fixtures/personas";
import { HOME } from "../auth-fixtures/personas";

const GIDS_STAFF: readonly Persona[] = ["csSame", "csOther", "adviserAssigned", "adviserOther", "admin"];

type Target = { id: string; title: string };

/**
 * A Helmond initiative of its own (fixed id, created once): other matrix entries edit and archive Helmond's
 * seeded initiatives, so this part does not rely on their visibility.
 */
function target(n: number, visibility: Visibility, archived = false): (c: Ctx) => Promise<Target> {
  const id = `0e7a0000-0000-4000-8000-00000000000${n}`;
  const title = `Matrix netwerk ${n} ${visibility}${archived ? " gearchiveerd" : ""}`;
  return async () => {
    await db.initiative.upsert({
      where: { id },
      create: {
        id, municipalityCode: HOME, title, status: "RUNNING", visibility, archivedAt: archived ? new Date("2026-01-01") : null,
        tracks: { create: [{ trackCode: "PARTICIPATION" }] },
      },
      update: {},
    });
    return { id, title };
  };
}

const PRIVATE = target(1, "PRIVATE");
const NETWORK = target(2, "GIDS_NETWORK");
const PUBLIC = target(3, "PUBLIC");
const ARCHIVED = target(4, "PUBLIC", true);

/** Listed: a search for its title returns it. */
const listed = (c: Ctx, t: Target) =>
  queryOutcome(() => listNetworkInitiatives(c.viewer, parseNetworkFilters({ zoek: t.title })), (p) => p.items.some((i) => i.id === t.id));
const opened = (c: Ctx, t: Target) => queryOutcome(() => getNetworkInitiative(c.viewer, t.id));

const FILE = "lib/initiatives/network-queries.ts";
const cases: [name: string, allowed: readonly Persona[], prepare: (c: Ctx) => Promise<Target>][] = [
  ["(public initiative)", ALL, PUBLIC],
  ["(private initiative of Helmond)", WORKSPACE_READERS, PRIVATE],
  ["(network-visible initiative of Helmond)", GIDS_STAFF, NETWORK],
  ["(archived public initiative)", [], ARCHIVED],
];

export const networkMatrix: Entry[] = [
  // Everyone gets a list (anonymous visitors and VWS: the public examples).
  entry({ kind: "query", file: FILE, name: "listNetworkInitiatives", allowed: ALL, call: (c) => queryOutcome(() => listNetworkInitiatives(c.viewer, parseNetworkFilters({})), (p) => p.total > 0) }),
  entry<Target>({ kind: "query", file: FILE, name: "getNetworkInitiative", allowed: ALL, prepare: PUBLIC, call: opened }),
  ...cases.flatMap(([label, allowed, prepare]) => [
    entry<Target>({ kind: "query", file: FILE, name: `listNetworkInitiatives ${label}`, allowed, prepare, call: listed }),
    entry<Target>({ kind: "query", file: FILE, name: `getNetworkInitiative ${label}`, allowed, prepare, call: opened }),
  ]),
];
