"use client";
import { useActionState, useEffect, useRef, useTransition } from "react";
import type { ActionState } from "@/lib/actions/state";
import { saveQuestionnaireAction, submitQuestionnaireAction, type SavedQuestionnaire } from "@/lib/questionnaire/actions";

export const AUTOSAVE_DELAY_MS = 1500;
type Intent = "autosave" | "save" | "submit";

/**
 * Saving the questionnaire: debounced autosave after each change, an explicit save, and submit. Saves
 * run one after another (useActionState queues them); each takes the version the previous save returned,
 * so our own autosaves never conflict with each other while another session's change still does.
 */
export function useQuestionnaireSave(form: React.RefObject<HTMLFormElement | null>, initialVersion: number) {
  const version = useRef(initialVersion);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [, startTransition] = useTransition();
  const [state, dispatch, pending] = useActionState(async (prev: ActionState<SavedQuestionnaire>, fd: FormData) => {
    fd.set("version", String(version.current));
    const run = fd.get("intent") === "submit" ? submitQuestionnaireAction : saveQuestionnaireAction;
    const next = await run(prev, fd);
    if (next?.ok && next.data) version.current = next.data.version;
    return next;
  }, null);
  const stopped = Boolean(state && !state.ok && state.conflict);

  const send = (intent: Intent) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!form.current) return;
    const fd = new FormData(form.current);
    fd.set("intent", intent);
    startTransition(() => dispatch(fd));
  };

  /** Call on every change: saves once the user pauses (not after a conflict: that needs a person). */
  const schedule = () => {
    if (stopped) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => send("autosave"), AUTOSAVE_DELAY_MS);
  };

  useEffect(() => {
    // Closing the tab with a change not yet saved: let the browser ask first.
    const warn = (e: BeforeUnloadEvent) => {
      if (timer.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    const el = form.current;
    return () => {
      window.removeEventListener("beforeunload", warn);
      if (!timer.current) return;
      // Leaving within the autosave delay (a link in the portal): save now, fire and forget.
      clearTimeout(timer.current);
      timer.current = null;
      if (!el) return;
      const fd = new FormData(el);
      fd.set("intent", "autosave");
      fd.set("version", String(version.current));
      void saveQuestionnaireAction(null, fd);
    };
  }, [form]);

  return { state, pending, send, schedule };
}
