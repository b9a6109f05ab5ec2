import { stringify } from "csv-stringify/sync";
import { NotFoundError } from "@/lib/actions/state";
import { getViewer } from "@/lib/auth/viewer";
import { escapeCell } from "@/lib/imports/cells";
import { listNonResponders } from "@/lib/survey-admin/tracking-queries";

// GET /beheer/vragenlijsten/{year}/niet-gereageerd — the round's non-responders as CSV (admin session only).

const COLUMNS = ["gemeentecode", "gemeente", "status", "laatste_activiteit", "contactpersonen", "herinneringen", "laatste_herinnering"];

export async function GET(_request: Request, context: { params: Promise<{ year: string }> }): Promise<Response> {
  const { year } = await context.params;
  const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  if (!/^\d{4}$/.test(year)) return notFound();
  try {
    const rows = await listNonResponders(await getViewer(), Number(year));
    const cells = rows.map((r) =>
      [r.code, r.name, r.status, r.lastActivity?.slice(0, 10) ?? "", String(r.contacts), String(r.reminders), r.lastReminderAt?.slice(0, 10) ?? ""].map(escapeCell),
    );
    const body = `\uFEFF${stringify(cells, { header: true, columns: COLUMNS, record_delimiter: "\r\n" })}`;
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="niet-gereageerd-${year}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return notFound();
    throw e;
  }
}
