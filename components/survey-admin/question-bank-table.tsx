import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { tableClass } from "@/components/admin/styles";
import type { BankQuestionDTO } from "@/lib/survey-admin/queries";

/** The bank by section: key, text, type, and the rounds that ask each question. */
export async function QuestionBankTable({ questions }: { questions: BankQuestionDTO[] }) {
  const t = await getTranslations("surveyAdmin.questions");
  const tt = await getTranslations("surveyAdmin.types");
  const sections = [...new Map(questions.map((q) => [q.sectionKey, q.sectionName]))];
  return (
    <>
      {sections.map(([key, name]) => (
        <section key={key} aria-labelledby={`section-${key}`} className="mt-8">
          <h2 id={`section-${key}`} className="text-xl font-semibold">{name}</h2>
          <div className="mt-3 overflow-x-auto">
            <table className={tableClass}>
              <caption className="sr-only">{t("tableCaption", { section: name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("question")}</th>
                  <th scope="col">{t("type")}</th>
                  <th scope="col">{t("options")}</th>
                  <th scope="col">{t("rounds")}</th>
                </tr>
              </thead>
              <tbody>
                {questions.filter((q) => q.sectionKey === key).map((q) => (
                  <tr key={q.key}>
                    <th scope="row" className="font-normal">
                      <Link href={`/beheer/vragenbank/${encodeURIComponent(q.key)}`} className="font-medium">{q.text}</Link>
                      <code className="block text-xs text-muted">{q.key}</code>
                    </th>
                    <td>{tt(q.type)}</td>
                    <td className="tabular-nums">{q.options.length || "–"}</td>
                    <td>{q.rounds.length ? q.rounds.join(", ") : <span className="text-muted">{t("notUsed")}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
