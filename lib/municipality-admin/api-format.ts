// The CSV shape of GET /api/v1/municipalities?format=csv (pure; cells formula-safe).
import { stringify } from "csv-stringify/sync";
import { escapeCell } from "@/lib/imports/cells";
import type { MunicipalityRecordDTO } from "./queries";

export const MUNICIPALITY_CSV_COLUMNS = [
  "code",
  "name",
  "province_code",
  "province",
  "ggd_region_code",
  "ggd_region",
  "population",
  "population_date",
  "size_class",
  "is_gids",
  "gids_since",
  "valid_to",
  "successor_code",
] as const;

export function municipalitiesCsv(rows: readonly MunicipalityRecordDTO[]): string {
  const cells = rows.map((m) =>
    [
      m.code,
      m.name,
      m.province.code,
      m.province.name,
      m.ggdRegion.code,
      m.ggdRegion.name,
      String(m.population),
      m.populationDate,
      String(m.sizeClass),
      m.isGids ? "true" : "false",
      m.gidsSince === null ? "" : String(m.gidsSince),
      m.validTo ?? "",
      m.successorCode ?? "",
    ].map(escapeCell),
  );
  return stringify(cells, { header: true, columns: [...MUNICIPALITY_CSV_COLUMNS], record_delimiter: "\r\n" });
}
