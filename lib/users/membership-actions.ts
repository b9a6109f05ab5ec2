"use server";
import { revalidatePath } from "next/cache";
import { formToObject, runAction } from "@/lib/actions/run";
import { DomainError, type ActionState } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import { assertMunicipality, claimUser, endCurrentAssignment, endMembership, startMembership } from "./mutations";
import { AssignAdviserSchema, EndAssignmentSchema, LinkMunicipalitySchema, UnlinkMunicipalitySchema } from "./schemas";
import { todayDate } from "./dates";

// Who belongs where: a civil servant's municipality and an adviser's municipalities. Changes end the old
// row (valid_to) and start a new one, so the history stays (the new adviser sees the past; turnover shows).

const isAdmin = (v: { role: Parameters<typeof can>[0] }) => can(v.role, "manage", "user");
const refresh = (id: string) => {
  revalidatePath("/beheer/gebruikers");
  revalidatePath(`/beheer/gebruikers/${id}`);
};

export async function linkMunicipality(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction({
    name: "user.linkMunicipality",
    schema: LinkMunicipalitySchema,
    input: formToObject(form),
    authorize: isAdmin,
    run: async ({ tx, data, audit }) => {
      const before = await claimUser(tx, data.id, data.version);
      if (before.role !== "CIVIL_SERVANT") throw new DomainError("errors.notCivilServant");
      if (before.municipalityCode === data.municipalityCode) throw new DomainError("errors.alreadyLinked");
      await assertMunicipality(tx, data.municipalityCode);
      const ended = await endMembership(tx, data.id);
      await startMembership(tx, data.id, data.municipalityCode);
      await audit({ action: "user.linkMunicipality", entity: "user", entityId: data.id, before: { municipalityCode: ended }, after: { municipalityCode: data.municipalityCode } });
    },
    after: (d) => refresh(d.id),
  });
}

export async function unlinkMunicipality(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction({
    name: "user.unlinkMunicipality",
    schema: UnlinkMunicipalitySchema,
    input: formToObject(form),
    authorize: isAdmin,
    run: async ({ tx, data, audit }) => {
      await claimUser(tx, data.id, data.version);
      const ended = await endMembership(tx, data.id);
      if (!ended) throw new DomainError("errors.notLinked");
      await audit({ action: "user.unlinkMunicipality", entity: "user", entityId: data.id, before: { municipalityCode: ended }, after: { municipalityCode: null } });
    },
    after: (d) => refresh(d.id),
  });
}

export async function assignAdviser(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction({
    name: "adviser.assign",
    schema: AssignAdviserSchema,
    input: formToObject(form),
    authorize: isAdmin,
    run: async ({ tx, data, audit }) => {
      const adviser = await claimUser(tx, data.id, data.version);
      if (adviser.role !== "ADVISER") throw new DomainError("errors.notAdviser");
      if (!adviser.active) throw new DomainError("errors.inactiveUser");
      await assertMunicipality(tx, data.municipalityCode);
      const current = await tx.adviserAssignment.findFirst({ where: { municipalityCode: data.municipalityCode, validTo: null }, select: { adviserId: true } });
      if (current?.adviserId === data.id) throw new DomainError("errors.alreadyAssigned");
      const previous = await endCurrentAssignment(tx, data.municipalityCode);
      await tx.adviserAssignment.create({ data: { adviserId: data.id, municipalityCode: data.municipalityCode, validFrom: todayDate() } });
      await audit({ action: "adviser.assign", entity: "municipality", entityId: data.municipalityCode, before: { adviserId: previous }, after: { adviserId: data.id } });
    },
    after: (d) => refresh(d.id),
  });
}

export async function endAssignment(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction({
    name: "adviser.endAssignment",
    schema: EndAssignmentSchema,
    input: formToObject(form),
    authorize: isAdmin,
    run: async ({ tx, data, audit }) => {
      await claimUser(tx, data.id, data.version);
      const ended = await endCurrentAssignment(tx, data.municipalityCode, data.id);
      if (!ended) throw new DomainError("errors.notAssigned");
      await audit({ action: "adviser.endAssignment", entity: "municipality", entityId: data.municipalityCode, before: { adviserId: ended }, after: { adviserId: null } });
    },
    after: (d) => refresh(d.id),
  });
}
