// The typed result every server action returns (for useActionState). Messages are catalog keys
// (messages/*.json), translated by the form; unexpected failures never carry internals.
export type FieldErrors = Record<string, string[]>;

export type ActionState<T = unknown> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; formError?: string; fieldErrors?: FieldErrors; conflict?: boolean }
  | null;

/** A failure the user can act on (stale version, duplicate, not allowed in this state). */
export class DomainError extends Error {
  constructor(
    /** Catalog key, e.g. "errors.conflict". */
    public readonly key: string,
    public readonly fieldErrors?: FieldErrors,
    public readonly conflict = false,
  ) {
    super(key);
  }
}

/** The record changed since the user loaded it (optimistic concurrency). */
export class ConflictError extends DomainError {
  constructor() {
    super("errors.conflict", undefined, true);
  }
}

/** Denied or not found: deliberately indistinguishable to the caller. */
export class NotFoundError extends DomainError {
  constructor() {
    super("errors.notFound");
  }
}
