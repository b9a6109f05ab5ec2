import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { tableClass } from "@/components/admin/styles";
import { formatNumber } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { StoredSummary } from "@/lib/imports/pipeline";

/** The preview of an import: totals, per round and per question how many answers are new, changed, unchanged. */
export async function ImportSummary({ summary, labels }: { summary: StoredSummary; labels: Record<string, string> }) {
  const t = await getTranslations("imports.preview");
  const locale = (await getLocale()) as AppLocale;
  const n = (v: number) => formatNumber(v, locale);
  const totals = [
    ["rows", summary.totals.rows],
    ["new", summary.totals.new],
    ["changed", summary.totals.changed],
    ["unchanged", summary.totals.unchanged],
    ["responsesCreated", summary.totals.responsesCreated],
    ["responsesAccepted", summary.totals.responsesAccepted],
  ] as const;
  const counts = (c: { rows: number; new: number; changed: number; unchanged: number }) => (
    <>
      <td className="text-right tabular-nums">{n(c.rows)}</td>
      <td className="text-right tabular-nums">{n(c.new)}</td>
      <td className="text-right tabular-nums">{n(c.changed)}</td>
      <td className="text-right tabular-nums">{n(c.unchanged)}</td>
    </>
  );
  const head = (first: string) => (
    <tr>
      <th scope="col">{first}</th>
      <th scope="col" className="text-right">{t("rows")}</th>
      <th scope="col" className="text-right">{t("new")}</th>
      <th scope="col" className="text-right">{t("changed")}</th>
      <th scope="col" className="text-right">{t("unchanged")}</th>
    </tr>
  );
  return (
    <>
      <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
        {totals.map(([k, v]) => (
          <div key={k} className="rounded bg-surface p-3">
            <dt className="text-sm text-muted">{t(k)}</dt>
            <dd className="text-2xl font-semibold text-brand-900 tabular-nums">{n(v)}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-8 text-lg font-semibold">{t("byRound")}</h3>
      <div className="mt-2 overflow-x-auto">
        <table className={tableClass}>
          <thead>{head(t("round"))}</thead>
          <tbody>
            {summary.rounds.map((r) => (
              <tr key={r.year}>
                <th scope="row">
                  {r.year} {r.createRound ? <span className="text-sm font-normal text-amber-900">({t("roundCreated")})</span> : null}
                  <span className="block text-xs font-normal text-muted">{t("municipalities", { count: r.municipalities })}</span>
                </th>
                {counts(r)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="mt-8 text-lg font-semibold">{t("byQuestion")}</h3>
      <div className="mt-2 overflow-x-auto">
        <table className={tableClass}>
          <thead>{head(t("question"))}</thead>
          <tbody>
            {summary.questions.map((q) => (
              <tr key={q.key}>
                <th scope="row" className="font-normal">
                  {labels[q.key] ?? q.key}
                  <code className="block text-xs text-muted">{q.key}</code>
                </th>
                {counts(q)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
