import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guard";
import type { Viewer } from "@/lib/auth/viewer-types";
import { exportRows, toCsv, toXlsx } from "./export";

// The export file of a round for the route handler (admin only, checked here).

export type ExportFile = { body: string | Uint8Array; contentType: string; fileName: string };

export async function exportRoundFile(viewer: Viewer | null, year: number, format: "csv" | "xlsx"): Promise<ExportFile | null> {
  assertCan(viewer, "manage", "import");
  const rows = await exportRows(db, year);
  if (!rows) return null;
  const fileName = `gezondin-antwoorden-${year}.${format}`;
  if (format === "xlsx") {
    return { body: await toXlsx(rows), contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName };
  }
  return { body: toCsv(rows), contentType: "text/csv; charset=utf-8", fileName };
}
