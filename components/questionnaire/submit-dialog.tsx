"use client";
import { forwardRef } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-link";

/** Asks before submitting: after submission the answers can only change when the adviser returns them. */
export const SubmitDialog = forwardRef<HTMLDialogElement, { year: number; onConfirm: () => void }>(function SubmitDialog({ year, onConfirm }, ref) {
  const t = useTranslations("questionnaire.submit");
  const close = () => (ref && "current" in ref ? ref.current?.close() : undefined);
  return (
    <dialog ref={ref} aria-labelledby="submit-title" aria-describedby="submit-text" className="m-auto max-w-lg rounded p-6 shadow-xl backdrop:bg-black/50">
      <h2 id="submit-title" className="text-xl font-semibold">{t("confirmTitle", { year })}</h2>
      <p id="submit-text" className="mt-2">{t("confirmText")}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          className={buttonClass("primary")}
          onClick={() => {
            close();
            onConfirm();
          }}
        >
          {t("confirm")}
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={close} autoFocus>
          {t("cancel")}
        </button>
      </div>
    </dialog>
  );
});
