import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import type { CaseloadItem } from "@/lib/caseload/types";
import { caseloadHref, DEFAULT_DIR, type CaseloadView, type SortKey } from "@/lib/caseload/view";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { SignalList } from "./signal-reason";

/** A column header that sorts by following a link; the current sort is announced with aria-sort. */
async function SortHeader({ view, sort, label }: { view: CaseloadView; sort: SortKey; label: string }) {
  const t = await getTranslations("caseload.table");
  const active = view.sort === sort;
  const dir = view.dir ?? DEFAULT_DIR[view.sort];
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined} className="px-3 py-2 text-left align-bottom">
      <Link href={caseloadHref(view, { sort })} className="font-semibold text-brand-900" aria-label={t("sortBy", { column: label })}>
        {label}
        {active ? <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
}

/** One page of the caseload; `offset` is the number of rows on the pages before it (positions continue). */
export async function CaseloadTable({ items, view, roundYear, offset = 0 }: { items: CaseloadItem[]; view: CaseloadView; roundYear: number | null; offset?: number }) {
  const t = await getTranslations("caseload");
  const locale = (await getLocale()) as AppLocale;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("table.caption")}</caption>
        <thead className="border-b-2 border-brand-900">
          <tr>
            <SortHeader view={view} sort="triage" label={t("table.rank")} />
            <SortHeader view={view} sort="name" label={t("table.municipality")} />
            <SortHeader view={view} sort="deadline" label={t("table.questionnaire", { year: String(roundYear ?? "") })} />
            <th scope="col" className="px-3 py-2 align-bottom">{t("table.signals")}</th>
            <SortHeader view={view} sort="advice" label={t("table.lastAdvice")} />
            <SortHeader view={view} sort="followUps" label={t("table.followUps")} />
          </tr>
        </thead>
        <tbody>
          {items.map((i, n) => (
            <tr key={i.code} className="border-b border-line align-top">
              <td className="px-3 py-3">
                <span className="font-semibold">{offset + n + 1}</span>
                <span className="block text-sm text-muted">{t("table.weight", { score: i.score })}</span>
              </td>
              <th scope="row" className="px-3 py-3 font-normal">
                <Link href={`/gemeenten/${i.code}`} className="font-semibold">{i.name}</Link>
                <span className="mt-1 block text-sm">
                  <Link href={`/gemeenten/${i.code}/advies`}>{t("table.adviceLink")}</Link>
                  {i.questionnaireStatus === "SUBMITTED" ? (
                    <>
                      {" · "}
                      <Link href={`/gemeenten/${i.code}/beoordeling`}>{t("table.reviewLink")}</Link>
                    </>
                  ) : null}
                </span>
              </th>
              <td className="px-3 py-3">
                {i.questionnaireStatus ? t(`status.${i.questionnaireStatus}`) : t("table.noRound")}
                {i.daysToDeadline !== null && i.questionnaireStatus !== "ACCEPTED" ? (
                  <span className="block text-sm text-muted">
                    {t("deadline", { when: i.daysToDeadline < 0 ? "late" : i.daysToDeadline === 0 ? "today" : "ahead", days: Math.abs(i.daysToDeadline) })}
                  </span>
                ) : null}
              </td>
              <td className="min-w-72 px-3 py-3">
                <SignalList signals={i.signals} />
              </td>
              <td className="px-3 py-3">
                {i.lastAdviceOn ? formatDate(i.lastAdviceOn, locale) : t("table.never")}
                {i.daysSinceAdvice !== null ? <span className="block text-sm text-muted">{t("table.daysAgo", { days: i.daysSinceAdvice })}</span> : null}
              </td>
              <td className="px-3 py-3 text-right tabular-nums">{i.followUpsOverdue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
