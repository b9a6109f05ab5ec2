// Demo users: admin, VWS, eight advisers (each 15–20 municipalities, grouped by province and GGD region)
// and one civil servant per GIDS municipality, with a few recent hand-overs (ended memberships).
import { hashPassword } from "../../lib/auth/password";
import type { Prisma, Role } from "../../lib/generated/prisma/client";
import type { GidsMunicipality } from "./demo-context";
import { ADVISERS, personName } from "./names";
import { REFERENCE_DATE, addDays, at, day, rng, seedId } from "./util";

export const DEMO_PASSWORD = "gezondin-demo";
const ADVISER_GROUP_SIZES = [20, 20, 20, 20, 19, 19, 19, 19];

export type DemoUsers = {
  adminId: string;
  vwsId: string;
  adviserIds: string[];
  /** municipality code → current adviser id */
  adviserOf: Map<string, string>;
  /** municipality code → current civil servant id */
  servantOf: Map<string, string>;
  /** municipality code → previous civil servant and the date they left (turnover) */
  previousOf: Map<string, { userId: string; leftOn: Date }>;
};

type UserRow = Prisma.UserCreateManyInput & { id: string; email: string };

function user(email: string, name: string, role: Role, since: Date, extra: Partial<UserRow> = {}): UserRow {
  const r = rng(`login:${email}`);
  const login = addDays(REFERENCE_DATE, -r.int(1, 150));
  const lastLoginAt = r.chance(0.85) && login > since ? login : null;
  return { id: seedId("user", email), email, name, role, createdAt: since, updatedAt: since, lastLoginAt, ...extra };
}

/** Turnover: roughly one in twelve municipalities changed civil servant in the past year. */
export function hasTurnover(code: string): boolean {
  return rng(`turnover:${code}`).chance(1 / 12);
}

export async function seedUsers(tx: Prisma.TransactionClient, gids: GidsMunicipality[]): Promise<DemoUsers> {
  const passwordHash = await hashPassword(DEMO_PASSWORD); // scrypt is slow: hash once, share the hash
  const staffSince = at("2024-01-01T08:00:00");
  const rows: UserRow[] = [
    user("admin@gezondin.example", "Annelies Smit", "ADMIN", staffSince),
    user("vws@gezondin.example", "Pieter de Boer", "VWS", staffSince),
    ...ADVISERS.map((name, i) => user(`adviseur${i + 1}@gezondin.example`, name, "ADVISER", staffSince)),
  ];
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const previousOf = new Map<string, { userId: string; leftOn: Date }>();
  for (const m of gids) {
    const r = rng(`servant:${m.code}`);
    const email = `${m.slug}@gezondin.example`;
    let from = day(`${r.int(2019, 2025)}-${String(r.int(1, 12)).padStart(2, "0")}-01`);
    if (hasTurnover(m.code)) {
      const oldEmail = `oud.${m.slug}@gezondin.example`;
      const leftOn = addDays(REFERENCE_DATE, -r.int(30, 330));
      const oldFrom = day(`${r.int(2017, 2022)}-${String(r.int(1, 12)).padStart(2, "0")}-01`);
      const old = user(oldEmail, personName(oldEmail), "CIVIL_SERVANT", oldFrom, { active: false, lastLoginAt: addDays(leftOn, -r.int(1, 20)) });
      rows.push(old);
      memberships.push({ id: seedId("membership", oldEmail, m.code), userId: old.id, municipalityCode: m.code, validFrom: oldFrom, validTo: leftOn, createdAt: oldFrom });
      previousOf.set(m.code, { userId: old.id, leftOn });
      from = leftOn;
    }
    const current = user(email, personName(email), "CIVIL_SERVANT", from);
    rows.push(current);
    memberships.push({ id: seedId("membership", email, m.code), userId: current.id, municipalityCode: m.code, validFrom: from, createdAt: from });
  }
  await tx.user.createMany({ data: rows.map((u) => ({ ...u, passwordHash })), skipDuplicates: true });
  // Use the ids actually stored (an account created earlier under the same e-mail keeps its id).
  const stored = await tx.user.findMany({ where: { email: { in: rows.map((u) => u.email) } }, select: { id: true, email: true } });
  const idOf = new Map(stored.map((u) => [u.email, u.id]));
  const remap = new Map(rows.map((u) => [u.id, idOf.get(u.email)!]));
  await tx.membership.createMany({ data: memberships.map((m) => ({ ...m, userId: remap.get(m.userId)! })), skipDuplicates: true });

  const adviserIds = ADVISERS.map((_, i) => idOf.get(`adviseur${i + 1}@gezondin.example`)!);
  const adviserOf = await seedAssignments(tx, gids, adviserIds);
  return {
    adminId: idOf.get("admin@gezondin.example")!,
    vwsId: idOf.get("vws@gezondin.example")!,
    adviserIds,
    adviserOf,
    servantOf: new Map(gids.map((m) => [m.code, idOf.get(`${m.slug}@gezondin.example`)!])),
    previousOf: new Map([...previousOf].map(([code, p]) => [code, { ...p, userId: remap.get(p.userId)! }])),
  };
}

/** Chunks the GIDS municipalities, ordered north to south by province and GGD region, over the advisers. */
export function adviserGroups(gids: GidsMunicipality[]): GidsMunicipality[][] {
  const ordered = [...gids].sort(
    (a, b) => a.provinceCode.localeCompare(b.provinceCode) || a.ggdRegionCode.localeCompare(b.ggdRegionCode) || a.code.localeCompare(b.code),
  );
  if (ordered.length !== ADVISER_GROUP_SIZES.reduce((s, n) => s + n, 0)) throw new Error("adviser group sizes do not add up");
  let i = 0;
  return ADVISER_GROUP_SIZES.map((n) => ordered.slice(i, (i += n)));
}

async function seedAssignments(tx: Prisma.TransactionClient, gids: GidsMunicipality[], adviserIds: string[]): Promise<Map<string, string>> {
  const rows: Prisma.AdviserAssignmentCreateManyInput[] = [];
  const adviserOf = new Map<string, string>();
  adviserGroups(gids).forEach((group, g) => {
    for (const m of group) {
      const adviserId = adviserIds[g]!;
      adviserOf.set(m.code, adviserId);
      const validFrom = day("2024-01-01");
      rows.push({ id: seedId("adviser_assignment", m.code, g, "2024"), adviserId, municipalityCode: m.code, validFrom, createdAt: validFrom });
      // Some municipalities had another adviser before the 2024 reorganisation (history is kept).
      if (rng(`reassigned:${m.code}`).chance(0.15)) {
        const prev = (g + 1) % adviserIds.length;
        const from = day("2019-01-01");
        rows.push({ id: seedId("adviser_assignment", m.code, prev, "2019"), adviserId: adviserIds[prev]!, municipalityCode: m.code, validFrom: from, validTo: day("2023-12-31"), createdAt: from });
      }
    }
  });
  await tx.adviserAssignment.createMany({ data: rows, skipDuplicates: true });
  return adviserOf;
}
