// Advice log: entries by the assigned adviser for most GIDS municipalities, with follow-ups of which
// some are overdue relative to the demo's fixed "today" (2026-11-25).
import type { AdviceKind, AdviceMode, Prisma, TrackCode } from "../../lib/generated/prisma/client";
import { TRACKS } from "./catalog";
import type { DemoContext } from "./demo-context";
import type { DemoUsers } from "./demo-users";
import { REFERENCE_DATE, addDays, day, rng, seedId } from "./util";

const KINDS: AdviceKind[] = ["CONTENT", "STRATEGIC", "PROCESS"];
const MODES: AdviceMode[] = ["VISIT", "ONLINE", "ONLINE", "PHONE", "NETWORK_EVENT"];

const NOTES: Record<AdviceKind, string[]> = {
  CONTENT: [
    "Besproken hoe de aanpak beter aansluit bij inwoners met beperkte gezondheidsvaardigheden; voorbeelden uit andere GIDS-gemeenten gedeeld.",
    "Samen gekeken naar instrumenten voor het spoor fysieke omgeving, zoals de Omgevingswet en groene schoolpleinen.",
    "Vragen over monitoring: advies om de GGD-gezondheidsmonitor per wijk te gebruiken en klein te beginnen met procesdoelen.",
  ],
  STRATEGIC: [
    "Gesprek met de wethouder over borging van de aanpak in de nieuwe beleidsnota en de begroting.",
    "Verkend hoe de aanpak gekoppeld kan worden aan het lokale preventieakkoord en het sportakkoord.",
    "Advies over het betrekken van de raad: een werkbezoek in de wijk met raadsleden voorgesteld.",
  ],
  PROCESS: [
    "Nieuwe beleidsmedewerker ingewerkt: overzicht gegeven van partners, lopende initiatieven en afspraken.",
    "Samenwerking tussen wijkteam en welzijn loopt stroef; rolverdeling en overlegstructuur besproken.",
    "Inwonersparticipatie: advies om ervaringsdeskundigen al in de ontwerpfase te betrekken.",
  ],
};

const FOLLOW_UPS = [
  "Contactgegevens van een collega-gemeente met een vergelijkbare aanpak doorsturen",
  "Voorbeeld van een wijkgezondheidsprofiel delen",
  "Terugkoppeling na het gesprek met de wethouder",
  "Factsheet over gezondheidsvaardigheden toesturen",
  "Afspraak plannen voor een werkbezoek in de wijk",
  "Concept-beleidsnota becommentariëren",
];

export async function seedAdvice(tx: Prisma.TransactionClient, ctx: DemoContext, users: DemoUsers): Promise<number> {
  const entries: Prisma.AdviceEntryCreateManyInput[] = [];
  const followUps: Prisma.FollowUpCreateManyInput[] = [];
  const span = Math.floor((addDays(REFERENCE_DATE, -5).getTime() - day("2025-01-06").getTime()) / 86_400_000);
  for (const m of ctx.gids) {
    const r = rng(`advice:${m.code}`);
    if (!r.chance(0.75)) continue;
    const adviserId = users.adviserOf.get(m.code)!;
    const n = r.int(1, 5);
    for (let i = 0; i < n; i++) {
      const id = seedId("advice_entry", m.code, i);
      const date = addDays(day("2025-01-06"), r.int(0, span));
      const kind = r.pick(KINDS);
      const tracks = r.sample(TRACKS.map((t) => t.code), r.int(0, 2)) as TrackCode[];
      const at = new Date(date.getTime() + r.int(9, 17) * 3_600_000);
      entries.push({
        id,
        municipalityCode: m.code,
        adviserId,
        date,
        kind,
        mode: r.pick(MODES),
        trackCodes: tracks,
        pillarNumbers: r.sample([1, 2, 3, 4, 5, 6, 7, 8], r.int(0, 2)),
        notes: r.pick(NOTES[kind]),
        createdAt: at,
        updatedAt: at,
      });
      for (let j = 0, k = r.int(0, 2); j < k; j++) {
        const dueDate = addDays(date, r.int(14, 120));
        const done = dueDate < REFERENCE_DATE && r.chance(0.6);
        followUps.push({
          id: seedId("follow_up", id, j),
          adviceEntryId: id,
          description: r.pick(FOLLOW_UPS),
          dueDate,
          doneAt: done ? new Date(addDays(dueDate, -r.int(0, 10)).getTime() + 10 * 3_600_000) : null,
        });
      }
    }
  }
  // Skip if present: entries already stored keep their (possibly edited) follow-ups.
  const existing = await tx.adviceEntry.findMany({ where: { id: { in: entries.map((e) => e.id!) } }, select: { id: true } });
  const taken = new Set(existing.map((e) => e.id));
  await tx.adviceEntry.createMany({ data: entries.filter((e) => !taken.has(e.id!)) });
  await tx.followUp.createMany({ data: followUps.filter((f) => !taken.has(f.adviceEntryId)) });
  return entries.length - taken.size;
}
