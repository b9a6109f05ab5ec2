import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { InitiativeForm } from "@/components/initiatives/initiative-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import type { AppLocale } from "@/lib/i18n/config";
import { listPillars, listTracks } from "@/lib/reference/queries";
import { loadWorkspace } from "../../_lib/load";


type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("initiatives");
  return { title: t("newTitle") };
}

export default async function NewInitiativePage({ params }: Props) {
  const { ws } = await loadWorkspace(params, "/initiatieven/nieuw");
  // Read-only viewers have nothing to do here (the action refuses them as well).
  if (!ws.canWrite) notFound();
  const t = await getTranslations("initiatives");
  const locale = (await getLocale()) as AppLocale;
  const [tracks, pillars] = await Promise.all([listTracks(locale), listPillars(locale)]);
  return (
    <Container className="py-8">
      <p className="mb-4">
        <Link href={`/gemeenten/${ws.code}/initiatieven`}>{t("backToList")}</Link>
      </p>
      <PageHeader title={t("newTitle")} lead={t("newLead")} />
      <InitiativeForm
        code={ws.code}
        initiative={null}
        tracks={tracks.map((x) => ({ key: x.code, name: x.name }))}
        pillars={pillars.map((x) => ({ key: String(x.number), name: x.name }))}
      />
    </Container>
  );
}
