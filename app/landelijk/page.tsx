import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { groupBySection } from "@/components/national/group-by-section";
import { QuestionResult } from "@/components/national/question-result";
import { RoundFigures } from "@/components/national/round-figures";
import { RoundNav } from "@/components/national/round-nav";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { AppLocale } from "@/lib/i18n/config";
import { getQuestionLabels, listRoundYears } from "@/lib/reference/queries";
import { getRoundResults } from "@/lib/surveys/results";
import { chooseRoundYear } from "./round-year";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("national");
  return { title: t("title") };
}

export default async function NationalPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { ronde } = await searchParams;
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("national");
  const years = await listRoundYears();
  const year = chooseRoundYear(ronde, years);
  if (year === null) notFound();
  const [results, labels] = await Promise.all([getRoundResults(year), getQuestionLabels(locale)]);
  const sections = results ? groupBySection(results.questions, labels) : [];

  return (
    <Container className="py-10">
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="mt-2 text-sm text-muted">{t("placeholderNote")}</p>
      </PageHeader>
      <RoundNav years={years} current={year} />

      {!results ? (
        <EmptyState title={t("emptyTitle")} text={t("emptyText", { year })} />
      ) : (
        <>
          <RoundFigures results={results} />
          {sections.length === 0 ? <p className="text-muted">{t("noQuestions")}</p> : null}
          {sections.map((section) => (
            <section key={section.key} aria-labelledby={`section-${section.key}`} className="mb-6">
              <h2 id={`section-${section.key}`} className="mb-6 border-b border-line pb-2 text-2xl font-semibold">
                {section.name || t("title")}
              </h2>
              {section.items.map(({ result, label }) => (
                <QuestionResult key={result.key} result={result} label={label} />
              ))}
            </section>
          ))}
        </>
      )}
    </Container>
  );
}
