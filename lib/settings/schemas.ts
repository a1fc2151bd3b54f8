import { z } from "zod";
import { GRAPH_API_VERSION_PATTERN } from "@/lib/env";

// Error messages are keys of the "Validation" namespace in messages/*.json.
export const VERIFY_TOKEN_MIN_LENGTH = 16;

/**
 * What the Instagram settings form submits. An empty app id or verify token removes the saved
 * value (the environment applies again); an absent app secret keeps the saved one.
 */
export const instagramSettingsSchema = z.object({
  appId: z
    .string()
    .trim()
    .regex(/^\d{0,30}$/, { error: "appIdDigits" }),
  appSecret: z
    .string()
    .trim()
    .regex(/^[\x21-\x7e]{16,200}$/, { error: "appSecretFormat" })
    .optional(),
  verifyToken: z
    .string()
    .trim()
    .refine(
      (value) =>
        value === "" || new RegExp(`^[\\x21-\\x7e]{${VERIFY_TOKEN_MIN_LENGTH},200}$`).test(value),
      {
        error: "verifyTokenFormat",
      },
    ),
  apiVersion: z.string().trim().regex(GRAPH_API_VERSION_PATTERN, { error: "apiVersionFormat" }),
  humanAgent: z.boolean(),
});

export type InstagramSettingsInput = z.infer<typeof instagramSettingsSchema>;
