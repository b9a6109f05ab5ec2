// What our sessions and tokens carry (see options.ts). Only ids and the role: the rest is re-read per request.
import "next-auth";
import "next-auth/jwt";
import type { Role } from "./permissions";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; name: string; email: string };
  }
  interface User {
    role?: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    /** Sign-in time (epoch seconds): the absolute session limit counts from here. */
    authTime?: number;
    /** Last activity (epoch seconds): the idle limit counts from here. */
    lastSeen?: number;
  }
}
