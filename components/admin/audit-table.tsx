import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import type { AuditEventDTO } from "@/lib/audit/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { TIME_ZONE } from "@/lib/i18n/config";
import { tableClass } from "./styles";

const TAGS: Record<AppLocale, string> = { nl: "nl-NL", en: "en-GB" };

function Json({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div className="mt-2">
      <p className="text-xs font-semibold uppercase text-muted">{label}</p>
      <pre className="mt-1 max-w-md overflow-x-auto whitespace-pre rounded bg-surface p-2 text-xs">{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

/** The audit events with who, what, which record, when, from where, and before/after on demand. */
export async function AuditTable({ items, caption }: { items: AuditEventDTO[]; caption: string }) {
  const t = await getTranslations("audit");
  const tr = await getTranslations("auth.roles");
  const locale = (await getLocale()) as AppLocale;
  // Audit times need the minute and second, which lib/format's calendar dates do not give.
  const when = new Intl.DateTimeFormat(TAGS[locale], { timeZone: TIME_ZONE, dateStyle: "short", timeStyle: "medium" });
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("at")}</th>
            <th scope="col">{t("actor")}</th>
            <th scope="col">{t("action")}</th>
            <th scope="col">{t("record")}</th>
            <th scope="col">{t("origin")}</th>
            <th scope="col" className="min-w-64">{t("change")}</th>
          </tr>
        </thead>
        <tbody className="align-top">
          {items.map((e) => (
            <tr key={e.id}>
              <td className="whitespace-nowrap"><time dateTime={e.at}>{when.format(new Date(e.at))}</time></td>
              <td>
                {e.actor ? <span className="block font-medium">{e.actor.name}</span> : <span className="text-muted">{t("system")}</span>}
                {e.actor ? <span className="block break-words text-muted">{e.actor.email}</span> : null}
                {e.actorRole ? <span className="block text-muted">{tr(e.actorRole)}</span> : null}
              </td>
              <td><code>{e.action}</code></td>
              <td>
                <code>{e.entity}</code>
                <span className="block break-all text-xs text-muted">{e.entityId}</span>
              </td>
              <td className="text-muted">{e.origin}</td>
              <td>
                {e.before !== null || e.after !== null ? (
                  <details>
                    <summary className="cursor-pointer text-brand-700 underline">{t("showChange")}</summary>
                    <Json label={t("before")} value={e.before} />
                    <Json label={t("after")} value={e.after} />
                  </details>
                ) : (
                  <span className="text-muted">–</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
