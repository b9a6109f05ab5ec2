"use client";
import { useActionState, useCallback, useTransition, type FormEvent } from "react";
import type { ActionState } from "@/lib/actions/state";

type ServerAction<T> = (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * useActionState without React's automatic form reset: submitting through onSubmit keeps whatever the
 * user typed in the form, so a refused save (validation, conflict) loses nothing. `action` stays on the
 * form as well, so the form still posts without JavaScript.
 */
export function useFormAction<T>(action: ServerAction<T>, initial: ActionState<T> = null) {
  const [state, formAction, pending] = useActionState(action, initial);
  const [, startTransition] = useTransition();
  const onSubmit = useCallback(
    (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      const fd = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
      startTransition(() => formAction(fd));
    },
    [formAction],
  );
  const submit = useCallback((fd: FormData) => startTransition(() => formAction(fd)), [formAction]);
  return { state, formAction, onSubmit, submit, pending };
}
