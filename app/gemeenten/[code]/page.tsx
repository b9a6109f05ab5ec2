import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "@/lib/i18n/server";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";
import { loadWorkspace } from "./_lib/load";
import { HomeCards, HomeOverview } from "./_sections/overview";


type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ws } = await loadWorkspace(params);
  const t = await getTranslations("workspace.home");
  return { title: t("metaTitle", { name: ws.name }) };
}

export default async function MunicipalityHomePage({ params }: Props) {
  const { viewer, ws } = await loadWorkspace(params);
  const t = await getTranslations("workspace.home");
  return (
    <Container className="py-8">
      <PageHeader title={t("title", { name: ws.name })} lead={t("lead")} />
      <Suspense fallback={<Skeleton className="h-56 w-full" />}>
        <HomeCards viewer={viewer} ws={ws} />
      </Suspense>
      <Suspense fallback={<div className="mt-10"><TableSkeleton rows={10} /></div>}>
        <HomeOverview viewer={viewer} ws={ws} />
      </Suspense>
    </Container>
  );
}
