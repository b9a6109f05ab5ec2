// URL search parameters as pages receive them (Next's searchParams): the one shape and the one way to read
// a value. Every list's filters parse from here, so a repeated or padded parameter behaves the same everywhere.

export type SearchParamsInput = Record<string, string | string[] | undefined>;

/** The first value of a parameter, trimmed; "" when absent. */
export function firstParam(value: string | string[] | undefined): string {
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim();
}
