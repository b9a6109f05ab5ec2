import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ApproachTable } from "@/components/approach/approach-diff";
import { buttonClass } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { countChanges, diffApproaches } from "@/lib/approach/diff";
import { getApproach, listApproachYears } from "@/lib/approach/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { listPillars, listTracks } from "@/lib/reference/queries";
import { loadWorkspace } from "../../_lib/load";


type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("approach.compare");
  return { title: t("title") };
}

const field = "mt-1 block rounded border-2 border-muted bg-white px-3 py-2";

/** Two years of the approach side by side: what changed. */
export default async function CompareApproachPage({ params, searchParams }: Props) {
  const { viewer, ws } = await loadWorkspace(params, "/aanpak/vergelijken");
  const t = await getTranslations("approach.compare");
  const locale = (await getLocale()) as AppLocale;
  const sp = await searchParams;
  const years = await listApproachYears(viewer, ws.code);
  const pick = (v: unknown, fallback: number | undefined) => (years.includes(Number(v)) ? Number(v) : fallback);
  const from = pick(sp.van, years[1]);
  const to = pick(sp.tot, years[0]);
  const [a, b, tracks, pillars] = await Promise.all([
    from ? getApproach(viewer, ws.code, from) : null,
    to ? getApproach(viewer, ws.code, to) : null,
    listTracks(locale),
    listPillars(locale),
  ]);
  const names = {
    tracks: Object.fromEntries(tracks.map((x) => [x.code, x.name])),
    pillars: Object.fromEntries(pillars.map((x) => [String(x.number), x.name])),
  };
  const all = a && b ? diffApproaches(a, b) : [];
  const onlyChanges = sp.alleen === "verschillen";
  const rows = onlyChanges ? all.filter((r) => r.changed) : all;
  const toggle = new URLSearchParams({ van: String(from), tot: String(to), ...(onlyChanges ? {} : { alleen: "verschillen" }) });
  return (
    <Container className="py-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      <p className="mb-6">
        <Link href={`/gemeenten/${ws.code}/aanpak`}>{t("back")}</Link>
      </p>
      {years.length < 2 || !a || !b ? (
        <EmptyState text={t("needTwo")} />
      ) : (
        <>
          <form method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded bg-surface p-4">
            {(["van", "tot"] as const).map((name) => (
              <div key={name}>
                <label htmlFor={`cmp-${name}`} className="font-semibold">{t(name)}</label>
                <select id={`cmp-${name}`} name={name} defaultValue={String(name === "van" ? from : to)} className={field}>
                  {years.map((y) => (
                    <option key={y} value={y}>{y}</option>
                  ))}
                </select>
              </div>
            ))}
            {onlyChanges ? <input type="hidden" name="alleen" value="verschillen" /> : null}
            <button type="submit" className={buttonClass("secondary")}>{t("apply")}</button>
          </form>
          <div className="mb-4 flex flex-wrap items-baseline justify-between gap-4">
            <p className="text-lg font-semibold" role="status">{t("changes", { count: countChanges(all), from: a.year, to: b.year })}</p>
            <Link href={`?${toggle.toString()}`}>{onlyChanges ? t("showAll") : t("onlyChanges")}</Link>
          </div>
          <ApproachTable rows={rows} years={[a.year, b.year]} names={names} caption={t("caption", { from: a.year, to: b.year })} />
        </>
      )}
    </Container>
  );
}
