"use client";
import type { ReactNode } from "react";
import { errorTextClass, hintClass, labelClass } from "@/components/admin/styles";
import { useCatalog } from "@/components/admin/use-catalog";
import type { FieldErrors } from "@/lib/actions/state";

/** The aria wiring of one form field: label, optional hint, and the error the server returned for it. */
export function useFieldErrors(errors: FieldErrors | undefined) {
  const msg = useCatalog();
  const describedBy = (name: string, hint: boolean) => [hint ? `${name}-hint` : null, errors?.[name]?.[0] ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return {
    props: (name: string, hint = false) => ({ id: name, name, "aria-invalid": errors?.[name]?.[0] ? true : undefined, "aria-describedby": describedBy(name, hint) }),
    error: (name: string) => (errors?.[name]?.[0] ? <p id={`${name}-error`} className={errorTextClass}>{msg(errors[name][0])}</p> : null),
  };
}

export function Field({ name, label, hint, error, children }: { name: string; label: string; hint?: string; error: ReactNode; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      {hint ? <p id={`${name}-hint`} className={hintClass}>{hint}</p> : null}
      {children}
      {error}
    </div>
  );
}
