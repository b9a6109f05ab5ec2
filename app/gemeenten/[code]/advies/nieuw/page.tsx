import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { AdviceForm } from "@/components/advice/advice-form";
import { Container } from "@/components/ui/container";
import { found } from "@/lib/auth/found";
import { requireViewer } from "@/lib/auth/viewer";
import { dutchDay } from "@/lib/caseload/dates";
import { listAdvice } from "@/lib/advice/queries";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("advice"))("newTitle") };
}

export default async function NewAdvicePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const viewer = await requireViewer(`/gemeenten/${code}/advies/nieuw`);
  // The same access as writing (the action checks again): assigned adviser or admin.
  const log = await found(listAdvice(viewer, code));
  const t = await getTranslations("advice");
  return (
    <Container className="py-8">
      <p><Link href={`/gemeenten/${code}/advies`}>{t("back")}</Link></p>
      <h1 className="mt-2 text-3xl font-semibold">{t("newHeading", { name: log.municipality.name })}</h1>
      <div className="mt-6 max-w-4xl">
        <AdviceForm code={code} values={{ date: dutchDay(new Date()), kind: "", mode: "", trackCodes: [], pillarNumbers: [], notes: "", followUps: [] }} />
      </div>
    </Container>
  );
}
