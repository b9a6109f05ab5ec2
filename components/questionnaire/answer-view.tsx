import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { AnswerValue, QuestionDTO, QuestionnaireDTO } from "@/lib/questionnaire/types";
import { isApplicable } from "@/lib/questionnaire/validation";
import { CommentBox } from "./comment-box";

/** A questionnaire read-only (submitted, past rounds, advisers): every applicable question and its answer. */
export async function AnswerView({ dto }: { dto: QuestionnaireDTO }) {
  const t = await getTranslations("questionnaire");
  const locale = (await getLocale()) as AppLocale;
  const text = (q: QuestionDTO, v: AnswerValue | undefined) => {
    if (v === undefined) return <span className="text-muted">{t("view.unanswered")}</span>;
    if (typeof v === "boolean") return v ? t("form.yes") : t("form.no");
    if (typeof v === "string") return <span className="whitespace-pre-line">{v}</span>;
    if (v.length === 0) return t("form.none");
    return v.map((k) => q.options.find((o) => o.key === k)?.text ?? k).join(", ");
  };
  return (
    <div>
      {dto.sections.map((s) => (
        <section key={s.key} aria-labelledby={`h-${s.key}`} className="pb-4">
          <h2 id={`h-${s.key}`} className="mt-6 text-2xl font-semibold">{s.name}</h2>
          <dl>
            {s.questions
              .filter((q) => isApplicable(q, dto.answers))
              .map((q) => (
                <div key={q.key} className="border-b border-line py-4">
                  <dt className="font-semibold">{q.text}</dt>
                  <dd className="mt-1">
                    {text(q, dto.answers[q.key])}
                    {dto.comments
                      .filter((c) => c.questionKey === q.key)
                      .map((c) => (
                        <CommentBox key={c.createdAt} comment={c} heading={t("comments.adviser")} date={formatDate(c.createdAt, locale)} />
                      ))}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
