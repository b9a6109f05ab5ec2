import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/admin/action-form";
import { OutboxList } from "@/components/survey-admin/outbox-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { retryOutbox } from "@/lib/mail/actions";
import { MAIL_STATUSES, OutboxFiltersSchema, listOutbox } from "@/lib/mail/queries";
import { requireAdminViewer } from "@/lib/survey-admin/not-found";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mail.outbox"))("title") };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireAdminViewer("/beheer/outbox", "survey-admin");
  const filters = OutboxFiltersSchema.parse(await searchParams);
  const outbox = await listOutbox(viewer, filters);
  const t = await getTranslations("mail.outbox");
  const href = (status: string | undefined, page = 1) => {
    const q = new URLSearchParams({ ...(status ? { status } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString();
    return q ? `/beheer/outbox?${q}` : "/beheer/outbox";
  };
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <p className={`mb-6 max-w-3xl rounded border-l-4 px-3 py-2 ${outbox.delivery ? "border-green-700 bg-green-50" : "border-amber-700 bg-amber-50"}`}>
        {outbox.delivery ? t("smtpOn", { server: outbox.delivery }) : t("smtpOff")}
      </p>
      <nav aria-label={t("filterLabel")} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {[undefined, ...MAIL_STATUSES].map((s) => (
            <li key={s ?? "all"}>
              <Link href={href(s)} aria-current={filters.status === s ? "page" : undefined} className={`inline-block rounded border-2 px-3 py-1.5 no-underline ${filters.status === s ? "border-brand-900 bg-brand-900 text-white hover:text-white" : "border-line"}`}>
                {s ? t(`status.${s}`) : t("all")} ({s ? outbox.counts[s] : Object.values(outbox.counts).reduce((a, b) => a + b, 0)})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {outbox.delivery && outbox.counts.FAILED > 0 ? (
        <ActionForm action={retryOutbox} label={t("retryLabel")} submitLabel={t("retry", { count: outbox.counts.FAILED })} success={t("retried")} confirm={{ prompt: t("retryConfirm", { count: outbox.counts.FAILED }), yes: t("retryYes"), cancel: t("cancel") }} />
      ) : null}
      <p className="my-3" aria-live="polite">{t("count", { count: outbox.total })}</p>
      {outbox.total === 0 ? <EmptyState text={t("empty")} /> : <OutboxList items={outbox.items} />}
      <Pagination page={outbox.page} pageCount={outbox.pageCount} hrefFor={(p) => href(filters.status, p)} />
    </>
  );
}
