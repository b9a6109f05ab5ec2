import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button-link";
import { inputClass } from "@/components/workspace/fields";
import { label } from "@/components/workspace/messages";
import { SEARCH_MAX, STATUS_FILTERS, initiativesHref, type InitiativeFilters } from "@/lib/initiatives/filters";
import { TARGET_GROUPS } from "@/lib/initiatives/options";
import type { Named } from "./initiative-form";

/** GET form: filters end up in the URL, so a filtered list can be bookmarked and shared. */
export async function InitiativeFilterForm({ code, filters, tracks, pillars, years }: { code: string; filters: InitiativeFilters; tracks: Named[]; pillars: Named[]; years: number[] }) {
  const t = await getTranslations();
  const select = (id: string, name: string, text: string, value: string, options: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={id} className="font-semibold">{text}</label>
      <select id={id} name={name} defaultValue={value} className={inputClass}>
        <option value="">{t("initiatives.filters.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={initiativesHref(code, {})} role="search" aria-labelledby="filters-heading" className="rounded bg-surface p-5">
      <h2 id="filters-heading" className="sr-only">{t("initiatives.filters.heading")}</h2>
      {filters.archived ? <input type="hidden" name="toon" value="archief" /> : null}
      <div className="grid gap-4 md:grid-cols-3">
        <div className="md:col-span-3">
          <label htmlFor="filter-zoek" className="font-semibold">{t("initiatives.filters.search")}</label>
          <input id="filter-zoek" name="zoek" type="search" defaultValue={filters.search} maxLength={SEARCH_MAX} className={inputClass} />
        </div>
        {select("filter-spoor", "spoor", t("initiatives.filters.track"), filters.track ?? "", tracks.map((x) => ({ value: x.key, label: x.name })))}
        {select("filter-pijler", "pijler", t("initiatives.filters.pillar"), filters.pillar ? String(filters.pillar) : "", pillars.map((x) => ({ value: x.key, label: `${x.key}. ${x.name}` })))}
        {select("filter-status", "status", t("initiatives.filters.status"), filters.status ?? "", STATUS_FILTERS.map((s) => ({ value: s, label: label(t, s === "ACTIVE" ? "initiatives.filters.active" : `workspace.enums.status.${s}`) })))}
        {select("filter-doelgroep", "doelgroep", t("initiatives.filters.targetGroup"), filters.targetGroup ?? "", TARGET_GROUPS.map((g) => ({ value: g, label: label(t, `workspace.enums.targetGroup.${g}`) })))}
        {select("filter-jaar", "jaar", t("initiatives.filters.year"), filters.year ? String(filters.year) : "", years.map((y) => ({ value: String(y), label: String(y) })))}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass("primary")}>{t("initiatives.filters.apply")}</button>
        <Link href={initiativesHref(code, { archived: filters.archived })}>{t("initiatives.filters.reset")}</Link>
      </div>
    </form>
  );
}
