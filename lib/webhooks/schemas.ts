import { z } from "zod";
import { WebhookEventStatus } from "@/lib/generated/prisma/enums";

// Error messages are keys of the "Validation" namespace in messages/*.json.

/** Every status, in the order of the Prisma enum. */
export const WEBHOOK_EVENT_STATUSES = Object.values(WebhookEventStatus);
export type { WebhookEventStatus };

const MAX_BIGINT = 9223372036854775807n;

/** A webhook event id as the browser sends it: a decimal string, since ids exceed 2^53. */
export const webhookEventIdSchema = z
  .string({ error: "webhookEventId" })
  .trim()
  .regex(/^[1-9]\d{0,18}$/, { error: "webhookEventId" })
  .transform((value) => BigInt(value))
  .refine((value) => value <= MAX_BIGINT, { error: "webhookEventId" });

export const replayWebhookEventSchema = z.object({ eventId: webhookEventIdSchema });

const minute = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A datetime-local value ("2026-11-20T09:30"), read as UTC: the page shows every time in UTC. */
const utcMinute = z
  .string()
  .regex(minute)
  .transform((value) => new Date(`${value}:00Z`))
  .refine((date) => !Number.isNaN(date.getTime()));

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional()).catch(undefined);

/**
 * The filters of the webhook events page, from its query string. A value that does not parse
 * is ignored rather than refused: the page is a GET form and a stale link should still open.
 */
export const webhookEventFiltersSchema = z.object({
  status: optional(z.enum(WebhookEventStatus)),
  inbox: optional(z.coerce.number().int().positive().max(2_147_483_647)),
  from: optional(utcMinute),
  to: optional(utcMinute),
  cursor: optional(webhookEventIdSchema),
  event: optional(webhookEventIdSchema),
});

export type WebhookEventFilters = z.infer<typeof webhookEventFiltersSchema>;
