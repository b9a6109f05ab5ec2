import type { Metadata } from "next";
import Link from "next/link";
import { DashboardNav } from "@/components/national/dashboard-nav";
import { ProgrammeSection } from "@/components/national/programme-section";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { dashboardContext } from "@/lib/dashboards/context";
import { param, queryString, type SearchParams } from "@/lib/dashboards/filters";
import { PROGRAMME_CHARTS } from "@/lib/dashboards/programme";
import { getProgrammeFigures, getProgrammeLabels } from "@/lib/dashboards/queries";
import { dashboardsT } from "@/lib/dashboards/i18n";

// Programme figures from what municipalities log in the portal (approaches and initiatives), per year
// (?jaar=): initiatives per track and pillar, funding mix, monitoring levels, all five tracks covered.

export async function generateMetadata(): Promise<Metadata> {
  const t = await dashboardsT();
  return { title: t("programme.title") };
}

export default async function NationalProgrammePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer("/landelijk/programma");
  const [sp, c] = await Promise.all([searchParams, dashboardContext(viewer)]);
  const [dto, names] = await Promise.all([getProgrammeFigures(viewer), getProgrammeLabels(viewer, c.locale)]);
  const raw = Number(param(sp, "jaar"));
  const year = dto.years.includes(raw) ? raw : (dto.years.at(-1) ?? new Date().getFullYear());
  const label = (key: string) => names[key] ?? (c.t.has(`programme.labels.${key}`) ? c.t(`programme.labels.${key}`) : key);

  return (
    <Container className="py-10">
      <PageHeader title={c.t("programme.title")} lead={c.t("programme.lead")} />
      <DashboardNav current="programme" />
      {dto.years.length === 0 ? (
        <EmptyState text={c.t("programme.empty")} />
      ) : (
        <>
          <nav aria-label={c.t("programme.yearNav")} className="mb-8">
            <p className="mb-2 font-semibold" aria-hidden="true">{c.t("programme.yearNav")}</p>
            <ul className="inline-flex flex-wrap overflow-hidden rounded border-2 border-brand-900">
              {dto.years.map((y) => (
                <li key={y} className="border-r-2 border-brand-900 last:border-r-0">
                  <Link
                    href={`/landelijk/programma${queryString({ jaar: y })}`}
                    aria-current={y === year ? "page" : undefined}
                    className={`block px-5 py-2 font-semibold no-underline ${y === year ? "bg-brand-900 text-white hover:text-white" : "bg-white text-brand-900 hover:bg-brand-50"}`}
                  >
                    {y}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {PROGRAMME_CHARTS.map((chart) => (
            <ProgrammeSection key={chart} c={c} dto={dto} chart={chart} year={year} label={label} />
          ))}
        </>
      )}
    </Container>
  );
}
