import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { AdviceLog } from "@/components/advice/advice-log";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { found } from "@/lib/auth/found";
import { requireViewer } from "@/lib/auth/viewer";
import { listAdvice } from "@/lib/advice/queries";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("advice"))("title") };
}

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ opgeslagen?: string }> };

/** The advice log of one municipality (assigned adviser and admin; anyone else gets 404 from the query). */
export default async function AdvicePage({ params, searchParams }: Props) {
  const { code } = await params;
  const { opgeslagen } = await searchParams;
  const viewer = await requireViewer(`/gemeenten/${code}/advies`);
  const log = await found(listAdvice(viewer, code));
  const t = await getTranslations("advice");
  return (
    <Container className="py-8">
      <h1 className="text-3xl font-semibold">{t("heading", { name: log.municipality.name })}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("lead")}</p>
      {opgeslagen ? <p role="status" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 px-4 py-3 font-semibold text-green-900">{t("saved")}</p> : null}
      <p className="mt-4">{t("log.summary", { open: log.openFollowUps, overdue: log.overdueFollowUps })}</p>
      <div className="mt-4">
        <ButtonLink href={`/gemeenten/${code}/advies/nieuw`}>{t("new")}</ButtonLink>
      </div>
      <section aria-labelledby="advice-log" className="mt-8">
        <h2 id="advice-log" className="mb-4 text-2xl font-semibold">{t("log.title")}</h2>
        {log.entries.length === 0 ? <EmptyState text={t("log.empty")} headingLevel={3} /> : <AdviceLog code={code} entries={log.entries} />}
      </section>
    </Container>
  );
}
