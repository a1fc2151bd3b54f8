import { z } from "zod";
import { newUserSchema, roleSchema } from "@/lib/users/schemas";

export const addAgentSchema = newUserSchema.extend({ role: roleSchema });
export const removeAgentSchema = z.object({ userId: z.coerce.number().int().positive() });
