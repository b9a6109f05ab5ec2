import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { RoundPreview } from "@/components/survey-admin/round-preview";
import { RoundSubnav } from "@/components/survey-admin/round-subnav";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { AppLocale } from "@/lib/i18n/config";
import { orNotFound, requireAdminViewer } from "@/lib/survey-admin/not-found";
import { getRoundPreview } from "@/lib/survey-admin/preview-queries";


type Params = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { year } = await params;
  return { title: (await getTranslations("surveyAdmin.preview"))("title", { year }) };
}

export default async function RoundPreviewPage({ params }: Params) {
  const { year: raw } = await params;
  if (!/^\d{4}$/.test(raw)) notFound();
  const viewer = await requireAdminViewer(`/beheer/vragenlijsten/${raw}/voorbeeld`, "survey-admin");
  const preview = await orNotFound(getRoundPreview(viewer, Number(raw), (await getLocale()) as AppLocale));
  const t = await getTranslations("surveyAdmin.preview");
  return (
    <>
      <PageHeader title={t("title", { year: raw })} lead={t("lead")} />
      <RoundSubnav year={preview.year} current="preview" />
      {preview.sections.length === 0 ? <EmptyState text={t("empty")} /> : <RoundPreview preview={preview} />}
    </>
  );
}
