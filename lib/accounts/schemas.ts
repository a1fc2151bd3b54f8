import { z } from "zod";
import { nameSchema } from "@/lib/users/schemas";

export const accountNameSchema = nameSchema;
export const createAccountSchema = z.object({ name: accountNameSchema });
export const renameAccountSchema = z.object({ accountId: z.coerce.number().int().positive(), name: accountNameSchema });
