import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { NetworkDetail } from "@/components/initiatives/network-detail";
import { VisibilityBadge } from "@/components/initiatives/network-list";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { label } from "@/components/workspace/messages";
import { getViewer } from "@/lib/auth/viewer";
import type { AppLocale } from "@/lib/i18n/config";
import { networkHref } from "@/lib/initiatives/network-filters";
import { getNetworkInitiative } from "@/lib/initiatives/network-queries";
import { listPillars, listTracks } from "@/lib/reference/queries";


type Props = { params: Promise<{ id: string }> };

// Metadata and page ask for the same initiative: once per request.
const load = cache(async (id: string) => getNetworkInitiative(await getViewer(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const initiative = await load((await params).id);
  return { title: initiative?.title ?? (await getTranslations("errors"))("notFoundTitle") };
}

export default async function NetworkInitiativePage({ params }: Props) {
  // Outside the viewer's reach (private, archived, unknown) is a 404: no hint whether it exists.
  const initiative = await load((await params).id);
  if (!initiative) notFound();
  const t = await getTranslations("network");
  const locale = (await getLocale()) as AppLocale;
  const [tracks, pillars] = await Promise.all([listTracks(locale), listPillars(locale)]);
  const m = initiative.municipality;
  return (
    <Container className="py-8">
      <p className="mb-4">
        <Link href={networkHref()}>{t("detail.back")}</Link>
      </p>
      <PageHeader title={initiative.title}>
        <p className="mt-3 flex flex-wrap items-center gap-3 text-lg text-muted">
          <span>
            {m.name}, {m.provinceName}
          </span>
          <VisibilityBadge text={label(t, `visibility.${initiative.visibility}`)} />
        </p>
      </PageHeader>
      <NetworkDetail
        initiative={initiative}
        tracks={tracks.map((x) => ({ key: x.code, name: x.name }))}
        pillars={pillars.map((x) => ({ key: String(x.number), name: x.name }))}
      />
      {m.canOpen ? (
        <p className="mt-8">
          <Link href={`/gemeenten/${m.code}/initiatieven/${initiative.id}`}>{t("detail.toWorkspace", { name: m.name })}</Link>
        </p>
      ) : null}
    </Container>
  );
}
