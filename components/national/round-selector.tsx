import Link from "next/link";
import { queryString } from "@/lib/dashboards/filters";
import { dashboardsT } from "@/lib/dashboards/i18n";

type Round = { year: number; status: string };

/** The survey rounds as links that keep the page's other filters; an open round is marked as running. */
export async function RoundSelector({ rounds, current, path, keep = {} }: { rounds: Round[]; current: number; path: string; keep?: Record<string, string | undefined> }) {
  const t = await dashboardsT();
  if (rounds.length === 0) return null;
  return (
    <nav aria-label={t("round.label")} className="mb-8">
      <p className="mb-2 font-semibold" aria-hidden="true">
        {t("round.label")}
      </p>
      <ul className="inline-flex flex-wrap overflow-hidden rounded border-2 border-brand-900">
        {rounds.map((r) => {
          const active = r.year === current;
          const open = r.status === "OPEN";
          return (
            <li key={r.year} className="border-r-2 border-brand-900 last:border-r-0">
              <Link
                href={`${path}${queryString({ ...keep, ronde: r.year })}`}
                aria-current={active ? "page" : undefined}
                aria-label={open ? t("round.optionOpen", { year: String(r.year) }) : t("round.option", { year: String(r.year) })}
                className={`block px-5 py-2 font-semibold no-underline ${active ? "bg-brand-900 text-white hover:text-white" : "bg-white text-brand-900 hover:bg-brand-50"}`}
              >
                {r.year}
                {open ? <span className="ml-1 text-sm font-normal">({t("round.running")})</span> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
