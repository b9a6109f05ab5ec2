// Shared set-up of the import tests: a known set of GIDS municipalities (independent of the demo
// generator), CSV building and a checksum over the survey tables to prove "nothing changed".
import { db } from "@/lib/db";

/** Real CBS codes; made GIDS (since 2014) by prepareCatalog. */
export const GIDS = ["GM0794", "GM0114", "GM0307", "GM0344", "GM0106"] as const;
/** A real municipality made non-GIDS by prepareCatalog. */
export const NOT_GIDS = "GM0014";

export async function prepareCatalog(): Promise<void> {
  await db.municipality.updateMany({ where: { code: { in: [...GIDS] } }, data: { isGids: true, gidsSince: 2014 } });
  await db.municipality.update({ where: { code: NOT_GIDS }, data: { isGids: false, gidsSince: null } });
}

const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function csv(rows: string[][], header = ["round", "gemeentecode", "question", "answer"]): string {
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\n") + "\n";
}

/** md5 over the survey tables' content (ids and timestamps included): equal means nothing was written. */
export async function answerTableChecksum(): Promise<string> {
  const [row] = await db.$queryRawUnsafe<{ sum: string }[]>(`
    SELECT md5(
      coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM survey_round t), '') ||
      coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM round_question t), '') ||
      coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM survey_response t), '') ||
      coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM answer t), '') ||
      coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM answer_choice t), '')
    ) AS sum`);
  return row!.sum;
}
