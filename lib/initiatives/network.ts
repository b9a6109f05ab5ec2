// Who sees what of other municipalities' initiatives (the network list), derived from the permission map.
// Pure: the queries turn it into a `where`, the page into the sentence that explains the list.
import { accessFor, type Access, type Role } from "@/lib/auth/permissions";

/**
 * The viewer's access to initiatives outside the workspace. Anonymous visitors have no role and no entry in
 * the permission map: they see what is public, nothing more.
 */
export function networkAccess(role: Role | null): readonly Access[] {
  return role ? accessFor(role, "read", "initiative") : ["public"];
}

/** What the list shows this viewer, in one word (the key of the sentence above the list). */
export type NetworkAudience = "all" | "own" | "assigned" | "network" | "public" | "none";

export function networkAudience(role: Role | null): NetworkAudience {
  const access = networkAccess(role);
  if (access.includes("any")) return "all";
  if (access.includes("network")) return access.includes("own") ? "own" : access.includes("assigned") ? "assigned" : "network";
  return access.includes("public") ? "public" : "none";
}

export const EXCERPT_LENGTH = 220;

/** The start of a description for a list: whole words, at most `max` characters, "…" when cut. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}
