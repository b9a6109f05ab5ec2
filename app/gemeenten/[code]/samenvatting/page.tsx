import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { CouncilSummary } from "@/components/workspace/council-summary";
import { PrintButton } from "@/components/workspace/print-button";
import { getInitiativeTotals } from "@/lib/exports/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { listInitiatives } from "@/lib/initiatives/queries";
import { parseInitiativeFilters } from "@/lib/initiatives/filters";
import { getQuestionnaireStatus } from "@/lib/questionnaire/queries";
import { getHomeOverview } from "@/lib/workspace/home-queries";
import { loadWorkspace } from "../_lib/load";


type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ws } = await loadWorkspace(params);
  const t = await getTranslations("workspace.summary");
  return { title: t("title", { name: ws.name }) };
}

// Printing: only the summary (no site header, footer or workspace tabs), on one A4 page.
const PRINT_CSS = `@media print {
  @page { size: A4; margin: 14mm; }
  body > *:not(main) { display: none !important; }
  body { font-size: 10pt; line-height: 1.35; }
  a { color: inherit; text-decoration: none; }
}`;

export default async function CouncilSummaryPage({ params }: Props) {
  const { viewer, ws } = await loadWorkspace(params, "/samenvatting");
  const t = await getTranslations("workspace.summary");
  const locale = (await getLocale()) as AppLocale;
  const [overview, totals, running, questionnaire] = await Promise.all([
    getHomeOverview(viewer, ws, locale),
    getInitiativeTotals(viewer, ws.code),
    listInitiatives(viewer, ws.code, { ...parseInitiativeFilters({}), status: "ACTIVE" }, 12),
    getQuestionnaireStatus(viewer, ws.code),
  ]);
  return (
    <Container className="py-8 print:max-w-none print:p-0">
      <style>{PRINT_CSS}</style>
      <div className="mb-8 flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton label={t("print")} />
        {/* A plain link: the export is a file from a route handler, not a page to navigate to. */}
        <a href={`/gemeenten/${ws.code}/export`} download className={buttonClass("secondary")}>
          {t("download")}
        </a>
        <p className="basis-full text-sm text-muted">{t("printHint")}</p>
      </div>
      <CouncilSummary ws={ws} overview={overview} totals={totals} running={running.items} questionnaire={questionnaire} />
    </Container>
  );
}
