"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/state";
import { useCatalog } from "./use-catalog";

/**
 * The live region of a form: after each submit it announces success or what went wrong. Field errors
 * that the form does not show next to a field (listed in `fieldsShown`) are listed here.
 */
export function FormStatus({ state, success, fieldsShown = [] }: { state: ActionState<unknown>; success?: string; fieldsShown?: string[] }) {
  const msg = useCatalog();
  const t = useTranslations("admin.form");
  const router = useRouter();
  const other = state && !state.ok ? Object.entries(state.fieldErrors ?? {}).filter(([f]) => !fieldsShown.includes(f)) : [];
  return (
    <div aria-live="polite" aria-atomic="true">
      {state?.ok && success ? <p className="mb-3 rounded border-l-4 border-green-700 bg-green-50 px-3 py-2">{success}</p> : null}
      {state && !state.ok ? (
        <div className="mb-3 rounded border-l-4 border-red-700 bg-red-50 px-3 py-2">
          <p className="font-semibold text-red-800">{msg(state.formError)}</p>
          {other.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {other.map(([field, keys]) => (
                <li key={field}>{msg(keys[0])}</li>
              ))}
            </ul>
          ) : null}
          {state.conflict ? (
            <button type="button" onClick={() => router.refresh()} className="mt-2 cursor-pointer font-semibold text-brand-700 underline">
              {t("reload")}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
