"use server";
import { revalidatePath } from "next/cache";
import { formToObject, runAction } from "@/lib/actions/run";
import { DomainError, NotFoundError, type ActionState } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import { TOKEN_ROLES } from "./lookup";
import { CreateApiTokenSchema, RevokeApiTokenSchema } from "./schemas";
import { generateToken } from "./token";

// API tokens for the read API, created by an admin for a VWS or admin user. The token itself is returned
// once (to show it) and never stored; the audit keeps only its id, name and prefix.

const mayManage = (v: { role: Parameters<typeof can>[0] }) => can(v.role, "manage", "api-token");

export type CreatedToken = { id: string; token: string; prefix: string };

export async function createApiToken(_prev: ActionState<CreatedToken>, form: FormData): Promise<ActionState<CreatedToken>> {
  return runAction({
    name: "apiToken.create",
    schema: CreateApiTokenSchema,
    input: formToObject(form),
    authorize: mayManage,
    run: async ({ tx, viewer, data, audit }) => {
      const owner = await tx.user.findUnique({ where: { id: data.userId }, select: { role: true, active: true } });
      if (!owner || !owner.active || !(TOKEN_ROLES as readonly string[]).includes(owner.role))
        throw new DomainError("errors.invalid", { userId: ["validation.tokenOwner"] });
      const { token, prefix, hash } = generateToken();
      const row = await tx.apiToken.create({
        data: { userId: data.userId, name: data.name, tokenHash: hash, prefix, createdById: viewer.id },
        select: { id: true },
      });
      await audit({ action: "apiToken.create", entity: "api-token", entityId: row.id, after: { userId: data.userId, name: data.name, prefix } });
      return { id: row.id, token, prefix };
    },
    after: () => revalidatePath("/beheer/tokens"),
  });
}

export async function revokeApiToken(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction({
    name: "apiToken.revoke",
    schema: RevokeApiTokenSchema,
    input: formToObject(form),
    authorize: mayManage,
    run: async ({ tx, data, audit }) => {
      const revoked = await tx.apiToken.updateMany({ where: { id: data.id, revokedAt: null }, data: { revokedAt: new Date() } });
      if (revoked.count === 0) throw new NotFoundError();
      await audit({ action: "apiToken.revoke", entity: "api-token", entityId: data.id, after: { revoked: true } });
    },
    after: () => revalidatePath("/beheer/tokens"),
  });
}
