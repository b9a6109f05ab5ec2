// Forms and filters of user management (admin). Messages are catalog keys ("validation.…"), shown by the form.
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

export const USERS_PAGE_SIZE = 25;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const id = z.uuid("validation.invalid");
const version = z.coerce.number("validation.invalid").int().min(1, "validation.invalid");
const role = z.enum(ROLES, "validation.role");
const municipalityCode = z.string("validation.municipality").trim().toUpperCase().regex(/^GM\d{4}$/, "validation.municipality");
const email = z
  .string("validation.required")
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(320, "validation.tooLong")
  .pipe(z.email("validation.email"));
const name = z.string("validation.required").trim().min(1, "validation.required").max(200, "validation.tooLong");

/** Search, role filter and page of the user list (from the URL; bad values fall back to defaults). */
export const UserFiltersSchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()).catch(undefined),
  role: z.preprocess(blankToUndefined, role.optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type UserFilters = z.output<typeof UserFiltersSchema>;

export const CreateUserSchema = z
  .object({ name, email, role, municipalityCode: z.preprocess(blankToUndefined, municipalityCode.optional()) })
  .superRefine((v, ctx) => {
    if (v.role === "CIVIL_SERVANT" && !v.municipalityCode)
      ctx.addIssue({ code: "custom", path: ["municipalityCode"], message: "validation.municipalityRequired" });
  });

/** Every change to an existing user names the version the admin saw (optimistic concurrency). */
const target = { id, version };

export const ChangeRoleSchema = z.object({ ...target, role });
export const LinkMunicipalitySchema = z.object({ ...target, municipalityCode });
export const UnlinkMunicipalitySchema = z.object(target);
export const AssignAdviserSchema = z.object({ ...target, municipalityCode });
export const EndAssignmentSchema = z.object({ ...target, municipalityCode });
export const SetActiveSchema = z.object({
  ...target,
  active: z.enum(["true", "false"], "validation.invalid").transform((v) => v === "true"),
  // The confirmation step: the form only sends this from its "yes, I am sure" button.
  confirm: z.literal("yes", "validation.confirm"),
});
export const ResetPasswordSchema = z.object({ ...target, confirm: z.literal("yes", "validation.confirm") });
