// Reads the same facts as schema-model.ts from a live PostgreSQL catalog.
import pg from "pg";
import type { DbFacts } from "./schema-model";

/** Objects the migrations add on purpose that Prisma's schema language cannot express. */
export const EXTRA_INDEXES = new Set(["adviser_assignment_one_current", "membership_one_current"]);
const BOOKKEEPING = new Set(["_prisma_migrations"]);

export async function factsFromDatabase(url: string): Promise<DbFacts> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const q = async <T extends pg.QueryResultRow>(sql: string) => (await c.query<T>(sql)).rows;
    const tables = (await q<{ t: string }>(`select c.relname t from pg_class c join pg_namespace n on n.oid=c.relnamespace where n.nspname='public' and c.relkind='r'`))
      .map((r) => r.t)
      .filter((t) => !BOOKKEEPING.has(t));
    const columns = (
      await q<{ t: string; col: string; type: string; nn: boolean }>(`
        select c.relname t, a.attname col, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull nn
        from pg_attribute a join pg_class c on c.oid=a.attrelid join pg_namespace n on n.oid=c.relnamespace
        where n.nspname='public' and c.relkind='r' and a.attnum>0 and not a.attisdropped`)
    )
      .filter((r) => !BOOKKEEPING.has(r.t))
      .map((r) => `${r.t}.${r.col} ${r.type.replace(/^"(.*)"(\[\])?$/, "$1$2")}${r.nn ? " not null" : ""}`);
    const cons = await q<{ t: string; name: string; type: string; cols: string[]; ref: string | null; refcols: string[] | null; del: string }>(`
      select c.relname t, k.conname as name, k.contype::text as type,
        array(select a.attname from unnest(k.conkey) with ordinality u(n,o) join pg_attribute a on a.attrelid=k.conrelid and a.attnum=u.n order by u.o)::text[] cols,
        r.relname ref,
        array(select a.attname from unnest(k.confkey) with ordinality u(n,o) join pg_attribute a on a.attrelid=k.confrelid and a.attnum=u.n order by u.o)::text[] refcols,
        k.confdeltype::text del
      from pg_constraint k join pg_class c on c.oid=k.conrelid join pg_namespace n on n.oid=c.relnamespace
      left join pg_class r on r.oid=k.confrelid
      where n.nspname='public' and k.contype in ('p','f')`);
    const DEL: Record<string, string> = { a: "no action", r: "restrict", c: "cascade", n: "set null", d: "set default" };
    const primaryKeys = cons.filter((k) => k.type === "p" && !BOOKKEEPING.has(k.t)).map((k) => `${k.t}(${k.cols}) ${k.name}`);
    const foreignKeys = cons.filter((k) => k.type === "f").map((k) => `${k.t}(${k.cols}) -> ${k.ref}(${k.refcols}) ${k.name} on delete ${DEL[k.del]}`);
    const indexes = (
      await q<{ t: string; name: string; uniq: boolean; cols: string[]; partial: boolean; pk: boolean }>(`
        select c.relname t, ic.relname as name, i.indisunique uniq, i.indisprimary pk, i.indpred is not null partial,
          array(select a.attname from unnest(i.indkey) with ordinality u(n,o) join pg_attribute a on a.attrelid=i.indrelid and a.attnum=u.n order by u.o)::text[] cols
        from pg_index i join pg_class c on c.oid=i.indrelid join pg_class ic on ic.oid=i.indexrelid join pg_namespace n on n.oid=c.relnamespace
        where n.nspname='public'`)
    )
      .filter((i) => !i.pk && !BOOKKEEPING.has(i.t) && !EXTRA_INDEXES.has(i.name))
      .map((i) => `${i.uniq ? "unique" : "index"} ${i.t}(${i.cols}) ${i.name}`);
    const enums = (
      await q<{ name: string; vals: string[] }>(`
        select t.typname as name, array_agg(e.enumlabel order by e.enumsortorder)::text[] vals
        from pg_type t join pg_enum e on e.enumtypid=t.oid join pg_namespace n on n.oid=t.typnamespace
        where n.nspname='public' group by t.typname`)
    ).map((e) => `${e.name}: ${e.vals.join(",")}`);
    const facts: DbFacts = { tables, columns, primaryKeys, foreignKeys, indexes, enums };
    for (const k of Object.values(facts) as string[][]) k.sort();
    return facts;
  } finally {
    await c.end();
  }
}
