import { z } from "zod";

export const CreateApiTokenSchema = z.object({
  userId: z.uuid("validation.tokenOwner"),
  name: z.string("validation.required").trim().min(1, "validation.required").max(100, "validation.tooLong"),
});

export const RevokeApiTokenSchema = z.object({
  id: z.uuid("validation.invalid"),
  confirm: z.literal("yes", "validation.confirm"),
});
