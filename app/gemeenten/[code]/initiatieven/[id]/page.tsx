import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ArchiveButton } from "@/components/initiatives/archive-button";
import { InitiativeForm } from "@/components/initiatives/initiative-form";
import { InitiativeView } from "@/components/initiatives/initiative-view";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { getInitiative } from "@/lib/initiatives/queries";
import { listPillars, listTracks } from "@/lib/reference/queries";
import { loadWorkspace } from "../../_lib/load";


type Props = { params: Promise<{ code: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { viewer, ws } = await loadWorkspace(params);
  const initiative = await getInitiative(viewer, ws.code, (await params).id);
  return { title: initiative?.title };
}

export default async function InitiativePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { viewer, ws } = await loadWorkspace(params, `/initiatieven/${id}`);
  // Tied to the municipality of the URL: another municipality's initiative id is a 404 here.
  const initiative = await getInitiative(viewer, ws.code, id);
  if (!initiative) notFound();
  const t = await getTranslations("initiatives");
  const locale = (await getLocale()) as AppLocale;
  const [tracks, pillars] = await Promise.all([listTracks(locale), listPillars(locale)]);
  const trackItems = tracks.map((x) => ({ key: x.code, name: x.name }));
  const pillarItems = pillars.map((x) => ({ key: String(x.number), name: x.name }));
  const justCreated = (await searchParams).opgeslagen === "1";
  return (
    <Container className="py-8">
      <p className="mb-4">
        <Link href={`/gemeenten/${ws.code}/initiatieven`}>{t("backToList")}</Link>
      </p>
      <PageHeader title={initiative.title}>
        <p className="mt-2 text-sm text-muted">
          {initiative.updatedByName
            ? t("updatedBy", { date: formatDate(initiative.updatedAt, locale), name: initiative.updatedByName })
            : t("updated", { date: formatDate(initiative.updatedAt, locale) })}
        </p>
      </PageHeader>
      {initiative.archivedAt ? (
        <p className="mb-6 rounded border-l-4 border-amber-600 bg-amber-50 px-4 py-3">{t("archive.isArchived", { date: formatDate(initiative.archivedAt, locale) })}</p>
      ) : null}
      {ws.canWrite ? (
        <>
          <InitiativeForm key={initiative.id} code={ws.code} initiative={initiative} tracks={trackItems} pillars={pillarItems} justCreated={justCreated} />
          <section aria-labelledby="archive-heading" className="mt-12 border-t border-line pt-6">
            <h2 id="archive-heading" className="text-xl font-semibold">{initiative.archivedAt ? t("archive.restoreHeading") : t("archive.heading")}</h2>
            <p className="mb-4 mt-1 text-muted">{initiative.archivedAt ? t("archive.restoreText") : t("archive.text")}</p>
            <ArchiveButton code={ws.code} id={initiative.id} version={initiative.version} archived={initiative.archivedAt !== null} title={initiative.title} />
          </section>
        </>
      ) : (
        <InitiativeView initiative={initiative} tracks={trackItems} pillars={pillarItems} />
      )}
    </Container>
  );
}
