import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { QuestionForm } from "@/components/survey-admin/question-form";
import { PageHeader } from "@/components/ui/page-header";
import type { AppLocale } from "@/lib/i18n/config";
import { requireAdminViewer } from "@/lib/survey-admin/not-found";
import { listQuestionBank, listSections } from "@/lib/survey-admin/queries";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveyAdmin.questions"))("createTitle") };
}

export default async function NewQuestionPage() {
  const viewer = await requireAdminViewer("/beheer/vragenbank/nieuw", "survey-admin");
  const locale = (await getLocale()) as AppLocale;
  const [sections, bank] = await Promise.all([listSections(viewer, locale), listQuestionBank(viewer, locale)]);
  const t = await getTranslations("surveyAdmin.questions");
  return (
    <>
      <p className="mb-4"><Link href="/beheer/vragenbank">{t("back")}</Link></p>
      <PageHeader title={t("createTitle")} lead={t("keyRule")} />
      <QuestionForm sections={sections} conditions={bank.filter((q) => q.type === "BOOLEAN").map((q) => ({ key: q.key, text: q.text }))} />
    </>
  );
}
