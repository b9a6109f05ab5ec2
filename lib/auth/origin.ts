import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/actions/state";
import { clientAddress, expectedOrigins, isAllowedOrigin } from "./origin-policy";

type HeaderReader = { get(name: string): string | null };

function allowedFor(h: HeaderReader): string[] {
  return expectedOrigins({
    host: h.get("host"),
    forwardedHost: h.get("x-forwarded-host"),
    forwardedProto: h.get("x-forwarded-proto"),
    configuredUrl: env().NEXTAUTH_URL,
  });
}

/** Whether a request's headers carry an Origin of this site (for route handlers that get the Request). */
export function hasSameOrigin(h: HeaderReader): boolean {
  return isAllowedOrigin(h.get("origin"), allowedFor(h));
}

/**
 * Refuses a state-changing request whose Origin is missing, "null" or another site's (cross-site request
 * forgery). Server actions call it through runAction; Next's own check lets a missing Origin through.
 */
export async function assertSameOrigin(): Promise<void> {
  if (!hasSameOrigin(await headers())) throw new DomainError("errors.forbiddenOrigin");
}

/** The client address as seen by this request (see clientAddress for which header is trusted). */
export function addressOf(h: HeaderReader): string {
  return clientAddress(h.get("x-forwarded-for"), h.get("x-real-ip"));
}

/** A short description of where a request came from, for the audit trail: "web ip=203.0.113.7". */
export async function requestOrigin(channel: "web" | "api" = "web"): Promise<string> {
  return `${channel} ip=${addressOf(await headers())}`;
}
