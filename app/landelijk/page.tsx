import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartCard } from "@/components/charts/chart-card";
import { DashboardNav } from "@/components/national/dashboard-nav";
import { HeadlineFigures } from "@/components/national/headline-figures";
import { RoundSelector } from "@/components/national/round-selector";
import { RoundSummary } from "@/components/national/round-summary";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { dashboardContext, measureLabel } from "@/lib/dashboards/context";
import { dashboardsT } from "@/lib/dashboards/i18n";
import { chooseYear, param, type SearchParams } from "@/lib/dashboards/filters";
import { defaultYear, headlineFigures, type HeadlineDTO } from "@/lib/dashboards/headlines";
import { PUBLISHED_BANK } from "@/lib/dashboards/published";
import { getLargeMunicipalityBreakdowns, getNationalRounds } from "@/lib/dashboards/queries";
import { headlineTable } from "@/lib/dashboards/tables-survey";

// The national overview: the chosen round (default: the latest closed one) in figures and every published
// headline figure with its development over the rounds. Data comes from the national cache.

export async function generateMetadata(): Promise<Metadata> {
  const t = await dashboardsT("national");
  return { title: t("title") };
}

export default async function NationalOverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer("/landelijk");
  const [sp, rounds, c, tn] = await Promise.all([searchParams, getNationalRounds(viewer), dashboardContext(viewer), dashboardsT("national")]);
  const year = chooseYear(param(sp, "ronde"), rounds.map((r) => r.year), defaultYear(rounds));
  const round = rounds.find((r) => r.year === year);
  if (param(sp, "ronde") && !round) notFound();
  if (!round) {
    return (
      <Container className="py-10">
        <PageHeader title={tn("title")} lead={c.t("overview.lead")} />
        <EmptyState title={tn("emptyTitle")} text={c.t("overview.noRounds")} />
      </Container>
    );
  }

  const large = await getLargeMunicipalityBreakdowns(viewer, rounds.filter((r) => r.year <= round.year).map((r) => r.year));
  const headlines = headlineFigures(PUBLISHED_BANK, rounds, round.year, large);
  const measure = (h: HeadlineDTO) => measureLabel(c, h);
  const table = headlineTable(c.table, headlines, measure);

  return (
    <Container className="py-10">
      <PageHeader title={tn("title")} lead={c.t("overview.lead")} />
      <DashboardNav current="overview" year={round.year} />
      <RoundSelector rounds={rounds} current={round.year} path="/landelijk" />
      <RoundSummary round={round} />
      <ChartCard id="kerncijfers" table={{ ...table, title: c.t("headlines.heading") }} heading={2} download={{ chart: "kerncijfers", params: { ronde: round.year } }}>
        <p className="mb-4 max-w-3xl text-muted">{c.t("headlines.lead")}</p>
        <HeadlineFigures headlines={headlines} year={round.year} measure={measure} />
      </ChartCard>
    </Container>
  );
}
