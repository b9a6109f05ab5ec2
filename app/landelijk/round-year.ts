// Which round the national page shows, from the `?ronde=` search parameter.

export const PREFERRED_ROUND = 2021;

/**
 * The round year to show: the requested one when it exists; without a request the preferred round (or the
 * latest one). Returns null for a request that names no existing round (the page answers 404).
 */
export function chooseRoundYear(raw: string | string[] | undefined, years: number[]): number | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === "") {
    return years.includes(PREFERRED_ROUND) ? PREFERRED_ROUND : (years.at(-1) ?? PREFERRED_ROUND);
  }
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return years.includes(year) ? year : null;
}
