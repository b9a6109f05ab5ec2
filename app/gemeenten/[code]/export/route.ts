import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { getViewer } from "@/lib/auth/viewer";
import { getExportData } from "@/lib/exports/queries";
import { buildExportWorkbook, exportFileName, type Translate } from "@/lib/exports/xlsx";
import type { AppLocale } from "@/lib/i18n/config";


/**
 * GET /gemeenten/{code}/export[?jaar=YYYY] → the approach and initiatives as XLSX. A read, so no origin
 * check; the viewer's scope is checked in the query: anonymous → 401, no access → 404 (like the pages).
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  const viewer = await getViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
  const year = Number(new URL(request.url).searchParams.get("jaar"));
  const locale = (await getLocale()) as AppLocale;
  const data = await getExportData(viewer, code, Number.isInteger(year) && year > 0 ? year : null, locale);
  if (!data) return new Response("Not found", { status: 404 });
  const t = await getTranslations();
  const body = await buildExportWorkbook(data, t as unknown as Translate);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${exportFileName(data)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
