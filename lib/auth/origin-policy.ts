// Which Origin headers count as "this site" for state-changing requests. Pure (see origin.ts).

export type OriginSources = {
  host?: string | null;
  forwardedHost?: string | null;
  forwardedProto?: string | null;
  /** NEXTAUTH_URL: the configured public URL. */
  configuredUrl?: string | null;
};

function first(value: string | null | undefined): string | undefined {
  const v = value?.split(",")[0]?.trim();
  return v ? v : undefined;
}

function originOf(url: string): string | null {
  try {
    const o = new URL(url).origin;
    return o === "null" ? null : o;
  } catch {
    return null;
  }
}

/** The request's own origin (from the forwarded host, else Host, with the forwarded protocol) and the configured one. */
export function expectedOrigins(s: OriginSources): string[] {
  const out = new Set<string>();
  const proto = first(s.forwardedProto) === "https" ? "https" : "http";
  for (const host of [first(s.forwardedHost), first(s.host)]) {
    const o = host ? originOf(`${proto}://${host}`) : null;
    if (o) out.add(o);
  }
  const configured = s.configuredUrl ? originOf(s.configuredUrl) : null;
  if (configured) out.add(configured);
  return [...out];
}

/** True only for a present, non-"null" Origin that equals one of the expected origins. */
export function isAllowedOrigin(origin: string | null | undefined, expected: readonly string[]): boolean {
  if (!origin || origin === "null") return false;
  const o = originOf(origin);
  return o !== null && expected.includes(o);
}

/**
 * The client's address for rate limiting: the right-most X-Forwarded-For entry (the one our own reverse
 * proxy appended; left-most entries are whatever the client claimed), else X-Real-IP.
 */
export function clientAddress(forwardedFor: string | null | undefined, realIp?: string | null): string {
  const parts = (forwardedFor ?? "").split(",").map((p) => p.trim()).filter(Boolean);
  const raw = parts.at(-1) ?? realIp?.trim() ?? "";
  const address = raw.startsWith("::ffff:") ? raw.slice(7) : raw;
  return address && address.length <= 64 ? address : "unknown";
}
