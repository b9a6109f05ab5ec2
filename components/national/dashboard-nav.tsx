import Link from "next/link";
import { queryString } from "@/lib/dashboards/filters";
import { dashboardsT } from "@/lib/dashboards/i18n";

export type DashboardTab = "overview" | "questions" | "map" | "programme";

const PATHS: Record<DashboardTab, string> = { overview: "/landelijk", questions: "/landelijk/vragen", map: "/landelijk/kaart", programme: "/landelijk/programma" };

/** The dashboards' sections; the chosen round travels along so a link keeps its context. */
export async function DashboardNav({ current, year }: { current: DashboardTab; year?: number }) {
  const t = await dashboardsT();
  const tabs = Object.keys(PATHS) as DashboardTab[];
  return (
    <nav aria-label={t("nav.label")} className="mb-8 border-b-2 border-line">
      <ul className="-mb-0.5 flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <li key={tab}>
            <Link
              href={`${PATHS[tab]}${tab === "programme" ? "" : queryString({ ronde: year })}`}
              aria-current={tab === current ? "page" : undefined}
              className={`block border-b-4 px-4 py-2 font-semibold no-underline ${tab === current ? "border-brand-900 text-brand-900" : "border-transparent text-brand-700 hover:border-brand-100"}`}
            >
              {t(`nav.${tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
