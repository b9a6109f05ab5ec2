import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ApproachTable } from "@/components/approach/approach-diff";
import { ApproachForm } from "@/components/approach/approach-form";
import { StartYearForm } from "@/components/approach/start-year-form";
import { YearNav } from "@/components/approach/year-nav";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { diffApproaches } from "@/lib/approach/diff";
import { FIRST_APPROACH_YEAR, MAX_YEARS_AHEAD } from "@/lib/approach/options";
import { getApproach, listApproachYears } from "@/lib/approach/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { listPillars, listTracks } from "@/lib/reference/queries";
import { loadWorkspace } from "../_lib/load";


type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ws } = await loadWorkspace(params);
  const t = await getTranslations("approach");
  return { title: t("metaTitle", { name: ws.name }) };
}

/** Years that can still be started: from next year back to the first GIDS year, without existing ones. */
function startableYears(existing: number[]): number[] {
  const last = new Date().getFullYear() + MAX_YEARS_AHEAD;
  return Array.from({ length: last - FIRST_APPROACH_YEAR + 1 }, (_, i) => last - i).filter((y) => !existing.includes(y));
}

export default async function ApproachPage({ params, searchParams }: Props) {
  const { viewer, ws } = await loadWorkspace(params, "/aanpak");
  const t = await getTranslations("approach");
  const locale = (await getLocale()) as AppLocale;
  const requested = Number((await searchParams).jaar);
  const years = await listApproachYears(viewer, ws.code);
  const year = years.includes(requested) ? requested : (years[0] ?? null);
  const [approach, tracks, pillars] = await Promise.all([
    year ? getApproach(viewer, ws.code, year) : null,
    listTracks(locale),
    listPillars(locale),
  ]);
  const names = {
    tracks: Object.fromEntries(tracks.map((x) => [x.code, x.name])),
    pillars: Object.fromEntries(pillars.map((x) => [String(x.number), x.name])),
  };
  const startable = startableYears(years);
  return (
    <Container className="py-8">
      <PageHeader title={approach ? t("titleYear", { year: approach.year }) : t("title")} lead={t("lead")} />
      <div className="mb-8 space-y-6">
        <YearNav code={ws.code} years={years} current={approach?.year ?? null} />
        {ws.canWrite && approach ? (
          <details className="rounded border border-line p-4">
            <summary className="cursor-pointer font-semibold text-brand-700">{t("start.toggle")}</summary>
            <div className="mt-4">
              <StartYearForm code={ws.code} years={startable} latestYear={years[0] ?? null} />
            </div>
          </details>
        ) : null}
      </div>
      {!approach ? (
        <div className="space-y-6">
          <EmptyState title={t("empty.title")} text={ws.canWrite ? t("empty.text") : t("empty.textReadOnly")} />
          {ws.canWrite ? <StartYearForm code={ws.code} years={startable} latestYear={null} /> : null}
        </div>
      ) : ws.canWrite ? (
        <ApproachForm
          key={approach.id}
          code={ws.code}
          approach={approach}
          tracks={tracks.map((x) => ({ key: x.code, name: x.name, description: x.description }))}
          pillars={pillars.map((x) => ({ key: String(x.number), name: x.name, description: x.description }))}
        />
      ) : (
        <ApproachTable rows={diffApproaches(null, approach)} years={[approach.year]} names={names} caption={t("titleYear", { year: approach.year })} />
      )}
    </Container>
  );
}
