import { getTranslations } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button-link";
import { ROLES } from "@/lib/auth/permissions";
import type { UserFilters } from "@/lib/users/schemas";
import { inputClass, labelClass } from "./styles";

/** Search and role filter of the user list: a plain GET form, so the URL holds the state. */
export async function UserFilterForm({ filters }: { filters: UserFilters }) {
  const t = await getTranslations("admin.users");
  const tr = await getTranslations("auth.roles");
  return (
    <form method="get" role="search" aria-label={t("filtersLabel")} className="grid gap-4 rounded bg-surface p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
      <div>
        <label htmlFor="q" className={labelClass}>{t("search")}</label>
        <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} className={inputClass} />
      </div>
      <div>
        <label htmlFor="role" className={labelClass}>{t("role")}</label>
        <select id="role" name="role" defaultValue={filters.role ?? ""} className={inputClass}>
          <option value="">{t("allRoles")}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>{tr(r)}</option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("primary")}>{t("apply")}</button>
    </form>
  );
}
