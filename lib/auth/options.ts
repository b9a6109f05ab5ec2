import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { addressOf, requestOrigin } from "./origin";
import type { Role } from "./permissions";
import { lockedError } from "./sign-in-errors";
import { findActiveUserByEmail, recordSignIn, recordSignOut, signInWithPassword, type AuthUser } from "./sign-in";
import { currentSessionPolicy } from "./session-config";
import { nowSeconds, sessionStatus } from "./session-policy";

export const OIDC_PROVIDER_ID = "oidc";

/** Thrown by the jwt callback when a session is past its absolute or idle limit: next-auth drops the cookie. */
class SessionEnded extends Error {
  constructor(status: string) {
    super(`session ${status}`);
    this.name = "SessionEnded";
  }
}

type OidcProfile = { sub: string; email?: string; email_verified?: boolean; name?: string; preferred_username?: string };

/** The OpenID Connect provider, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. */
export function oidcProvider(): OAuthConfig<OidcProfile> | null {
  const e = env();
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: e.OIDC_NAME,
    type: "oauth",
    wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (p) => ({ id: p.sub, email: p.email ?? null, name: p.name ?? p.preferred_username ?? p.email ?? null }),
  };
}

function headerReader(h: Record<string, string | string[] | undefined> | undefined) {
  return { get: (name: string) => [h?.[name] ?? null].flat()[0] ?? null };
}

const credentials = CredentialsProvider({
  id: "credentials",
  name: "E-mail",
  credentials: { email: { type: "email" }, password: { type: "password" } },
  async authorize(input, req) {
    const result = await signInWithPassword(input, addressOf(headerReader(req?.headers)));
    if (result.ok) return result.user;
    // The login page reads this value (sign-in-errors.ts) and says when to try again.
    if (result.reason === "locked") throw new Error(lockedError(result.until));
    return null;
  },
});

/** next-auth's configuration. A function: env() is read per call, so nothing is read at import time. */
export function authOptions(): NextAuthOptions {
  const e = env();
  const policy = currentSessionPolicy();
  const oidc = oidcProvider();
  return {
    secret: e.NEXTAUTH_SECRET,
    providers: oidc ? [credentials, oidc] : [credentials],
    session: { strategy: "jwt", maxAge: policy.maxAgeSeconds },
    pages: { signIn: "/login", error: "/login" },
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const p = profile as OidcProfile | undefined;
        if (p?.email_verified === false) return false;
        return (await findActiveUserByEmail(p?.email)) !== null;
      },
      async jwt({ token, user, account }) {
        const now = nowSeconds();
        if (account && user) {
          // Signing in: resolve our own user (a federated one by e-mail) and start the clocks.
          const signedIn = account.provider === "credentials" ? (user as AuthUser) : await findActiveUserByEmail(user.email);
          if (!signedIn) throw new Error("AccessDenied");
          await recordSignIn(signedIn, account.provider, await requestOrigin());
          return { sub: signedIn.id, uid: signedIn.id, role: signedIn.role, name: signedIn.name, email: signedIn.email, authTime: now, lastSeen: now };
        }
        const status = token.uid && token.role ? sessionStatus(token, now, policy) : "expired";
        if (status !== "active") throw new SessionEnded(status);
        return { ...token, lastSeen: now };
      },
      async session({ session, token }) {
        // Only reached with a valid token (the jwt callback throws otherwise). Authorization never reads
        // these: getViewer() re-reads the user from the database.
        session.user = { id: String(token.uid), role: token.role as Role, name: token.name ?? "", email: token.email ?? "" };
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        await recordSignOut(token?.uid, token?.role, await requestOrigin());
      },
    },
    logger: {
      error(code, metadata) {
        // An ended session is routine (the user is sent to /login), not an error worth a stack trace.
        if (code === "JWT_SESSION_ERROR" && (metadata as { name?: string } | undefined)?.name === "SessionEnded") return;
        console.error(`[next-auth] ${code}`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth] ${code}`);
      },
      debug() {},
    },
  };
}
