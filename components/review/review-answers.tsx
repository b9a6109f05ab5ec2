import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { AnswerValue, QuestionDTO } from "@/lib/questionnaire/types";
import { isApplicable } from "@/lib/questionnaire/validation";
import type { ReviewCommentItem, ReviewDTO } from "@/lib/review/queries";
import { CommentForm } from "./comment-form";
import { DeleteComment } from "./delete-comment";

export async function CommentList({ code, comments }: { code: string; comments: ReviewCommentItem[] }) {
  const t = await getTranslations("review");
  const locale = (await getLocale()) as AppLocale;
  if (comments.length === 0) return null;
  return (
    <ul className="mt-2 space-y-2">
      {comments.map((c) => (
        <li key={c.id} className={`rounded border-l-4 px-3 py-2 ${c.current ? "border-brand-700 bg-brand-50" : "border-line bg-surface"}`}>
          <p className="text-sm font-semibold">
            {t("commentMeta", { name: c.authorName, date: formatDate(c.createdAt, locale) })}
            {c.current ? "" : ` · ${t("earlierRound")}`}
          </p>
          <p className="whitespace-pre-line">{c.body}</p>
          {c.canDelete ? <DeleteComment code={code} id={c.id} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** Every applicable question with its answer, its comments and (while under review) a comment field. */
export async function ReviewAnswers({ dto }: { dto: ReviewDTO }) {
  const t = await getTranslations("review");
  const tq = await getTranslations("questionnaire");
  const text = (q: QuestionDTO, v: AnswerValue | undefined) => {
    if (v === undefined) return <span className="text-muted">{t("unanswered")}</span>;
    if (typeof v === "boolean") return v ? tq("form.yes") : tq("form.no");
    if (typeof v === "string") return <span className="whitespace-pre-line">{v}</span>;
    if (v.length === 0) return tq("form.none");
    return v.map((k) => q.options.find((o) => o.key === k)?.text ?? k).join(", ");
  };
  const code = dto.municipality.code;
  return (
    <div>
      {dto.sections.map((s) => (
        <section key={s.key} aria-labelledby={`s-${s.key}`} className="pb-4">
          <h3 id={`s-${s.key}`} className="mt-6 text-xl font-semibold">{s.name}</h3>
          <ol className="mt-2">
            {s.questions
              .filter((q) => isApplicable(q, dto.answers))
              .map((q) => (
                <li key={q.key} id={`q-${q.key}`} className="border-b border-line py-4">
                  <p className="font-semibold">{q.text}</p>
                  <p className="mt-1">{text(q, dto.answers[q.key])}</p>
                  <CommentList code={code} comments={dto.comments.filter((c) => c.questionKey === q.key)} />
                  {dto.reviewable && dto.response ? (
                    <details className="mt-2">
                      <summary className="cursor-pointer font-semibold text-brand-700">{t("commentOn")}</summary>
                      <CommentForm code={code} responseId={dto.response.id} questionKey={q.key} label={t("commentLabel", { question: q.text })} />
                    </details>
                  ) : null}
                </li>
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
