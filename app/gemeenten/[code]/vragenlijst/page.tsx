import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { AnswerView } from "@/components/questionnaire/answer-view";
import { CommentBox } from "@/components/questionnaire/comment-box";
import { QuestionnaireForm } from "@/components/questionnaire/questionnaire-form";
import { QuestionnaireRoundNav } from "@/components/questionnaire/round-nav";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { label } from "@/components/workspace/messages";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { getQuestionnaire } from "@/lib/questionnaire/queries";
import { loadWorkspace } from "../_lib/load";


type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ws } = await loadWorkspace(params);
  const t = await getTranslations("questionnaire");
  return { title: t("metaTitle", { name: ws.name }) };
}

export default async function QuestionnairePage({ params, searchParams }: Props) {
  const { viewer, ws } = await loadWorkspace(params, "/vragenlijst");
  const t = await getTranslations();
  const locale = (await getLocale()) as AppLocale;
  const ronde = Number((await searchParams).ronde);
  const dto = await getQuestionnaire(viewer, ws.code, Number.isInteger(ronde) && ronde > 0 ? ronde : null, locale);
  if (!dto) notFound();
  const general = dto.comments.filter((c) => c.questionKey === null);
  const status = label(t, `workspace.enums.responseStatus.${dto.response.status}`);
  return (
    <Container className="py-8">
      <PageHeader title={t("questionnaire.title", { year: dto.round.year })} lead={t("questionnaire.lead")}>
        <p className="mt-3">
          <span className="font-semibold">{t("questionnaire.status")}: </span>
          {status}
          {dto.response.submittedAt ? ` · ${t("questionnaire.submittedOn", { date: formatDate(dto.response.submittedAt, locale) })}` : ""}
          {dto.round.status === "OPEN" ? ` · ${t("questionnaire.deadline", { date: formatDate(dto.round.closesAt, locale) })}` : ""}
        </p>
      </PageHeader>
      <QuestionnaireRoundNav code={ws.code} rounds={dto.rounds} current={dto.round.year} />
      {dto.response.status === "RETURNED" ? (
        <div role="note" className="mb-6 rounded border-l-4 border-red-700 bg-red-50 px-4 py-3">
          <p className="font-semibold">{t("questionnaire.returned.title")}</p>
          <p>{t("questionnaire.returned.text")}</p>
        </div>
      ) : null}
      {general.map((c) => (
        <CommentBox key={c.createdAt} comment={c} heading={t("questionnaire.comments.general")} date={formatDate(c.createdAt, locale)} />
      ))}
      {dto.editable ? (
        <>
          {dto.prefillYear ? <p className="mb-4 rounded bg-brand-50 px-4 py-3">{t("questionnaire.prefillNote", { year: dto.prefillYear })}</p> : null}
          <QuestionnaireForm code={ws.code} dto={dto} />
        </>
      ) : (
        <>
          <p className="mb-4 rounded bg-surface px-4 py-3">{ws.canWrite && dto.round.status === "OPEN" ? t("questionnaire.readOnlySubmitted") : t("questionnaire.readOnly")}</p>
          <AnswerView dto={dto} />
        </>
      )}
    </Container>
  );
}
