import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button-link";
import type { AuditFilters } from "@/lib/audit/schemas";
import type { AuditFacetsDTO } from "@/lib/audit/queries";
import { inputClass, labelClass } from "./styles";

/** Filters of the audit trail: a GET form, so a filtered view can be shared as a link. */
export async function AuditFilterForm({ filters, facets }: { filters: AuditFilters; facets: AuditFacetsDTO }) {
  const t = await getTranslations("audit");
  return (
    <form method="get" role="search" aria-label={t("filtersLabel")} className="grid gap-4 rounded bg-surface p-4 sm:grid-cols-2 lg:grid-cols-3">
      <div>
        <label htmlFor="actor" className={labelClass}>{t("actor")}</label>
        <input id="actor" name="actor" type="search" defaultValue={filters.actor ?? ""} aria-describedby="actor-hint" className={inputClass} />
        <p id="actor-hint" className="mt-1 text-sm text-muted">{t("actorHint")}</p>
      </div>
      <div>
        <label htmlFor="entity" className={labelClass}>{t("entity")}</label>
        <select id="entity" name="entity" defaultValue={filters.entity ?? ""} className={inputClass}>
          <option value="">{t("all")}</option>
          {facets.entities.map((e) => (
            <option key={e} value={e}>{e}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="action" className={labelClass}>{t("action")}</label>
        <select id="action" name="action" defaultValue={filters.action ?? ""} className={inputClass}>
          <option value="">{t("all")}</option>
          {facets.actions.map((a) => (
            <option key={a} value={a}>{a}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="from" className={labelClass}>{t("from")}</label>
        <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} className={inputClass} />
      </div>
      <div>
        <label htmlFor="to" className={labelClass}>{t("to")}</label>
        <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} className={inputClass} />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <button type="submit" className={buttonClass("primary")}>{t("apply")}</button>
        <Link href="/beheer/audit" className={buttonClass("secondary")}>{t("reset")}</Link>
      </div>
    </form>
  );
}
