import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The survey rounds as links (?ronde=YYYY), the shown one marked as current. */
export async function RoundNav({ years, current }: { years: number[]; current: number }) {
  const t = await getTranslations("national");
  if (years.length === 0) return null;
  return (
    <nav aria-label={t("roundNav")} className="mb-8">
      <p className="mb-2 font-semibold" aria-hidden="true">
        {t("roundNav")}
      </p>
      <ul className="inline-flex flex-wrap overflow-hidden rounded border-2 border-brand-900">
        {years.map((year) => {
          const active = year === current;
          return (
            <li key={year} className="border-r-2 border-brand-900 last:border-r-0">
              <Link
                href={`/landelijk?ronde=${year}`}
                aria-current={active ? "page" : undefined}
                aria-label={t("round", { year })}
                className={`block px-5 py-2 font-semibold no-underline ${
                  active ? "bg-brand-900 text-white hover:text-white" : "bg-white text-brand-900 hover:bg-brand-50"
                }`}
              >
                {year}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
