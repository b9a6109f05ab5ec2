import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { revokeApiToken } from "@/lib/api-tokens/actions";
import type { ApiTokenDTO } from "@/lib/api-tokens/queries";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { ActionForm } from "./action-form";
import { tableClass } from "./styles";

export async function TokensTable({ tokens }: { tokens: ApiTokenDTO[] }) {
  const t = await getTranslations("admin.tokens");
  const tr = await getTranslations("auth.roles");
  const locale = (await getLocale()) as AppLocale;
  const date = (d: string | null) => (d ? formatDate(d, locale, "short") : <span className="text-muted">{t("never")}</span>);
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("prefix")}</th>
            <th scope="col">{t("owner")}</th>
            <th scope="col">{t("createdAt")}</th>
            <th scope="col">{t("lastUsedAt")}</th>
            <th scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody className="align-top">
          {tokens.map((k) => (
            <tr key={k.id}>
              <th scope="row" className="font-medium">{k.name}</th>
              <td><code>{k.prefix}…</code></td>
              <td>
                {k.owner.name}
                <span className="block text-muted">{tr(k.owner.role)}</span>
              </td>
              <td>{date(k.createdAt)}</td>
              <td>{date(k.lastUsedAt)}</td>
              <td>
                {k.revokedAt ? (
                  <span>{t("revokedOn", { date: formatDate(k.revokedAt, locale, "short") })}</span>
                ) : (
                  <ActionForm
                    action={revokeApiToken}
                    hidden={{ id: k.id }}
                    submitLabel={t("revoke")}
                    label={t("revokeLabel", { name: k.name })}
                    danger
                    compact
                    confirm={{ prompt: t("revokeConfirm", { name: k.name }), yes: t("revokeYes"), cancel: t("cancel") }}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
