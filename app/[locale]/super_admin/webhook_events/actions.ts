"use server";

import { z } from "zod";
import { superAdminAction } from "@/lib/actions/authorized-action";
import { replayWebhookEvents } from "@/lib/webhooks/replay-webhook-events";
import { replayWebhookEventSchema } from "@/lib/webhooks/schemas";

/** Each returns how many events went back to the worker (0 when none was replayable any more). */
export const replayWebhookEventAction = superAdminAction(replayWebhookEventSchema, ({ eventId }) => replayWebhookEvents({ ids: [eventId] }));

export const replayDeadWebhookEventsAction = superAdminAction(z.object({}), () => replayWebhookEvents({ allDead: true }));
