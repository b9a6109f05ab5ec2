import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { QuestionBankTable } from "@/components/survey-admin/question-bank-table";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { AppLocale } from "@/lib/i18n/config";
import { requireAdminViewer } from "@/lib/survey-admin/not-found";
import { listQuestionBank } from "@/lib/survey-admin/queries";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveyAdmin.questions"))("title") };
}

export default async function QuestionBankPage() {
  const viewer = await requireAdminViewer("/beheer/vragenbank", "survey-admin");
  const questions = await listQuestionBank(viewer, (await getLocale()) as AppLocale);
  const t = await getTranslations("surveyAdmin.questions");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        <div className="mt-6"><ButtonLink href="/beheer/vragenbank/nieuw">{t("new")}</ButtonLink></div>
      </PageHeader>
      <p className="max-w-3xl rounded border-l-4 border-brand-700 bg-brand-50 px-3 py-2">{t("keyRule")}</p>
      {questions.length === 0 ? <EmptyState text={t("empty")} /> : <QuestionBankTable questions={questions} />}
    </>
  );
}
