"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-link";
import { FormStatus } from "@/components/workspace/form-status";
import { useFormAction } from "@/components/workspace/use-form-action";
import { archiveInitiativeAction, restoreInitiativeAction } from "@/lib/initiatives/actions";

/**
 * Archive (after confirming in a modal dialog) or restore an initiative. Archiving keeps everything: the
 * initiative leaves the lists and counts but can be restored.
 */
export function ArchiveButton({ code, id, version, archived, title }: { code: string; id: string; version: number; archived: boolean; title: string }) {
  const t = useTranslations("initiatives.archive");
  const dialog = useRef<HTMLDialogElement>(null);
  const { state, onSubmit, formAction, pending } = useFormAction(archived ? restoreInitiativeAction : archiveInitiativeAction);
  useEffect(() => {
    if (state) dialog.current?.close();
  }, [state]);
  const hidden = (
    <>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  if (archived) {
    return (
      <form action={formAction} onSubmit={onSubmit} className="space-y-2">
        {hidden}
        <button type="submit" className={buttonClass("secondary")} disabled={pending}>{t("restore")}</button>
        <FormStatus state={state} success={t("restored")} />
      </form>
    );
  }
  return (
    <div className="space-y-2">
      <button type="button" className="rounded border-2 border-red-800 px-5 py-2.5 font-semibold text-red-800 hover:bg-red-50" onClick={() => dialog.current?.showModal()}>
        {t("button")}
      </button>
      <FormStatus state={state} success={t("archived")} />
      <dialog ref={dialog} aria-labelledby="archive-title" aria-describedby="archive-text" className="m-auto max-w-lg rounded p-6 shadow-xl backdrop:bg-black/50">
        <form action={formAction} onSubmit={onSubmit}>
          {hidden}
          <h2 id="archive-title" className="text-xl font-semibold">{t("confirmTitle", { title })}</h2>
          <p id="archive-text" className="mt-2">{t("confirmText")}</p>
          <div className="mt-6 flex flex-wrap gap-3">
            <button type="submit" className="rounded border-2 border-red-800 bg-red-800 px-5 py-2.5 font-semibold text-white hover:bg-red-900" disabled={pending}>
              {t("confirm")}
            </button>
            <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.close()} autoFocus>
              {t("cancel")}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
