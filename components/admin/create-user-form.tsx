"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-link";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { createUser } from "@/lib/users/actions";
import { FormStatus } from "./form-status";
import { OneTimeSecret } from "./one-time-secret";
import { errorTextClass, hintClass, inputClass, labelClass } from "./styles";
import { useCatalog } from "./use-catalog";

type Choice = { code: string; name: string };

/** Creates a user. Inputs are controlled so they keep their values when the server refuses the form. */
export function CreateUserForm({ municipalities }: { municipalities: Choice[] }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("auth.roles");
  const msg = useCatalog();
  const [state, formAction, pending] = useActionState(createUser, null);
  const [values, setValues] = useState({ name: "", email: "", role: "CIVIL_SERVANT" as Role, municipalityCode: "" });
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const err = (f: string) => (errors[f]?.[0] ? { "aria-invalid": true, "aria-describedby": `${f}-error` } : {});
  const fieldError = (f: string) => (errors[f]?.[0] ? <p id={`${f}-error`} className={errorTextClass}>{msg(errors[f][0])}</p> : null);

  if (state?.ok && state.data) {
    return (
      <div className="max-w-xl space-y-4">
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 px-3 py-2 font-semibold">
          {t("created", { name: values.name })}
        </p>
        <OneTimeSecret label={t("initialPassword")} value={state.data.initialPassword} note={t("initialPasswordNote")} />
        <Link href={`/beheer/gebruikers/${state.data.id}`} className={buttonClass("primary")}>
          {t("toUser")}
        </Link>
      </div>
    );
  }

  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5" aria-label={t("createTitle")}>
      <FormStatus state={state} fieldsShown={["name", "email", "role", "municipalityCode"]} />
      <div>
        <label htmlFor="name" className={labelClass}>{t("name")}</label>
        <input id="name" name="name" value={values.name} onChange={set("name")} autoComplete="off" required className={inputClass} {...err("name")} />
        {fieldError("name")}
      </div>
      <div>
        <label htmlFor="email" className={labelClass}>{t("email")}</label>
        <input id="email" name="email" type="email" value={values.email} onChange={set("email")} autoComplete="off" spellCheck={false} required className={inputClass} {...err("email")} />
        {fieldError("email")}
      </div>
      <fieldset>
        <legend className={labelClass}>{t("role")}</legend>
        <div className="mt-2 space-y-2">
          {ROLES.map((r) => (
            <label key={r} className="flex items-start gap-2">
              <input type="radio" name="role" value={r} checked={values.role === r} onChange={set("role")} className="mt-1.5 size-4" />
              <span>
                <span className="font-medium">{tr(r)}</span>
                <span className="block text-sm text-muted">{t(`roleHelp.${r}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {fieldError("role")}
      </fieldset>
      {values.role === "CIVIL_SERVANT" ? (
        <div>
          <label htmlFor="municipalityCode" className={labelClass}>{t("municipality")}</label>
          <p id="municipality-hint" className={hintClass}>{t("municipalityHint")}</p>
          <select id="municipalityCode" name="municipalityCode" value={values.municipalityCode} onChange={set("municipalityCode")} required className={inputClass} aria-invalid={errors.municipalityCode ? true : undefined} aria-describedby={errors.municipalityCode ? "municipality-hint municipalityCode-error" : "municipality-hint"}>
            <option value="">{t("chooseMunicipality")}</option>
            {municipalities.map((m) => (
              <option key={m.code} value={m.code}>{m.name}</option>
            ))}
          </select>
          {fieldError("municipalityCode")}
        </div>
      ) : null}
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}
