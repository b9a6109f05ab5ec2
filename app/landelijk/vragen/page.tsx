import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardNav } from "@/components/national/dashboard-nav";
import { QuestionCard } from "@/components/national/question-card";
import { RoundSelector } from "@/components/national/round-selector";
import { RoundSummary } from "@/components/national/round-summary";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { dashboardContext } from "@/lib/dashboards/context";
import { chooseYear, param, type SearchParams } from "@/lib/dashboards/filters";
import { defaultYear } from "@/lib/dashboards/headlines";
import { getNationalRounds } from "@/lib/dashboards/queries";
import { groupBySection } from "@/lib/dashboards/sections";
import { dashboardsT } from "@/lib/dashboards/i18n";

// Every question of a round as a chart, grouped by questionnaire section, with a trend where the question
// was asked in more than one round.

export async function generateMetadata(): Promise<Metadata> {
  const t = await dashboardsT();
  return { title: t("questions.title") };
}

export default async function NationalQuestionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer("/landelijk/vragen");
  const [sp, rounds, c] = await Promise.all([searchParams, getNationalRounds(viewer), dashboardContext(viewer)]);
  const year = chooseYear(param(sp, "ronde"), rounds.map((r) => r.year), defaultYear(rounds));
  const round = rounds.find((r) => r.year === year);
  if (!round) notFound();
  const sections = groupBySection(round.questions, c.labels);

  return (
    <Container className="py-10">
      <PageHeader title={c.t("questions.title")} lead={c.t("questions.lead")} />
      <DashboardNav current="questions" year={round.year} />
      <RoundSelector rounds={rounds} current={round.year} path="/landelijk/vragen" />
      <RoundSummary round={round} />
      <nav aria-label={c.t("questions.sectionsNav")} className="mb-10">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {sections.map((s) => (
            <li key={s.key}>
              <a href={`#sectie-${s.key}`}>{s.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s) => (
        <section key={s.key} id={`sectie-${s.key}`} aria-labelledby={`sectie-${s.key}-h`} className="mb-8">
          <h2 id={`sectie-${s.key}-h`} className="mb-6 border-b border-line pb-2 text-2xl font-semibold">
            {s.name}
          </h2>
          {s.items.map((q) => (
            <QuestionCard key={q.key} c={c} round={round} rounds={rounds} q={q} />
          ))}
        </section>
      ))}
    </Container>
  );
}
