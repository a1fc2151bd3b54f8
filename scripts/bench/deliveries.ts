import { createHmac } from "node:crypto";
import { customerMessage, notification } from "@/lib/webhooks/testing/payloads";

/** The Instagram account the bench's inbox is connected to (entry[].id of every delivery). */
export const INSTAGRAM_USER_ID = "17841400000000001";
const CUSTOMERS = 200;

export type Delivery = { mid: string; body: Buffer; signature: string };

/**
 * Delivery number `n` of a run: one customer message with a unique mid (`bench-<tag>-<n>`), from
 * one of 200 customers in turn, signed like Meta signs it.
 */
export function delivery(secret: string, tag: string, n: number): Delivery {
  const mid = `bench-${tag}-${n}`;
  const customer = `9100000000${String(n % CUSTOMERS).padStart(6, "0")}`;
  const item = customerMessage(INSTAGRAM_USER_ID, { mid, text: `Hi! Is the sourdough still available today? (${n})` }, { customer });
  const body = Buffer.from(notification(INSTAGRAM_USER_ID, [item]));
  return { mid, body, signature: `sha256=${createHmac("sha256", secret).update(body).digest("hex")}` };
}
