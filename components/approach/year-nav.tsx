import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";

/** The years with an approach as links; the shown one is marked current. */
export async function YearNav({ code, years, current }: { code: string; years: number[]; current: number | null }) {
  const t = await getTranslations("approach");
  if (years.length === 0) return null;
  return (
    <nav aria-label={t("yearNav")} className="flex flex-wrap items-center gap-3">
      <span className="font-semibold" aria-hidden="true">{t("yearNav")}:</span>
      <ul className="inline-flex flex-wrap overflow-hidden rounded border-2 border-brand-900">
        {years.map((y) => (
          <li key={y} className="border-r-2 border-brand-900 last:border-r-0">
            <Link
              href={`/gemeenten/${code}/aanpak?jaar=${y}`}
              aria-current={y === current ? "page" : undefined}
              aria-label={t("yearLink", { year: y })}
              className={`block px-4 py-1.5 font-semibold no-underline ${y === current ? "bg-brand-900 text-white hover:text-white" : "bg-white text-brand-900 hover:bg-brand-50"}`}
            >
              {y}
            </Link>
          </li>
        ))}
      </ul>
      {years.length > 1 ? (
        <Link href={`/gemeenten/${code}/aanpak/vergelijken?van=${years[1]}&tot=${years[0]}`}>{t("compareLink")}</Link>
      ) : null}
    </nav>
  );
}
