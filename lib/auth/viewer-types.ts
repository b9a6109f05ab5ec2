import type { Role } from "./permissions";

/** Who is asking. Built on every request from the session or an API token, re-checked against the database. */
export type Viewer = {
  id: string;
  role: Role;
  name: string;
  email: string;
  /** The civil servant's current municipality (CBS code), else null. */
  municipalityCode: string | null;
  /** How the request was authenticated. */
  via: "session" | "token";
};
