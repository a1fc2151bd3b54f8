import type { IncomingMessage, ServerResponse } from "node:http";

type Intake = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * Hands the webhook intake to scripts/server.mjs, which loads no app module itself: the
 * handler comes from the same module instances as the rest of the app (one database handle,
 * one settings cache, one queue).
 */
export function registerWebhookIntake(intake: Intake): void {
  (globalThis as typeof globalThis & { __switchboardWebhookIntake?: Intake }).__switchboardWebhookIntake = intake;
}
