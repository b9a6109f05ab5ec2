import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { CommentForm } from "@/components/review/comment-form";
import { DecisionPanel } from "@/components/review/decision-panel";
import { CommentList, ReviewAnswers } from "@/components/review/review-answers";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { found } from "@/lib/auth/found";
import { requireViewer } from "@/lib/auth/viewer";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { getReview } from "@/lib/review/queries";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

/** Review of the open round's questionnaire by the assigned adviser (or admin); anyone else gets 404. */
export default async function ReviewPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const viewer = await requireViewer(`/gemeenten/${code}/beoordeling`);
  const locale = (await getLocale()) as AppLocale;
  const dto = await found(getReview(viewer, code, locale));
  const t = await getTranslations("review");
  if (!dto) return <Container className="py-8"><EmptyState title={t("title")} text={t("noRound")} /></Container>;
  const r = dto.response;
  const status = r?.status ?? "NOT_STARTED";
  const general = dto.comments.filter((c) => c.questionKey === null);
  return (
    <Container className="py-8">
      <h1 className="text-3xl font-semibold">{t("heading", { year: String(dto.round.year), name: dto.municipality.name })}</h1>
      <p className="mt-2 text-lg" role="status">
        {t(`status.${status}`, {
          submitted: r?.submittedAt ? formatDate(r.submittedAt, locale) : "",
          reviewed: r?.reviewedAt ? formatDate(r.reviewedAt, locale) : "",
          reviewer: r?.reviewedByName ?? "",
          deadline: formatDate(dto.round.closesAt, locale),
        })}
      </p>
      <p className="mt-2"><Link href={`/gemeenten/${code}/tijdlijn`}>{t("timelineLink")}</Link></p>
      {!r || status === "NOT_STARTED" || status === "DRAFT" ? (
        <div className="mt-6"><EmptyState text={t("notYet")} headingLevel={3} /></div>
      ) : (
        <>
          {dto.reviewable ? <p className="mt-4 max-w-3xl">{t("howTo")}</p> : null}
          <section aria-labelledby="answers" className="mt-6">
            <h2 id="answers" className="text-2xl font-semibold">{t("answers")}</h2>
            <ReviewAnswers dto={dto} />
          </section>
          <section aria-labelledby="general" className="mt-8">
            <h2 id="general" className="text-2xl font-semibold">{t("general")}</h2>
            {general.length === 0 && !dto.reviewable ? <p className="mt-2 text-muted">{t("noGeneral")}</p> : null}
            <CommentList code={code} comments={general} />
            {dto.reviewable ? <CommentForm code={code} responseId={r.id} questionKey={null} label={t("generalLabel")} /> : null}
          </section>
          {dto.reviewable ? (
            <section aria-labelledby="decision" className="mt-10">
              <h2 id="decision" className="mb-4 text-2xl font-semibold">{t("decisionHeading")}</h2>
              <DecisionPanel key={dto.comments.filter((c) => c.current).length} code={code} responseId={r.id} version={r.version} currentComments={dto.comments.filter((c) => c.current).length} name={dto.municipality.name} />
            </section>
          ) : null}
        </>
      )}
    </Container>
  );
}
