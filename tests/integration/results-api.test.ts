// The read API (/api/v1/rounds/{year}/results) and the chart downloads (/api/v1/dashboards/{chart}), called
// directly with a Request as a signed-in VWS user or anonymously. Downloads are parsed (csv-parse, exceljs).
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("next-intl/server", async () => (await import("./dashboards-next-mocks")).nextIntlServer);

import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { GET as results } from "@/app/api/v1/rounds/[year]/results/route";
import { GET as chart } from "@/app/api/v1/dashboards/[chart]/route";
import { getRoundResults } from "@/lib/surveys/results";
import { useTestDatabase as testDatabase } from "./helpers/db";

testDatabase("demo");
let vws: Viewer;
beforeAll(async () => {
  const u = await db.user.findUniqueOrThrow({ where: { email: "vws@gezondin.example" }, select: { id: true } });
  vws = (await loadViewer(u.id, "session"))!;
  h.viewer = vws;
});

const get = (year: string, query = "") => results(new Request(`http://test/api/v1/rounds/${year}/results${query}`), { params: Promise.resolve({ year }) });
const download = (name: string, query: string) => chart(new Request(`http://test/api/v1/dashboards/${name}?${query}`), { params: Promise.resolve({ chart: name }) });
const csvRows = async (res: Response) => parse((await res.text()).replace(/^\uFEFF/, ""), { relax_column_count: true }) as string[][];

describe("GET /api/v1/rounds/{year}/results", () => {
  it("answers 401 without a session or token, with no data", async () => {
    h.viewer = null;
    const res = await get("2021");
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "unauthorized" });
    h.viewer = vws;
  });

  it("returns the round's national results as JSON", async () => {
    const res = await get("2021");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(await getRoundResults(2021))));
    expect(body).toMatchObject({ year: 2021, status: "CLOSED", gidsMunicipalities: 156, respondents: 105 });
    expect(Math.round(body.responseRate * 100)).toBe(67);
  });

  it("breaks down by province with small groups withheld", async () => {
    const body = await (await get("2021", "?breakdown=province")).json();
    expect(body).toMatchObject({ year: 2021, dimension: "province", minGroupSize: 5 });
    expect(body.groups).toHaveLength(12);
    const flevoland = body.groups.find((g: { key: string }) => g.key === "PV24");
    const q = flevoland.questions.find((x: { key: string }) => x.key === "residents.low_ses_involved");
    expect(q.suppressed).toBe(true);
    expect(q.options.every((o: { count: null; share: null }) => o.count === null && o.share === null)).toBe(true);
    const total = body.groups.reduce((a: number, g: { respondents: number }) => a + g.respondents, 0);
    expect(total).toBe(105);
  });

  it("gives the same data as CSV, with and without a breakdown", async () => {
    const plain = await get("2021", "?format=csv");
    expect(plain.headers.get("content-type")).toContain("text/csv");
    const rows = parse(await plain.text(), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.question === "approach.tracks" && r.option === "PHYSICAL_ENVIRONMENT")).toMatchObject({ year: "2021", n: "105", share_percent: "69.5" });
    const bd = parse(await (await get("2021", "?breakdown=size_class&format=csv")).text(), { columns: true }) as Record<string, string>[];
    expect(new Set(bd.map((r) => r.breakdown))).toEqual(new Set(["size_class"]));
    expect(bd.some((r) => r.suppressed === "true" && r.count === "" && r.share_percent === "")).toBe(true);
  });

  it("refuses a bad year, breakdown or format, and 404s an unknown round", async () => {
    for (const year of ["abc", "2021.5", "-1", "20210"]) expect((await get(year)).status, year).toBe(400);
    expect(await (await get("2021", "?breakdown=municipality")).json()).toMatchObject({ error: "invalid_breakdown" });
    expect(await (await get("2021", "?format=xml")).json()).toMatchObject({ error: "invalid_format" });
    expect((await get("1999")).status).toBe(404);
  });
});

describe("GET /api/v1/dashboards/{chart}", () => {
  it("answers 401 anonymously and 404 for an unknown chart or question", async () => {
    h.viewer = null;
    expect((await download("vraag", "ronde=2021&vraag=approach.tracks")).status).toBe(401);
    h.viewer = vws;
    expect((await download("geheim", "ronde=2021")).status).toBe(404);
    expect((await download("vraag", "ronde=2021&vraag=reflection.proud_of")).status).toBe(404);
    expect((await download("vraag", "ronde=1999&vraag=approach.tracks")).status).toBe(404);
  });

  it("downloads a question's chart as CSV with title, round, n, source and generation time", async () => {
    const res = await download("vraag", "ronde=2021&vraag=approach.tracks&format=csv");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="gezondin-vraag-approach.tracks-2021.csv"');
    const rows = await csvRows(res);
    expect(rows[0]).toEqual(["Titel", "Welke sporen hebben een plek in uw lokale aanpak van gezondheidsverschillen?"]);
    expect(rows[1]).toEqual(["Ronde", "2021"]);
    expect(rows[2]![1]).toBe("n = 105 · respons 67% (105 van 156 GIDS-gemeenten)");
    expect(rows[3]![1]).toMatch(/^Bron: jaarlijkse vragenlijst/);
    expect(new Date(rows[4]![1]!).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(rows[6]).toEqual(["Antwoord", "Aantal", "Aandeel (%)"]);
    expect(rows[7]).toEqual(["Fysieke omgeving", "73", "69.5"]);
  });

  it("downloads a breakdown as XLSX with withheld groups marked", async () => {
    const res = await download("uitsplitsing", "ronde=2021&vraag=residents.low_ses_involved&uitsplitsing=province&format=xlsx");
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A1").value).toBe("Titel");
    expect(String(ws.getCell("B1").value)).toMatch(/naar Provincie$/);
    expect(ws.getRow(7).values).toEqual([undefined, "Provincie", "GIDS-gemeenten", "Respondenten", "n", "Ja", "Nee"]);
    const flevoland = ws.getRows(8, 12)!.find((r) => r.getCell(1).value === "Flevoland")!;
    expect(flevoland.getCell(5).value).toBe("niet getoond");
  });

  it("downloads the headline figures, the map table and a programme figure", async () => {
    const head = await csvRows(await download("kerncijfers", "ronde=2021"));
    expect(head.find((r) => r[0] === "Fysieke omgeving heeft een plek in de lokale aanpak" && r[1] === "2015")).toEqual([
      "Fysieke omgeving heeft een plek in de lokale aanpak", "2015", "58.9", "66", "112", "71.8", "59%",
    ]);
    const map = await csvRows(await download("kaart", "ronde=2021&vraag=residents.low_ses_involved&optie=yes"));
    expect(map[3]![1]).toMatch(/CBS Gebiedsindelingen 2025/);
    expect(map.find((r) => r[1] === "GM0794")).toEqual(["Helmond", "GM0794", expect.stringMatching(/^Koos dit antwoord/)]);
    const prog = await csvRows(await download("programma-vijf-sporen", "format=csv"));
    expect(prog[6]).toEqual(["Jaar", "Onderdeel", "Aantal", "Vastgelegde aanpakken", "Aandeel (%)"]);
  });
});
