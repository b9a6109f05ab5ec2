import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { BreakdownPanel } from "@/components/national/breakdown-panel";
import { DashboardNav } from "@/components/national/dashboard-nav";
import { QuestionCard } from "@/components/national/question-card";
import { RoundSelector } from "@/components/national/round-selector";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { dashboardContext } from "@/lib/dashboards/context";
import { chooseDimension, chooseOne, chooseYear, param, queryString, type SearchParams } from "@/lib/dashboards/filters";
import { defaultYear } from "@/lib/dashboards/headlines";
import { getNationalBreakdown, getNationalRounds } from "@/lib/dashboards/queries";
import { chartedOptions } from "@/lib/dashboards/trend";

// One question: its chart and trend, and its breakdown by size class, province or GGD region
// (?uitsplitsing=size_class|province|ggd_region&optie=…), all in the URL.

type Props = { params: Promise<{ key: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requireViewer();
  const [{ key }, c] = await Promise.all([params, dashboardContext(viewer)]);
  return { title: c.labels.question(decodeURIComponent(key)) };
}

export default async function NationalQuestionPage({ params, searchParams }: Props) {
  const { key: raw } = await params;
  const key = decodeURIComponent(raw);
  const viewer = await requireViewer(`/landelijk/vragen/${encodeURIComponent(key)}`);
  const [sp, rounds, c] = await Promise.all([searchParams, getNationalRounds(viewer), dashboardContext(viewer)]);
  const asked = rounds.filter((r) => r.questions.some((q) => q.key === key));
  if (asked.length === 0) notFound();
  const year = chooseYear(param(sp, "ronde"), rounds.map((r) => r.year), defaultYear(asked));
  const round = rounds.find((r) => r.year === year);
  if (!round) notFound();
  const q = round.questions.find((x) => x.key === key);
  const dimension = chooseDimension(param(sp, "uitsplitsing"));
  const keep = { uitsplitsing: param(sp, "uitsplitsing"), optie: param(sp, "optie") };
  const bd = q && q.type !== "text" ? await getNationalBreakdown(viewer, round.year, dimension) : null;
  const option = q ? chooseOne(param(sp, "optie"), q.options.map((o) => o.key), chartedOptions(q.type, q.options.map((o) => o.key))[0] ?? "") : "";

  return (
    <Container className="py-10">
      <p className="mb-2">
        <Link href={`/landelijk/vragen${queryString({ ronde: round.year })}`}>{c.t("question.back")}</Link>
      </p>
      <PageHeader title={c.labels.question(key)} lead={c.labels.section(key).name} />
      <DashboardNav current="questions" year={round.year} />
      <RoundSelector rounds={asked} current={round.year} path={`/landelijk/vragen/${encodeURIComponent(key)}`} keep={keep} />
      {!q ? (
        <EmptyState text={c.t("question.notAsked", { year: String(round.year) })} />
      ) : (
        <>
          <QuestionCard c={c} round={round} rounds={rounds} q={q} links={false} />
          {bd ? <BreakdownPanel c={c} round={round} q={q} bd={bd} option={option} groupName={c.groupName} /> : null}
        </>
      )}
    </Container>
  );
}
