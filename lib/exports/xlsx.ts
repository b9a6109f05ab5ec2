// The approach and initiatives of one municipality as an XLSX workbook (exceljs). No framework: labels
// come in as a translate function, so the workbook is in the viewer's language and testable on its own.
import ExcelJS from "exceljs";
import type { ExportDataDTO } from "./queries";
import type { ApproachDTO } from "@/lib/approach/types";
import type { InitiativeDTO } from "@/lib/initiatives/types";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF154273" } };

function yesNo(tr: Translate, v: boolean | null): string {
  return v === null ? "" : v ? tr("workspace.form.yes") : tr("workspace.form.no");
}

const list = (tr: Translate, group: string, values: string[]) => values.map((v) => tr(`workspace.enums.${group}.${v}`)).join("; ");

function approachRows(tr: Translate, d: ExportDataDTO, a: ApproachDTO): [string, string][] {
  const rows: [string, string][] = [
    [tr("exports.sheet.municipality"), `${d.ws.name} (${d.ws.code})`],
    [tr("exports.sheet.year"), String(a.year)],
    [tr("approach.fields.stage"), a.stage ? tr(`workspace.enums.stage.${a.stage}`) : ""],
  ];
  for (const [code, name] of Object.entries(d.trackNames)) {
    const track = a.tracks.find((x) => x.code === code);
    rows.push([tr("exports.sheet.track", { track: name }), track ? `${tr("workspace.form.yes")}${track.text ? ` – ${track.text}` : ""}` : tr("workspace.form.no")]);
  }
  for (const [n, name] of Object.entries(d.pillarNames)) {
    const p = a.pillars.find((x) => x.number === Number(n));
    rows.push([tr("exports.sheet.pillar", { n, pillar: name }), p ? `${tr(`workspace.enums.assessment.${p.assessment}`)}${p.note ? ` – ${p.note}` : ""}` : ""]);
  }
  rows.push(
    [tr("approach.fields.lowSesInvolved"), yesNo(tr, a.lowSesInvolved)],
    [tr("approach.fields.residentMethods"), list(tr, "residentMethod", a.residentMethods)],
    [tr("approach.fields.monitoringAttention"), yesNo(tr, a.monitoringAttention)],
    [tr("approach.fields.monitoringLevels"), list(tr, "monitoringLevel", a.monitoringLevels)],
    [tr("approach.fields.anchoringAttention"), yesNo(tr, a.anchoringAttention)],
    [tr("approach.fields.anchoringMethods"), list(tr, "anchoringMethod", a.anchoringMethods)],
    [tr("approach.fields.fundingSources"), list(tr, "funding", a.fundingSources)],
    [tr("approach.fields.story"), a.story],
  );
  return rows;
}

function addApproachSheet(wb: ExcelJS.Workbook, tr: Translate, d: ExportDataDTO): void {
  const ws = wb.addWorksheet(tr("exports.sheet.approach"));
  ws.columns = [{ width: 42 }, { width: 100 }];
  if (!d.approach) {
    ws.addRow([tr("exports.sheet.noApproach")]);
    return;
  }
  for (const row of approachRows(tr, d, d.approach)) ws.addRow(row);
  ws.getColumn(1).font = { bold: true };
  ws.getColumn(2).alignment = { wrapText: true, vertical: "top" };
}

function initiativeRow(tr: Translate, d: ExportDataDTO, i: InitiativeDTO): (string | number | null)[] {
  return [
    i.title,
    tr(`workspace.enums.status.${i.status}`),
    i.startDate,
    i.endDate,
    i.tracks.map((c) => d.trackNames[c] ?? c).join("; "),
    i.pillars.join("; "),
    list(tr, "targetGroup", i.targetGroups),
    i.neighbourhoods.join("; "),
    list(tr, "programme", i.programmes),
    i.partners.map((p) => `${p.name} (${tr(`workspace.enums.partnerType.${p.type}`)})`).join("; "),
    i.budgetCents === null ? null : i.budgetCents / 100,
    list(tr, "funding", i.fundingSources),
    i.residentsReached,
    i.lowSesReached,
    i.monitoringLevel ? tr(`workspace.enums.monitoringLevel.${i.monitoringLevel}`) : "",
    tr(`workspace.enums.visibility.${i.visibility}`),
    i.description,
    i.archivedAt ? tr("workspace.form.yes") : tr("workspace.form.no"),
    i.updatedAt.slice(0, 10),
  ];
}

const INITIATIVE_COLUMNS = [
  "title", "status", "startDate", "endDate", "tracks", "pillars", "targetGroups", "neighbourhoods", "programmes", "partners",
  "budget", "fundingSources", "residentsReached", "lowSesReached", "monitoringLevel", "visibility", "description", "archived", "updatedAt",
] as const;

function addInitiativeSheet(wb: ExcelJS.Workbook, tr: Translate, d: ExportDataDTO): void {
  const ws = wb.addWorksheet(tr("exports.sheet.initiatives"), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = INITIATIVE_COLUMNS.map((c) => ({ header: tr(`exports.columns.${c}`), key: c, width: c === "description" ? 60 : c === "title" ? 40 : 18 }));
  for (const i of d.initiatives) ws.addRow(initiativeRow(tr, d, i));
  const header = ws.getRow(1);
  header.font = { bold: true, color: { argb: "FFFFFFFF" } };
  header.fill = HEADER_FILL;
  ws.getColumn("budget").numFmt = "€ #,##0.00";
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: INITIATIVE_COLUMNS.length } };
}

/** Builds the workbook: sheet 1 the approach (field, value), sheet 2 one row per initiative. */
export async function buildExportWorkbook(d: ExportDataDTO, tr: Translate): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "GezondIn portaal";
  wb.created = new Date();
  addApproachSheet(wb, tr, d);
  addInitiativeSheet(wb, tr, d);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A file name without spaces or accents: gezondin-GM0794-helmond-2026.xlsx */
export function exportFileName(d: ExportDataDTO): string {
  const slug = d.ws.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `gezondin-${d.ws.code}-${slug}${d.approach ? `-${d.approach.year}` : ""}.xlsx`;
}
