import { NextResponse, type NextRequest } from "next/server";

// Optimistic redirects only: an anonymous visitor of a portal page is sent to /login first. This looks at
// cookie presence, nothing more; whether the viewer may see anything is decided inside the queries and
// actions (lib/<domain>), which run on every request whatever this file does.

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function hasSessionCookie(request: NextRequest): boolean {
  // Large sessions are split into chunks named "<name>.0", "<name>.1", …
  return request.cookies.getAll().some((c) => SESSION_COOKIES.some((n) => c.name === n || c.name.startsWith(`${n}.`)));
}

export function proxy(request: NextRequest) {
  // Only page navigations: server actions and other POSTs answer for themselves ("signed out").
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  if (hasSessionCookie(request)) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // The signed-in portal. /gemeenten itself (the public list of GIDS municipalities) stays open.
  matcher: ["/gemeenten/:path+", "/adviseur/:path*", "/landelijk/:path*", "/beheer/:path*", "/meldingen/:path*", "/profiel/:path*"],
};
