import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { sectionClass } from "@/components/admin/styles";
import { RoundDatesForm } from "@/components/survey-admin/round-dates-form";
import { RoundQuestionsForm } from "@/components/survey-admin/round-questions-form";
import { RoundStatusForm } from "@/components/survey-admin/round-status-form";
import { RoundSubnav } from "@/components/survey-admin/round-subnav";
import { StatusBadge } from "@/components/survey-admin/status-badge";
import { PageHeader } from "@/components/ui/page-header";
import type { AppLocale } from "@/lib/i18n/config";
import { orNotFound, requireAdminViewer } from "@/lib/survey-admin/not-found";
import { getRoundDetail, listQuestionBank } from "@/lib/survey-admin/queries";


type Params = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { year } = await params;
  return { title: (await getTranslations("surveyAdmin.rounds"))("roundName", { year }) };
}

export default async function RoundPage({ params }: Params) {
  const { year: raw } = await params;
  if (!/^\d{4}$/.test(raw)) notFound();
  const viewer = await requireAdminViewer(`/beheer/vragenlijsten/${raw}`, "survey-admin");
  const locale = (await getLocale()) as AppLocale;
  const [round, bank] = await Promise.all([orNotFound(getRoundDetail(viewer, Number(raw))), listQuestionBank(viewer, locale)]);
  const t = await getTranslations("surveyAdmin.rounds");
  const ts = await getTranslations("surveyAdmin.status");
  const closed = round.status === "CLOSED";
  return (
    <>
      <PageHeader title={t("roundName", { year: String(round.year) })}>
        <p className="mt-3"><StatusBadge status={round.status} label={ts(round.status)} /></p>
      </PageHeader>
      <RoundSubnav year={round.year} current="settings" />
      <section aria-labelledby="status-heading">
        <h2 id="status-heading" className="text-xl font-semibold">{t("statusTitle")}</h2>
        <p className="mt-1 max-w-3xl text-muted">{t(`statusHelp.${round.status}`)}</p>
        <RoundStatusForm id={round.id} version={round.version} year={round.year} status={round.status} responses={round.responses} />
      </section>
      <section aria-labelledby="period-heading" className={sectionClass}>
        <h2 id="period-heading" className="mb-4 text-xl font-semibold">{t("periodTitle")}</h2>
        <RoundDatesForm id={round.id} version={round.version} opensAt={round.opensAt} closesAt={round.closesAt} disabled={closed} />
      </section>
      <section aria-labelledby="questions-heading" className={sectionClass}>
        <h2 id="questions-heading" className="text-xl font-semibold">{t("questionsTitle")}</h2>
        <p className="mt-1 max-w-3xl text-muted">{t("questionsHelp", { count: round.questionKeys.length })}</p>
        <RoundQuestionsForm id={round.id} version={round.version} bank={bank} chosen={round.questionKeys} answered={round.answeredKeys} readOnly={closed} />
      </section>
    </>
  );
}
