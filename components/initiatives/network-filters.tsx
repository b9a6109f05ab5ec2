import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button-link";
import { inputClass } from "@/components/workspace/fields";
import { label } from "@/components/workspace/messages";
import { NETWORK_SEARCH_MAX, SIZE_CLASSES, networkHref, type NetworkFilters } from "@/lib/initiatives/network-filters";
import type { Named } from "./initiative-form";

type Option = { value: string; label: string };

/** GET form: the filters end up in the URL, so a filtered list can be bookmarked and shared. */
export async function NetworkFilterForm({ filters, tracks, pillars, provinces }: { filters: NetworkFilters; tracks: Named[]; pillars: Named[]; provinces: Named[] }) {
  const t = await getTranslations();
  const select = (name: string, text: string, value: string, options: Option[]) => (
    <div>
      <label htmlFor={`filter-${name}`} className="font-semibold">{text}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value} className={inputClass}>
        <option value="">{t("network.filters.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={networkHref()} role="search" aria-labelledby="filters-heading" className="rounded bg-surface p-5">
      <h2 id="filters-heading" className="sr-only">{t("network.filters.heading")}</h2>
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
        <div className="md:col-span-2 lg:col-span-4">
          <label htmlFor="filter-zoek" className="font-semibold">{t("network.filters.search")}</label>
          <input id="filter-zoek" name="zoek" type="search" defaultValue={filters.search} maxLength={NETWORK_SEARCH_MAX} autoComplete="off" className={inputClass} />
        </div>
        {select("spoor", t("network.filters.track"), filters.track ?? "", tracks.map((x) => ({ value: x.key, label: x.name })))}
        {select("pijler", t("network.filters.pillar"), filters.pillar ? String(filters.pillar) : "", pillars.map((x) => ({ value: x.key, label: `${x.key}. ${x.name}` })))}
        {select("provincie", t("network.filters.province"), filters.provinceCode ?? "", provinces.map((x) => ({ value: x.key, label: x.name })))}
        {select("grootte", t("network.filters.sizeClass"), filters.sizeClass ? String(filters.sizeClass) : "", SIZE_CLASSES.map((s) => ({ value: String(s), label: label(t, `sizeClass.${s}`) })))}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass("primary")}>{t("network.filters.apply")}</button>
        <Link href={networkHref()}>{t("network.filters.reset")}</Link>
      </div>
    </form>
  );
}
