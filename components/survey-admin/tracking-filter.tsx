import { getTranslations } from "@/lib/i18n/server";
import { inputClass, labelClass } from "@/components/admin/styles";
import { buttonClass } from "@/components/ui/button-link";
import { TRACKING_STATUSES } from "@/lib/survey-admin/schemas";

/** A plain GET form: the filter lives in the URL, so it can be shared and works without JavaScript. */
export async function TrackingFilter({ year, status }: { year: number; status?: string }) {
  const t = await getTranslations("surveyAdmin.tracking");
  const ts = await getTranslations("surveyAdmin.responseStatus");
  return (
    <form method="get" action={`/beheer/vragenlijsten/${year}/respons`} className="mt-4 flex flex-wrap items-end gap-3" aria-label={t("filterLabel")}>
      <div>
        <label htmlFor="status" className={labelClass}>{t("status")}</label>
        <select id="status" name="status" defaultValue={status ?? ""} className={`${inputClass} min-w-56`}>
          <option value="">{t("allStatuses")}</option>
          {TRACKING_STATUSES.map((s) => <option key={s} value={s}>{ts(s)}</option>)}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>{t("filter")}</button>
    </form>
  );
}
