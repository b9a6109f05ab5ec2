import { getTranslations } from "@/lib/i18n/server";
import { ROLES } from "@/lib/auth/permissions";
import { changeRole, resetPassword, setActive } from "@/lib/users/actions";
import type { UserDetailDTO } from "@/lib/users/queries";
import { ActionForm } from "./action-form";
import { inputClass, labelClass, sectionClass } from "./styles";

/** Role, password and active state. An admin cannot change these for their own account here. */
export async function AccountSections({ user, isSelf }: { user: UserDetailDTO; isSelf: boolean }) {
  const t = await getTranslations("admin.users");
  const tr = await getTranslations("auth.roles");
  const target = { id: user.id, version: user.version };
  if (isSelf) return <p className={`${sectionClass} text-muted`}>{t("selfNote")}</p>;
  return (
    <>
      <section aria-labelledby="role-heading" className={sectionClass}>
        <h2 id="role-heading" className="text-2xl font-semibold">{t("roleHeading")}</h2>
        <p className="mt-2 text-sm text-muted">{t("roleChangeHint")}</p>
        <ActionForm action={changeRole} hidden={target} submitLabel={t("saveRole")} success={t("saved")} label={t("roleHeading")}>
          <label htmlFor="role-select" className={labelClass}>{t("role")}</label>
          <select id="role-select" name="role" defaultValue={user.role} className={`${inputClass} max-w-md`}>
            {ROLES.map((r) => (
              <option key={r} value={r}>{tr(r)}</option>
            ))}
          </select>
        </ActionForm>
      </section>

      <section aria-labelledby="password-heading" className={sectionClass}>
        <h2 id="password-heading" className="text-2xl font-semibold">{t("passwordHeading")}</h2>
        <p className="mt-2 text-sm text-muted">{t("passwordHint")}</p>
        <ActionForm
          action={resetPassword}
          hidden={target}
          submitLabel={t("resetPassword")}
          label={t("passwordHeading")}
          confirm={{ prompt: t("resetConfirm", { name: user.name }), yes: t("resetYes"), cancel: t("cancel") }}
          secret={{ label: t("newPassword"), note: t("initialPasswordNote"), field: "password" }}
        />
      </section>

      <section aria-labelledby="status-heading" className={sectionClass}>
        <h2 id="status-heading" className="text-2xl font-semibold">{t("statusHeading")}</h2>
        <p className="mt-2">{user.active ? t("isActive") : t("isInactive")}</p>
        <ActionForm
          action={setActive}
          hidden={{ ...target, active: user.active ? "false" : "true" }}
          submitLabel={user.active ? t("deactivate") : t("reactivate")}
          success={t("saved")}
          danger={user.active}
          label={t("statusHeading")}
          confirm={{
            prompt: user.active ? t("deactivateConfirm", { name: user.name }) : t("reactivateConfirm", { name: user.name }),
            yes: user.active ? t("deactivateYes") : t("reactivateYes"),
            cancel: t("cancel"),
          }}
        />
      </section>
    </>
  );
}
