"use client";
import { useRef, type ReactNode } from "react";

/**
 * A button that opens a modal dialog asking to confirm an irreversible step; the dialog's confirm button
 * submits the surrounding form. Native <dialog>: focus moves in, Escape cancels, focus returns.
 */
export function ConfirmDialog({ trigger, title, children, confirm, cancel, disabled, id }: { trigger: string; title: string; children: ReactNode; confirm: string; cancel: string; disabled?: boolean; id: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => ref.current?.showModal()} className="rounded border-2 border-brand-700 bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {trigger}
      </button>
      <dialog ref={ref} aria-labelledby={`${id}-title`} className="m-auto max-w-lg rounded border-2 border-brand-900 p-6 backdrop:bg-black/40">
        <h2 id={`${id}-title`} className="text-xl font-semibold">{title}</h2>
        <div className="mt-3">{children}</div>
        <div className="mt-6 flex flex-wrap gap-3">
          <button type="submit" onClick={() => ref.current?.close()} className="rounded border-2 border-brand-700 bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-900">
            {confirm}
          </button>
          <button type="button" onClick={() => ref.current?.close()} className="rounded border-2 border-brand-900 bg-white px-5 py-2.5 font-semibold text-brand-900">
            {cancel}
          </button>
        </div>
      </dialog>
    </>
  );
}
