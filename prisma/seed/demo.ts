// Demo data on top of the reference data: GIDS municipalities, users, questionnaire answers calibrated to
// the published figures, approaches, initiatives and advice. Deterministic: fixed ids, seeded PRNG, fixed dates.
import type { Prisma } from "../../lib/generated/prisma/client";
import { buildDemoContext } from "./demo-context";
import { seedAdvice } from "./demo-advice";
import { seedAnswers } from "./demo-answers";
import { seedApproaches } from "./demo-approaches";
import { seedInitiatives } from "./demo-initiatives";
import { seedUsers } from "./demo-users";
import { gidsSince } from "./gids";
import { REFERENCE_TIMESTAMP } from "./util";

export async function seedDemo(tx: Prisma.TransactionClient, log: (m: string) => void): Promise<void> {
  const ctx = buildDemoContext();
  // Mark the GIDS municipalities (only those not marked yet, so a rerun changes nothing).
  for (const since of new Set(ctx.gids.map((m) => gidsSince(m.code)))) {
    await tx.municipality.updateMany({
      where: { code: { in: ctx.gids.filter((m) => gidsSince(m.code) === since).map((m) => m.code) }, isGids: false },
      data: { isGids: true, gidsSince: since, updatedAt: REFERENCE_TIMESTAMP },
    });
  }
  const users = await seedUsers(tx, ctx.gids);
  const responses = await seedAnswers(tx, ctx, users);
  const approaches = await seedApproaches(tx, ctx, users);
  const initiatives = await seedInitiatives(tx, ctx, users);
  const advice = await seedAdvice(tx, ctx, users);
  log(`demo data: ${ctx.gids.length} GIDS municipalities; new: ${responses} responses, ${approaches} approaches, ${initiatives} initiatives, ${advice} advice entries`);
}
