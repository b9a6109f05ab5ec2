import { NotFoundError } from "@/lib/actions/state";
import { can, type Access, type Action, type Entity } from "./permissions";
import type { Viewer } from "./viewer-types";

/**
 * The check every query and action starts with. Denied and anonymous look exactly like "not found"
 * (pages turn it into a 404), so nobody learns what exists behind a permission.
 */
export function assertCan(viewer: Viewer | null, action: Action, entity: Entity, access?: Access): asserts viewer is Viewer {
  if (!viewer || !can(viewer.role, action, entity, access)) throw new NotFoundError();
}
