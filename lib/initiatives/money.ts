// Amounts in euros as people type them in Dutch ("12.500", "1.250,50", "€ 800") → whole cents. Pure.

/** Cents for a typed amount; NaN when it is not an amount (callers treat empty input as "no amount" first). */
export function parseEuroCents(input: string): number {
  const s = input.replace(/€|\s/g, "");
  if (s === "") return Number.NaN;
  // Dutch: dots group thousands, a comma starts the cents. A lone dot followed by 1–2 digits is read as
  // a decimal point (people paste "12.5" too); a dot followed by exactly three digits groups thousands.
  let normal: string | null = null;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s)) normal = s.replaceAll(".", "").replace(",", ".");
  else if (/^\d+(,\d{1,2})?$/.test(s)) normal = s.replace(",", ".");
  else if (/^\d+\.\d{1,2}$/.test(s)) normal = s;
  if (normal === null) return Number.NaN;
  return Math.round(Number(normal) * 100);
}

/** Cents → the value an amount field shows again ("12500" or "1250,50"), no grouping so it parses back. */
export function centsToInput(cents: number | null): string {
  if (cents === null) return "";
  const euros = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, "0")}`;
}
