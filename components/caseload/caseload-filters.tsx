import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { SIGNAL_KEYS } from "@/lib/caseload/types";
import type { CaseloadView } from "@/lib/caseload/view";

const STATUSES = ["NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"] as const;
const control = "mt-1 block w-full rounded border-2 border-muted bg-white px-3 py-2";

/** Filters as a plain GET form: the view lives in the URL and works without JavaScript. */
export async function CaseloadFilters({ view }: { view: CaseloadView }) {
  const t = await getTranslations("caseload.filters");
  const tn = await getTranslations("caseload");
  return (
    <form method="get" action="/adviseur" className="mb-6 rounded border border-line bg-surface p-4">
      <fieldset>
        <legend className="font-semibold">{t("legend")}</legend>
        {view.sort !== "triage" ? <input type="hidden" name="sort" value={view.sort} /> : null}
        {view.dir ? <input type="hidden" name="dir" value={view.dir} /> : null}
        <div className="mt-2 grid gap-4 sm:grid-cols-3">
          <div>
            <label htmlFor="f-signal">{t("signal")}</label>
            <select id="f-signal" name="signal" defaultValue={view.signal ?? ""} className={control}>
              <option value="">{t("anySignal")}</option>
              {SIGNAL_KEYS.map((k) => (
                <option key={k} value={k}>
                  {tn(`signalNames.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-status">{t("status")}</label>
            <select id="f-status" name="status" defaultValue={view.status ?? ""} className={control}>
              <option value="">{t("anyStatus")}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {tn(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-q">{t("q")}</label>
            <input id="f-q" name="q" type="search" defaultValue={view.q ?? ""} className={control} />
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            {t("apply")}
          </button>
          <Link href="/adviseur">{t("reset")}</Link>
        </div>
      </fieldset>
    </form>
  );
}
