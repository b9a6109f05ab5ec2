"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-link";
import { createApiToken } from "@/lib/api-tokens/actions";
import { FormStatus } from "./form-status";
import { OneTimeSecret } from "./one-time-secret";
import { errorTextClass, inputClass, labelClass } from "./styles";
import { useCatalog } from "./use-catalog";

type Owner = { id: string; name: string; email: string; roleLabel: string };

/** Creates an API token for a VWS or admin user; the token is shown once, right here. */
export function TokenCreateForm({ owners }: { owners: Owner[] }) {
  const t = useTranslations("admin.tokens");
  const msg = useCatalog();
  const [state, formAction, pending] = useActionState(createApiToken, null);
  const [values, setValues] = useState({ userId: "", name: "" });
  // A new token was made: start the form afresh (adjusting state while rendering, React's pattern for this).
  const [shown, setShown] = useState<string | null>(null);
  const created = state?.ok ? (state.data?.id ?? null) : null;
  if (created && created !== shown) {
    setShown(created);
    setValues({ userId: "", name: "" });
  }
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const invalid = (f: string) => (errors[f]?.[0] ? { "aria-invalid": true as const, "aria-describedby": `token-${f}-error` } : {});
  const fieldError = (f: string) => (errors[f]?.[0] ? <p id={`token-${f}-error`} className={errorTextClass}>{msg(errors[f][0])}</p> : null);

  return (
    <form action={formAction} noValidate aria-label={t("createTitle")} className="max-w-xl space-y-4">
      <FormStatus state={state} fieldsShown={["userId", "name"]} />
      {state?.ok && state.data ? <OneTimeSecret label={t("newToken")} value={state.data.token} note={t("newTokenNote")} /> : null}
      <div>
        <label htmlFor="token-owner" className={labelClass}>{t("owner")}</label>
        <select id="token-owner" name="userId" value={values.userId} onChange={(e) => setValues((v) => ({ ...v, userId: e.target.value }))} className={inputClass} {...invalid("userId")}>
          <option value="">{t("chooseOwner")}</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>{`${o.name} (${o.roleLabel}, ${o.email})`}</option>
          ))}
        </select>
        {fieldError("userId")}
      </div>
      <div>
        <label htmlFor="token-name" className={labelClass}>{t("name")}</label>
        <p id="token-name-hint" className="mt-1 text-sm text-muted">{t("nameHint")}</p>
        <input id="token-name" name="name" value={values.name} onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))} autoComplete="off" className={inputClass} aria-describedby={errors.name ? "token-name-hint token-name-error" : "token-name-hint"} aria-invalid={errors.name ? true : undefined} />
        {fieldError("name")}
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}
