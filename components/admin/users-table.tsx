import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { UserListItemDTO } from "@/lib/users/queries";
import { tableClass } from "./styles";

export async function UsersTable({ items, caption }: { items: UserListItemDTO[]; caption: string }) {
  const t = await getTranslations("admin.users");
  const tr = await getTranslations("auth.roles");
  const locale = (await getLocale()) as AppLocale;
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("email")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("scope")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("lastLogin")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((u) => (
            <tr key={u.id}>
              <th scope="row" className="font-medium">
                <Link href={`/beheer/gebruikers/${u.id}`}>{u.name}</Link>
              </th>
              <td className="break-all">{u.email}</td>
              <td>{tr(u.role)}</td>
              <td>
                {u.municipality?.name ??
                  (u.role === "ADVISER" ? t("assignedCount", { count: u.assignedCount }) : <span className="text-muted">–</span>)}
              </td>
              <td>{u.active ? t("active") : <strong className="text-red-800">{t("inactive")}</strong>}</td>
              <td>{u.lastLoginAt ? formatDate(u.lastLoginAt, locale, "short") : <span className="text-muted">{t("never")}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
