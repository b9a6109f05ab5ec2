"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-link";
import { FormStatus } from "@/components/workspace/form-status";
import { fieldError } from "@/components/workspace/messages";
import { useFormAction } from "@/components/workspace/use-form-action";
import { createInitiativeAction, updateInitiativeAction } from "@/lib/initiatives/actions";
import type { InitiativeDTO } from "@/lib/initiatives/types";
import { V } from "@/lib/workspace/form";
import { BasicsFields, ClassificationFields, MoneyFields, ReachFields, VisibilityField } from "./initiative-fields";
import { PartnersField } from "./partners-field";

export type Named = { key: string; name: string };

/** Create or edit an initiative. Refused saves keep the input; a stale version says so (conflict). */
export function InitiativeForm({
  code,
  initiative,
  tracks,
  pillars,
  justCreated = false,
}: {
  code: string;
  initiative: InitiativeDTO | null;
  tracks: Named[];
  pillars: Named[];
  /** Arrived here right after creating it: say so where the next save's outcome will appear. */
  justCreated?: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const { state, onSubmit, formAction, pending } = useFormAction(
    initiative ? updateInitiativeAction : createInitiativeAction,
    justCreated ? { ok: true, message: "created" } : null,
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const err = (name: string) => fieldError(t, errors, name);
  const duplicate = errors?.title?.includes(V.duplicateTitle) ?? false;
  const saved = state?.ok ? state.data : undefined;
  useEffect(() => {
    if (!initiative && saved?.id) router.push(`/gemeenten/${code}/initiatieven/${saved.id}?opgeslagen=1`);
  }, [initiative, saved, code, router]);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-10">
      <input type="hidden" name="code" value={code} />
      {initiative ? (
        <>
          <input type="hidden" name="id" value={initiative.id} />
          {/* The newest version this page has seen: its own saves, or a refresh after archiving. */}
          <input type="hidden" name="version" value={Math.max(saved?.version ?? 0, initiative.version)} />
        </>
      ) : null}
      <BasicsFields initiative={initiative} err={err} />
      {duplicate ? (
        <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-4">
          <p className="font-semibold">{t("initiatives.form.duplicateTitle")}</p>
          <p>{t("initiatives.form.duplicateText")}</p>
          <div className="mt-2 flex items-start gap-2">
            <input id="confirmDuplicate" type="checkbox" name="confirmDuplicate" className="mt-1 size-5 accent-brand-700" />
            <label htmlFor="confirmDuplicate">{t("initiatives.form.confirmDuplicate")}</label>
          </div>
        </div>
      ) : null}
      <ClassificationFields initiative={initiative} tracks={tracks} pillars={pillars} err={err} />
      <ReachFields initiative={initiative} err={err} />
      <fieldset className="space-y-6">
        <legend className="text-xl font-semibold text-brand-900">{t("initiatives.form.cooperationLegend")}</legend>
        <PartnersField initial={initiative?.partners ?? []} error={err("partners")} />
      </fieldset>
      <MoneyFields initiative={initiative} err={err} />
      <VisibilityField initiative={initiative} err={err} />
      <div className="sticky bottom-0 -mx-4 space-y-3 border-t border-line bg-white/95 px-4 py-4">
        <FormStatus state={state} success={state?.ok && state.message === "created" ? t("initiatives.form.created") : t("initiatives.form.saved")} />
        {state && !state.ok && state.conflict && initiative ? (
          <p>
            <a href={`/gemeenten/${code}/initiatieven/${initiative.id}`} target="_blank" rel="noopener">
              {t("workspace.form.openLatest")}
            </a>
          </p>
        ) : null}
        <button type="submit" className={buttonClass("primary")} disabled={pending}>
          {pending ? t("workspace.form.saving") : initiative ? t("initiatives.form.save") : t("initiatives.form.create")}
        </button>
      </div>
    </form>
  );
}
