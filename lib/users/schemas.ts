import { z } from "zod";

// Error messages are keys of the "Validation" namespace in messages/*.json.
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "invalidEmail" }).max(254, { error: "invalidEmail" }));

export const PASSWORD_MIN_LENGTH = 8;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" })
  .max(200, { error: "passwordTooLong" });

export const nameSchema = z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" });

export const roleSchema = z.enum(["administrator", "agent"], { error: "invalidRole" });

export const newUserSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type NewUser = z.infer<typeof newUserSchema>;
