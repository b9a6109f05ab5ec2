import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { sectionClass } from "@/components/admin/styles";
import { DeleteQuestionForm } from "@/components/survey-admin/delete-question-form";
import { QuestionForm } from "@/components/survey-admin/question-form";
import { PageHeader } from "@/components/ui/page-header";
import type { AppLocale } from "@/lib/i18n/config";
import { orNotFound, requireAdminViewer } from "@/lib/survey-admin/not-found";
import { getBankQuestion, listQuestionBank, listSections } from "@/lib/survey-admin/queries";


type Params = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { key } = await params;
  return { title: decodeURIComponent(key) };
}

export default async function QuestionPage({ params }: Params) {
  const key = decodeURIComponent((await params).key);
  const viewer = await requireAdminViewer(`/beheer/vragenbank/${encodeURIComponent(key)}`, "survey-admin");
  const locale = (await getLocale()) as AppLocale;
  const question = await orNotFound(getBankQuestion(viewer, locale, key));
  const [sections, bank] = await Promise.all([listSections(viewer, locale), listQuestionBank(viewer, locale)]);
  const t = await getTranslations("surveyAdmin.questions");
  // Questions of closed rounds stay (trends); the server also refuses open rounds and answered questions.
  const deletable = question.closedRounds.length === 0 && question.answerCount === 0;
  return (
    <>
      <p className="mb-4"><Link href="/beheer/vragenbank">{t("back")}</Link></p>
      <PageHeader title={question.text} lead={t("usage", { rounds: question.rounds.join(", ") || "–", answers: question.answerCount })} />
      <QuestionForm sections={sections} conditions={bank.filter((q) => q.type === "BOOLEAN").map((q) => ({ key: q.key, text: q.text }))} question={question} />
      <section aria-labelledby="delete-heading" className={sectionClass}>
        <h2 id="delete-heading" className="text-xl font-semibold">{t("deleteTitle")}</h2>
        {deletable ? (
          <DeleteQuestionForm questionKey={question.key} version={question.version} />
        ) : (
          <p className="mt-2 max-w-3xl text-muted">{question.closedRounds.length ? t("notDeletableClosed", { rounds: question.closedRounds.join(", ") }) : t("notDeletableUsed")}</p>
        )}
      </section>
    </>
  );
}
