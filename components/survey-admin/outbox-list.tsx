import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { OutboxMessageDTO } from "@/lib/mail/queries";
import { StatusBadge } from "./status-badge";

/** The outbox: one disclosure per message (recipient, subject, status), the full text inside. */
export async function OutboxList({ items }: { items: OutboxMessageDTO[] }) {
  const t = await getTranslations("mail.outbox");
  const locale = (await getLocale()) as AppLocale;
  const when = (iso: string) => `${formatDate(iso, locale, "short")} ${new Date(iso).toLocaleTimeString(locale === "en" ? "en-GB" : "nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" })}`;
  return (
    <ul className="space-y-3">
      {items.map((m) => (
        <li key={m.id} className="rounded border border-line">
          <details>
            <summary className="flex cursor-pointer flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
              <StatusBadge status={m.status} label={t(`status.${m.status}`)} />
              <span className="font-semibold">{m.subject}</span>
              <span className="text-sm">{t("to", { name: m.toName || m.toAddress, address: m.toAddress })}</span>
              <span className="text-sm text-muted">{when(m.createdAt)}</span>
            </summary>
            <div className="border-t border-line px-4 py-3">
              <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                {m.municipality ? (
                  <>
                    <dt className="font-semibold">{t("municipality")}</dt>
                    <dd><Link href={`/beheer/vragenlijsten/${m.year}/respons/${m.municipality.code}`}>{m.municipality.name}</Link> ({m.year})</dd>
                  </>
                ) : null}
                <dt className="font-semibold">{t("attempts")}</dt>
                <dd>{m.attempts}</dd>
                {m.sentAt ? (<><dt className="font-semibold">{t("sentAt")}</dt><dd>{when(m.sentAt)}</dd></>) : null}
                {m.lastError ? (<><dt className="font-semibold">{t("error")}</dt><dd className="break-all text-red-800">{m.lastError}</dd></>) : null}
              </dl>
              <pre className="mt-3 whitespace-pre-wrap rounded bg-surface p-3 font-sans text-sm">{m.body}</pre>
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
