// Turns prisma/schema.prisma (parsed by Prisma's own parser, getDMMF) into the set of database facts
// the drift test compares with the migrated database: tables, columns with types and nullability,
// primary keys, foreign keys, unique and plain indexes.
import { readFileSync } from "node:fs";
import path from "node:path";
import internals from "@prisma/internals";

export type DbFacts = {
  tables: string[];
  columns: string[]; // "table.column type [not null]"
  primaryKeys: string[]; // "table(col,col) name"
  foreignKeys: string[]; // "table(cols) -> ref(cols) name on delete X"
  indexes: string[]; // "unique|index table(cols) name"
  enums: string[]; // "name: A,B,C"
};

type Field = { name: string; dbName?: string | null; kind: string; isList: boolean; isRequired: boolean; isId: boolean; isUnique: boolean; type: string; nativeType?: [string, string[]] | null; relationFromFields?: string[]; relationToFields?: string[]; relationOnDelete?: string; default?: unknown };
type Model = { name: string; dbName: string | null; fields: Field[]; primaryKey: { fields: string[]; name: string | null } | null };
type Index = { model: string; type: "id" | "unique" | "normal" | "fulltext"; dbName?: string | null; fields: { name: string }[] };

const SCALAR: Record<string, string> = { String: "text", Int: "integer", BigInt: "bigint", Boolean: "boolean", DateTime: "timestamp(3) without time zone", Json: "jsonb", Float: "double precision", Decimal: "numeric(65,30)", Bytes: "bytea" };
const NATIVE: Record<string, (args: string[]) => string> = {
  VarChar: (a) => `character varying(${a[0]})`,
  Uuid: () => "uuid",
  SmallInt: () => "smallint",
  Date: () => "date",
  Timestamptz: (a) => `timestamp(${a[0] ?? 6}) with time zone`,
  Timestamp: (a) => `timestamp(${a[0] ?? 6}) without time zone`,
  Text: () => "text",
};
const ON_DELETE: Record<string, string> = { Cascade: "cascade", Restrict: "restrict", SetNull: "set null", NoAction: "no action", SetDefault: "set default" };

export async function factsFromSchema(schemaPath = path.resolve(import.meta.dirname, "../../../prisma/schema.prisma")): Promise<DbFacts> {
  const dmmf = await internals.getDMMF({ datamodel: readFileSync(schemaPath, "utf8") });
  const models = dmmf.datamodel.models as unknown as Model[];
  const enums = dmmf.datamodel.enums as unknown as { name: string; dbName: string | null; values: { name: string }[] }[];
  const enumDb = new Map(enums.map((e) => [e.name, e.dbName ?? e.name]));
  const tableOf = new Map(models.map((m) => [m.name, m.dbName ?? m.name]));
  const colOf = (m: Model, f: string) => {
    const field = m.fields.find((x) => x.name === f);
    if (!field) throw new Error(`${m.name}.${f} not found`);
    return field.dbName ?? field.name;
  };
  const facts: DbFacts = { tables: [], columns: [], primaryKeys: [], foreignKeys: [], indexes: [], enums: [] };
  for (const e of enums) facts.enums.push(`${enumDb.get(e.name)}: ${e.values.map((v) => v.name).join(",")}`);

  for (const m of models) {
    const table = tableOf.get(m.name)!;
    facts.tables.push(table);
    for (const f of m.fields) {
      if (f.kind === "object") {
        if (f.relationFromFields?.length) {
          const cols = f.relationFromFields.map((x) => colOf(m, x));
          const target = models.find((x) => x.name === f.type)!;
          const refCols = f.relationToFields!.map((x) => colOf(target, x));
          const onDelete = ON_DELETE[f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull")];
          facts.foreignKeys.push(`${table}(${cols}) -> ${tableOf.get(f.type)}(${refCols}) ${table}_${cols.join("_")}_fkey on delete ${onDelete}`);
        }
        continue;
      }
      let type = f.kind === "enum" ? enumDb.get(f.type)! : f.nativeType ? NATIVE[f.nativeType[0]]!(f.nativeType[1]) : SCALAR[f.type]!;
      if (f.isList) type += "[]";
      facts.columns.push(`${table}.${f.dbName ?? f.name} ${type}${f.isRequired && !f.isList ? " not null" : ""}`);
    }
  }
  for (const i of dmmf.datamodel.indexes as unknown as Index[]) {
    const m = models.find((x) => x.name === i.model)!;
    const table = tableOf.get(m.name)!;
    const cols = i.fields.map((f) => colOf(m, f.name));
    if (i.type === "id") facts.primaryKeys.push(`${table}(${cols}) ${i.dbName ?? `${table}_pkey`}`);
    else if (i.type === "unique") facts.indexes.push(`unique ${table}(${cols}) ${i.dbName ?? `${table}_${cols.join("_")}_key`}`);
    else facts.indexes.push(`index ${table}(${cols}) ${i.dbName ?? `${table}_${cols.join("_")}_idx`}`);
  }
  for (const k of Object.values(facts) as string[][]) k.sort();
  return facts;
}
