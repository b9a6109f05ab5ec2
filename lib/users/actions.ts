"use server";
import { revalidatePath } from "next/cache";
import { formToObject, runAction } from "@/lib/actions/run";
import { DomainError, type ActionState } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { generateOneTimePassword } from "./one-time-password";
import { assertMunicipality, claimUser, endAllAssignments, endMembership, refuseSelf, revokeTokensOf, startMembership } from "./mutations";
import { ChangeRoleSchema, CreateUserSchema, ResetPasswordSchema, SetActiveSchema } from "./schemas";

// Admin user management. Every action: runAction (origin → viewer → zod → can(manage:user) → transaction
// with audit → revalidate). The user's `version` guards against two admins saving over each other.

const isAdmin = (v: { role: Parameters<typeof can>[0] }) => can(v.role, "manage", "user");
const refresh = (id?: string) => {
  revalidatePath("/beheer/gebruikers");
  if (id) revalidatePath(`/beheer/gebruikers/${id}`);
};

export type CreatedUser = { id: string; initialPassword: string };
export type OneTimePassword = { password: string };

export async function createUser(_prev: ActionState<CreatedUser>, form: FormData): Promise<ActionState<CreatedUser>> {
  return runAction({
    name: "user.create",
    schema: CreateUserSchema,
    input: formToObject(form),
    authorize: isAdmin,
    run: async ({ tx, data, audit }) => {
      if (await tx.user.count({ where: { email: data.email } })) throw new DomainError("errors.invalid", { email: ["validation.emailTaken"] });
      const municipalityCode = data.role === "CIVIL_SERVANT" ? data.municipalityCode : undefined;
      if (municipalityCode) await assertMunicipality(tx, municipalityCode);
      const initialPassword = generateOneTimePassword();
      const user = await tx.user.create({
        data: { name: data.name, email: data.email, role: data.role, passwordHash: await hashPassword(initialPassword) },
        select: { id: true },
      });
      if (municipalityCode) await startMembership(tx, user.id, municipalityCode);
      await audit({ action: "user.create", entity: "user", entityId: user.id, after: { name: data.name, email: data.email, role: data.role, municipalityCode } });
      return { id: user.id, initialPassword };
    },
    after: () => refresh(),
  });
}

export async function changeRole(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction({
    name: "user.changeRole",
    schema: ChangeRoleSchema,
    input: formToObject(form),
    authorize: isAdmin,
    run: async ({ tx, viewer, data, audit }) => {
      refuseSelf(viewer.id, data.id);
      const before = await claimUser(tx, data.id, data.version);
      if (before.role === data.role) throw new DomainError("errors.noChange");
      // What the old role held does not carry over to the new one.
      const endedMembership = before.role === "CIVIL_SERVANT" ? await endMembership(tx, data.id) : null;
      const endedAssignments = before.role === "ADVISER" ? await endAllAssignments(tx, data.id) : [];
      const revokedTokens = data.role === "VWS" || data.role === "ADMIN" ? 0 : await revokeTokensOf(tx, data.id);
      await tx.user.update({ where: { id: data.id }, data: { role: data.role } });
      await audit({
        action: "user.changeRole",
        entity: "user",
        entityId: data.id,
        before: { role: before.role, municipalityCode: before.municipalityCode },
        after: { role: data.role, endedMembership, endedAssignments, revokedTokens },
      });
    },
    after: (d) => refresh(d.id),
  });
}

export async function setActive(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction({
    name: "user.setActive",
    schema: SetActiveSchema,
    input: formToObject(form),
    authorize: isAdmin,
    run: async ({ tx, viewer, data, audit }) => {
      refuseSelf(viewer.id, data.id);
      const before = await claimUser(tx, data.id, data.version);
      if (before.active === data.active) throw new DomainError("errors.noChange");
      // Takes effect on the user's next request: getViewer() re-reads `active` every time.
      await tx.user.update({ where: { id: data.id }, data: { active: data.active } });
      await audit({ action: data.active ? "user.reactivate" : "user.deactivate", entity: "user", entityId: data.id, before: { active: before.active }, after: { active: data.active } });
    },
    after: (d) => refresh(d.id),
  });
}

export async function resetPassword(_prev: ActionState<OneTimePassword>, form: FormData): Promise<ActionState<OneTimePassword>> {
  return runAction({
    name: "user.resetPassword",
    schema: ResetPasswordSchema,
    input: formToObject(form),
    authorize: isAdmin,
    run: async ({ tx, viewer, data, audit }) => {
      refuseSelf(viewer.id, data.id);
      const before = await claimUser(tx, data.id, data.version);
      const password = generateOneTimePassword();
      await tx.user.update({ where: { id: data.id }, data: { passwordHash: await hashPassword(password) } });
      // A locked-out user who asked for a new password should be able to use it straight away.
      await tx.loginThrottle.deleteMany({ where: { key: `account:${before.email}` } });
      await audit({ action: "user.resetPassword", entity: "user", entityId: data.id });
      return { password };
    },
    after: (d) => refresh(d.id),
  });
}
