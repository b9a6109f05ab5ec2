// The XLSX export through its route handler on the demo data: the file opens (parsed with exceljs), holds
// the approach and every initiative in Dutch, and is refused to anyone outside the workspace.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const nl = (await import("@/messages/nl.json")).default;
  return { getLocale: async () => "nl", getTranslations: async () => createTranslator({ locale: "nl", messages: nl }) };
});

import { db } from "@/lib/db";
import { GET } from "@/app/gemeenten/[code]/export/route";
import { HOME, loadCast, type Cast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

let cast: Cast;
beforeAll(async () => {
  cast = await loadCast();
});

const download = (query = "") => GET(new Request(`http://127.0.0.1:3100/gemeenten/${HOME}/export${query}`), { params: Promise.resolve({ code: HOME }) });

async function workbook(res: Response): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

describe("GET /gemeenten/{code}/export", () => {
  it("gives the civil servant an XLSX with the latest approach and every initiative", async () => {
    h.viewer = cast.viewers.csSame;
    const res = await download();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const latest = await db.approach.findFirstOrThrow({ where: { municipalityCode: HOME }, orderBy: { year: "desc" }, include: { tracks: true } });
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="gezondin-${HOME}-helmond-${latest.year}.xlsx"`);
    const wb = await workbook(res);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Aanpak", "Initiatieven"]);

    const approach = wb.getWorksheet("Aanpak")!;
    const rows = new Map<string, string>();
    approach.eachRow((r) => rows.set(String(r.getCell(1).value), String(r.getCell(2).value ?? "")));
    expect(rows.get("Gemeente")).toBe(`Helmond (${HOME})`);
    expect(rows.get("Jaar")).toBe(String(latest.year));
    const inApproach = latest.tracks.length;
    expect([...rows].filter(([k, v]) => k.startsWith("Spoor: ") && v.startsWith("Ja")).length).toBe(inApproach);

    const sheet = wb.getWorksheet("Initiatieven")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Titel");
    const titles = await db.initiative.findMany({ where: { municipalityCode: HOME }, select: { title: true } });
    expect(sheet.rowCount - 1).toBe(titles.length);
    const exported = new Set<string>();
    sheet.eachRow((r, n) => n > 1 && exported.add(String(r.getCell(1).value)));
    expect(exported).toEqual(new Set(titles.map((t) => t.title)));
  });

  it("exports a chosen year", async () => {
    h.viewer = cast.viewers.admin;
    const years = (await db.approach.findMany({ where: { municipalityCode: HOME }, select: { year: true }, orderBy: { year: "asc" } })).map((a) => a.year);
    const wb = await workbook(await download(`?jaar=${years[0]}`));
    let year = "";
    wb.getWorksheet("Aanpak")!.eachRow((r) => {
      if (r.getCell(1).value === "Jaar") year = String(r.getCell(2).value);
    });
    expect(year).toBe(String(years[0]));
  });

  it("is 401 without a session and 404 outside the workspace", async () => {
    h.viewer = null;
    expect((await download()).status).toBe(401);
    for (const p of ["csOther", "adviserOther", "vws"] as const) {
      h.viewer = cast.viewers[p];
      expect((await download()).status).toBe(404);
    }
    h.viewer = cast.viewers.adviserAssigned;
    expect((await download()).status).toBe(200);
  });
});
