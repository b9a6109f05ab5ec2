import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";

// next-auth's endpoints (sign-in, callback, session, sign-out, csrf). Its POSTs carry next-auth's own
// CSRF token; the options are built per request so nothing reads the environment at build time.
type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };
