import { getLocale, getTranslations } from "next-intl/server";
import { formatNumber, formatPercent } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { QuestionLabelDTO } from "@/lib/reference/queries";
import type { QuestionResultDTO } from "@/lib/surveys/types";

const FIXED_ANSWERS = ["yes", "no", "NOT_HELPED", "HELPED", "STRONGLY_HELPED", "HELPED_OR_STRONGLY"] as const;
type FixedAnswer = (typeof FIXED_ANSWERS)[number];
const isFixedAnswer = (key: string): key is FixedAnswer => (FIXED_ANSWERS as readonly string[]).includes(key);

/** A derived row (a sum of other rows) is set apart so it is not read as another option. */
const DERIVED = new Set(["HELPED_OR_STRONGLY"]);

const barWidth = (share: number) => `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;

const th = "border-b-2 border-brand-900 px-3 py-2 font-semibold text-brand-900";
const td = "border-b border-line px-3 py-2";

/** One question's results as a table: option, count and share of the n respondents. */
export async function QuestionResult({ result, label }: { result: QuestionResultDTO; label?: QuestionLabelDTO }) {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("national");
  const headingId = `q-${result.key.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  const optionText = (key: string): string => {
    if (result.type === "boolean" && isFixedAnswer(key)) return t(`answers.${key}`);
    return label?.options[key] ?? (isFixedAnswer(key) ? t(`answers.${key}`) : key);
  };
  const basedOn = t("basedOn", { n: result.n });
  const questionText = label?.text ?? result.key;

  return (
    <article aria-labelledby={headingId} className="mb-10">
      <h3 id={headingId} className="text-lg font-semibold">
        {questionText}
      </h3>
      {result.type === "text" || result.options.length === 0 ? (
        <p className="mt-2 text-muted">{t("textQuestion", { n: result.n })}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full max-w-3xl table-fixed border-collapse text-left">
            <caption className="pb-2 text-left text-sm text-muted">
              <span className="sr-only">{questionText}. </span>
              {basedOn}
            </caption>
            <colgroup>
              <col className="w-1/2" />
              <col className="w-24" />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t("colOption")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("colCount")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("colShare")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.options.map((o) => {
                const derived = DERIVED.has(o.key);
                return (
                  <tr key={o.key} className={derived ? "bg-brand-50" : undefined}>
                    <th scope="row" className={`${td} ${derived ? "font-semibold" : "font-normal"}`}>
                      {optionText(o.key)}
                    </th>
                    <td className={`${td} text-right`}>{formatNumber(o.count, locale)}</td>
                    <td className={td}>
                      <div className="flex items-center justify-end gap-3">
                        <span aria-hidden="true" className="hidden h-3 w-40 rounded-sm bg-surface sm:block">
                          <span className="block h-3 rounded-sm bg-brand-700" style={{ width: barWidth(o.share) }} />
                        </span>
                        <span className="w-12 text-right font-semibold">{formatPercent(o.share, locale)}</span>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
