"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";

/** A password or token shown exactly once, with a copy button. It is not stored anywhere readable. */
export function OneTimeSecret({ label, value, note }: { label: string; value: string; note: string }) {
  const t = useTranslations("admin.form");
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="rounded border-2 border-brand-700 bg-brand-50 p-4">
      <p className="font-semibold">{label}</p>
      <p className="mt-2 break-all rounded bg-white px-3 py-2 font-mono text-lg" data-testid="one-time-secret">
        {value}
      </p>
      <p className="mt-2 text-sm">{note}</p>
      <button
        type="button"
        className="mt-3 cursor-pointer rounded border-2 border-brand-900 bg-white px-4 py-1.5 font-semibold text-brand-900"
        onClick={() => navigator.clipboard?.writeText(value).then(() => setCopied(true), () => setCopied(false))}
      >
        {copied ? t("copied") : t("copy")}
      </button>
    </div>
  );
}
