import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { MarkAllRead } from "@/components/notifications/mark-read";
import { NotificationList } from "@/components/notifications/notification-list";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireViewer } from "@/lib/auth/viewer";
import { listNotifications } from "@/lib/notifications/queries";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/** The signed-in user's own notifications (every role has an inbox). */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ pagina?: string }> }) {
  const viewer = await requireViewer("/meldingen");
  const { pagina } = await searchParams;
  const data = await listNotifications(viewer, Number(pagina ?? 1));
  const t = await getTranslations("notifications");
  return (
    <Container className="py-10">
      <PageHeader title={t("title")} lead={t("lead", { unread: data.unread })} />
      {data.total === 0 ? (
        <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
      ) : (
        <section aria-labelledby="list-heading">
          <h2 id="list-heading" className="sr-only">{t("listHeading")}</h2>
          {data.unread > 0 ? <div className="mb-4"><MarkAllRead /></div> : null}
          <NotificationList items={data.items} />
          <Pagination page={data.page} pageCount={data.pageCount} hrefFor={(p) => `/meldingen?pagina=${p}`} />
        </section>
      )}
    </Container>
  );
}
