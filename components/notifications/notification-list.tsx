import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { NotificationDTO } from "@/lib/notifications/queries";
import { MarkRead } from "./mark-read";

/** Where a notification leads: the place to act on it. */
export function notificationHref(n: NotificationDTO): string {
  const base = `/gemeenten/${n.municipalityCode}`;
  if (n.kind === "QUESTIONNAIRE_SUBMITTED") return `${base}/beoordeling`;
  if (n.kind === "QUESTIONNAIRE_RETURNED") return `${base}/vragenlijst`;
  return `${base}/advies#fu-${n.entityId}`;
}

export async function NotificationList({ items }: { items: NotificationDTO[] }) {
  const t = await getTranslations("notifications");
  const locale = (await getLocale()) as AppLocale;
  return (
    <ul className="divide-y divide-line border-y border-line">
      {items.map((n) => {
        const values = {
          name: n.municipalityName ?? "",
          year: String(n.params.year ?? ""),
          description: String(n.params.description ?? ""),
          date: n.params.dueDate ? formatDate(String(n.params.dueDate), locale) : "",
        };
        const text = t(`kinds.${n.kind}`, values);
        return (
          <li key={n.id} className={`flex flex-wrap items-start justify-between gap-3 py-4 ${n.readAt ? "" : "border-l-4 border-brand-700 pl-3"}`}>
            <div>
              <p className={n.readAt ? "" : "font-semibold"}>
                {n.readAt ? null : <span className="mr-2 rounded bg-brand-700 px-2 text-sm text-white">{t("new")}</span>}
                <Link href={notificationHref(n)}>{text}</Link>
              </p>
              <p className="text-sm text-muted">{formatDate(n.createdAt, locale)}</p>
            </div>
            {n.readAt ? null : <MarkRead id={n.id} what={text} />}
          </li>
        );
      })}
    </ul>
  );
}
