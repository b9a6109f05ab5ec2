import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GidsListPlan, KnownMunicipality } from "./gids-list";
import { finalSuccessor, slugFor, type KnownForMerger, type MergerPlan } from "./mergers";

// Transaction steps of the municipality lists: the state they are planned against, and the writes.
type Tx = Prisma.TransactionClient;
const day = (d: Date) => d.toISOString().slice(0, 10);

export async function knownMunicipalities(tx: Tx): Promise<Map<string, KnownMunicipality & KnownForMerger>> {
  const rows = await tx.municipality.findMany({ select: { code: true, name: true, isGids: true, gidsSince: true, validTo: true, successorCode: true } });
  return new Map(rows.map((m) => [m.code, { ...m, ended: m.validTo !== null, validTo: m.validTo ? day(m.validTo) : null }]));
}

export async function applyGidsList(tx: Tx, plan: GidsListPlan): Promise<void> {
  const stop = plan.removed.map((r) => r.code);
  if (stop.length) await tx.municipality.updateMany({ where: { code: { in: stop } }, data: { isGids: false, gidsSince: null, version: { increment: 1 } } });
  for (const c of [...plan.added, ...plan.changed]) {
    await tx.municipality.update({ where: { code: c.code }, data: { isGids: true, gidsSince: c.to, version: { increment: 1 } } });
  }
}

/** Creates missing old municipalities first (successor unset), then links every entry to its successor. */
export async function applyMergers(tx: Tx, plan: MergerPlan, known: ReadonlyMap<string, KnownForMerger>): Promise<void> {
  for (const e of plan.entries.filter((x) => !x.exists)) {
    const anchor = finalSuccessor(e.code, plan.entries, known);
    const region = anchor ? await tx.municipality.findUnique({ where: { code: anchor }, select: { provinceCode: true, ggdRegionCode: true } }) : null;
    if (!region) throw new Error(`no current successor for ${e.code}`);
    await tx.municipality.create({
      data: {
        code: e.code,
        name: e.name,
        slug: slugFor(e.name, e.code),
        provinceCode: region.provinceCode,
        ggdRegionCode: region.ggdRegionCode,
        population: 0, // not known for a dissolved municipality; size class 1 keeps it out of size breakdowns' upper classes
        populationDate: new Date(`${e.lastDay}T00:00:00Z`),
        sizeClass: 1,
      },
    });
  }
  for (const e of plan.entries) {
    await tx.municipality.update({
      where: { code: e.code },
      data: {
        validTo: new Date(`${e.lastDay}T00:00:00Z`),
        successorCode: e.successorCode,
        ...(e.gidsSince !== null ? { isGids: true, gidsSince: e.gidsSince } : {}),
        version: { increment: 1 },
      },
    });
  }
}
