// The one role → permission map (pure; no framework, no database). Permissions read
// "<action>:<entity>:<access>" (as in epic-stack). Access says WHICH records: the query applies it.
//   own       the civil servant's own municipality (current membership)
//   assigned  the adviser's currently assigned municipalities
//   network   records other municipalities made visible to the GIDS network (or public)
//   public    records marked public
//   submitted questionnaires that are SUBMITTED or ACCEPTED (never drafts)
//   any       everything
export const ROLES = ["CIVIL_SERVANT", "ADVISER", "VWS", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const ACCESS = ["own", "assigned", "network", "public", "submitted", "any"] as const;
export type Access = (typeof ACCESS)[number];

export type Entity =
  | "municipality" // the municipality workspace (approach at a glance, timeline)
  | "approach"
  | "initiative"
  | "questionnaire"
  | "review" // adviser's comments, return/accept
  | "advice" // the advice log
  | "national" // national aggregates and dashboards
  | "user"
  | "audit"
  | "survey-admin" // rounds, question bank, reminders
  | "import"
  | "api-token";
export type Action = "read" | "write" | "manage";
export type Permission = `${Action}:${Entity}:${Access}`;

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  CIVIL_SERVANT: [
    "read:municipality:own",
    "read:approach:own",
    "write:approach:own",
    "read:initiative:own",
    "read:initiative:network",
    "write:initiative:own",
    "read:questionnaire:own",
    "write:questionnaire:own",
    "read:review:own", // sees the adviser's comments on a returned questionnaire
    "read:national:any",
  ],
  ADVISER: [
    "read:municipality:assigned",
    "read:approach:assigned",
    "read:initiative:assigned",
    "read:initiative:network",
    "read:questionnaire:assigned",
    "read:review:assigned",
    "write:review:assigned",
    "read:advice:assigned",
    "write:advice:assigned",
    "read:national:any",
  ],
  VWS: ["read:national:any", "read:questionnaire:submitted", "read:initiative:public"],
  ADMIN: [
    "read:municipality:any",
    "read:approach:any",
    "write:approach:any",
    "read:initiative:any",
    "write:initiative:any",
    "read:questionnaire:any",
    "write:questionnaire:any",
    "read:review:any",
    "write:review:any",
    "read:advice:any",
    "write:advice:any",
    "read:national:any",
    "manage:user:any",
    "read:audit:any",
    "manage:survey-admin:any",
    "manage:import:any",
    "manage:api-token:any",
  ],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return PERMISSIONS[role];
}

/** The access levels a role has for an action on an entity; empty when it has none. */
export function accessFor(role: Role, action: Action, entity: Entity): Access[] {
  const prefix = `${action}:${entity}:`;
  return PERMISSIONS[role].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length) as Access);
}

/** Whether a role may do the action on the entity with the given access (or with any access when omitted). */
export function can(role: Role, action: Action, entity: Entity, access?: Access): boolean {
  const granted = accessFor(role, action, entity);
  if (granted.includes("any")) return true;
  return access ? granted.includes(access) : granted.length > 0;
}

/** Where each role lands after signing in. */
export function homePath(role: Role, municipalityCode: string | null): string {
  switch (role) {
    case "CIVIL_SERVANT":
      return municipalityCode ? `/gemeenten/${municipalityCode}` : "/";
    case "ADVISER":
      return "/adviseur";
    case "VWS":
      return "/landelijk";
    case "ADMIN":
      return "/beheer";
  }
}
