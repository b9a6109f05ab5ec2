// The read API's CSV: the same figures as its JSON, one row per question and option (and group), with a
// header row and nothing else, for machines. Cells are protected against formula injection. Pure.
import { stringify } from "csv-stringify/sync";
import { sharePercent } from "./chart-table";
import { protectCell } from "./csv";
import type { BreakdownDTO, RoundResultsWithStatusDTO } from "./types";

type Row = (string | number | null)[];

const pct = (share: number | null) => (share === null ? null : sharePercent(share));

function toCsv(header: string[], rows: Row[]): string {
  return stringify([header, ...rows].map((r) => r.map(protectCell)), { record_delimiter: "\r\n" });
}

export function roundResultsCsv(round: RoundResultsWithStatusDTO): string {
  const rows: Row[] = round.questions.flatMap((q) => q.options.map((o) => [round.year, round.status, q.key, q.type, o.key, q.n, o.count, pct(o.share), round.respondents, round.gidsMunicipalities]));
  return toCsv(["year", "status", "question", "type", "option", "n", "count", "share_percent", "respondents", "gids_municipalities"], rows);
}

/** Withheld groups keep their rows with empty count and share and suppressed = true. */
export function breakdownCsv(bd: BreakdownDTO): string {
  const rows: Row[] = bd.groups.flatMap((g) =>
    g.questions.flatMap((q) => q.options.map((o) => [bd.year, bd.dimension, g.key, g.name, q.key, o.key, q.n, o.count, pct(o.share), q.suppressed ? "true" : "false"])),
  );
  return toCsv(["year", "breakdown", "group", "group_name", "question", "option", "n", "count", "share_percent", "suppressed"], rows);
}
