import { createHmac } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { INSTAGRAM_APP } from "./instagram-app";

/** A webhook delivery as Meta sends it: the raw JSON and its X-Hub-Signature-256. */
export function signedDelivery(body: string, secret = INSTAGRAM_APP.secret) {
  return {
    data: body,
    headers: { "content-type": "application/json", "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}` },
  };
}

export function deliver(request: APIRequestContext, body: string, secret?: string) {
  return request.post("/webhooks/instagram", signedDelivery(body, secret));
}

let sequence = 0;

/** A customer's text message to an Instagram account, shaped like Meta's (instagram-platform.md §7b). */
export function customerText(instagramUserId: string, text: string, options: { customer?: string; mid?: string; timestamp?: number } = {}) {
  sequence += 1;
  const customer = options.customer ?? `12544591546${String(Date.now()).slice(-5)}${sequence}`;
  const mid = options.mid ?? `aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlE${Date.now()}${sequence}`;
  return {
    customer,
    mid,
    text,
    body: JSON.stringify({
      object: "instagram",
      entry: [
        {
          id: instagramUserId,
          time: Date.now(),
          messaging: [{ sender: { id: customer }, recipient: { id: instagramUserId }, timestamp: options.timestamp ?? Date.now(), message: { mid, text } }],
        },
      ],
    }),
  };
}

/** The echo Meta sends for a message the business sent (§7a `is_echo`): from the account to the customer. */
export function businessEcho(instagramUserId: string, customer: string, mid: string, text: string) {
  return JSON.stringify({
    object: "instagram",
    entry: [
      {
        id: instagramUserId,
        time: Date.now(),
        messaging: [{ sender: { id: instagramUserId }, recipient: { id: customer }, timestamp: Date.now(), message: { mid, text, is_echo: true } }],
      },
    ],
  });
}

/**
 * One delivery carrying `perCustomer` text messages from each of `customers` new customers (Meta
 * puts several items in one entry): an inbox with some data in a single request.
 */
export function manyCustomerTexts(instagramUserId: string, { customers, perCustomer, text }: { customers: number; perCustomer: number; text: string }) {
  sequence += 1;
  const start = Date.now() - customers * perCustomer;
  const messaging = Array.from({ length: customers * perCustomer }, (_, n) => ({
    sender: { id: `3${String(Date.now()).slice(-7)}${String(sequence).padStart(2, "0")}${String(n % customers).padStart(5, "0")}` },
    recipient: { id: instagramUserId },
    timestamp: start + n,
    message: { mid: `aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlR${Date.now()}${sequence}x${n}`, text: `${text} ${n}` },
  }));
  return JSON.stringify({ object: "instagram", entry: [{ id: instagramUserId, time: Date.now(), messaging }] });
}
