import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { getViewer } from "@/lib/auth/viewer";
import { countUnread } from "@/lib/notifications/queries";

/**
 * The header's bell: a link to /meldingen with the unread count in its accessible name. Renders nothing for
 * visitors who are not signed in. A server component: put it in the site header (inside a Suspense
 * boundary if the header should not wait for it).
 */
export async function NotificationBell() {
  const viewer = await getViewer();
  if (!viewer) return null;
  const [unread, t] = await Promise.all([countUnread(viewer), getTranslations("notifications.bell")]);
  return (
    <Link href="/meldingen" aria-label={t("label", { count: unread })} className="relative inline-flex items-center gap-2 rounded border-2 border-brand-900 px-3 py-1.5 font-semibold text-brand-900 no-underline hover:bg-brand-50">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span aria-hidden="true">{t("text")}</span>
      {unread > 0 ? (
        <span aria-hidden="true" className="rounded-full bg-red-700 px-2 text-sm text-white">{unread > 99 ? "99+" : unread}</span>
      ) : null}
    </Link>
  );
}
