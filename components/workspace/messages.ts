// Turns catalog keys from action states into text, with a generic fallback for keys a catalog lacks
// (e.g. a zod default message), so a user never sees a raw key.
type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

export function messageText(t: unknown, key: string | undefined, fallback = "workspace.validation.invalid"): string | undefined {
  if (!key) return undefined;
  const tr = t as Translate;
  if (tr.has(key)) return tr(key);
  return tr.has(fallback) ? tr(fallback) : key;
}

/** The first error of a field, translated. */
export function fieldError(t: unknown, errors: Record<string, string[]> | undefined, name: string): string | undefined {
  return messageText(t, errors?.[name]?.[0]);
}

/** A label from a catalog key built at run time (enum values). */
export function label(t: unknown, key: string, values?: Record<string, string | number>): string {
  return (t as Translate)(key, values);
}
