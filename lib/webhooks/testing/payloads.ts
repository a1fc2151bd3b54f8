/** Webhook payloads shaped exactly like instagram-platform.md §7, for tests and the benchmark. */
export const CUSTOMER = "1254459154682919";

let counter = 0;
export const aMid = () => `aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDA${++counter}`;

type Item = Record<string, unknown>;

export function notification(instagramUserId: string, items: Item[], time = Date.now()): string {
  return JSON.stringify({ object: "instagram", entry: [{ id: instagramUserId, time, messaging: items }] });
}

const base = (from: string, to: string, timestamp: number) => ({ sender: { id: from }, recipient: { id: to }, timestamp });

export const customerMessage = (ig: string, message: Item, { timestamp = Date.now(), customer = CUSTOMER } = {}) => ({
  ...base(customer, ig, timestamp),
  message: { mid: aMid(), ...message },
});

export const echo = (ig: string, message: Item, { timestamp = Date.now(), customer = CUSTOMER } = {}) => ({
  ...base(ig, customer, timestamp),
  message: { mid: aMid(), is_echo: true, ...message },
});

export const reaction = (ig: string, mid: string, action: "react" | "unreact", { timestamp = Date.now(), customer = CUSTOMER } = {}) => ({
  ...base(customer, ig, timestamp),
  reaction: action === "react" ? { mid, action, reaction: "love", emoji: "\u2764\uFE0F" } : { mid, action },
});

export const read = (ig: string, mid: string, { timestamp = Date.now(), customer = CUSTOMER } = {}) => ({
  ...base(customer, ig, timestamp),
  read: { mid },
});

export const edit = (ig: string, mid: string, text: string, numEdit: number, { timestamp = Date.now(), customer = CUSTOMER } = {}) => ({
  ...base(customer, ig, timestamp),
  message_edit: { mid, text, num_edit: numEdit },
});

export const postback = (ig: string, { timestamp = Date.now(), customer = CUSTOMER, mid = aMid() as string | undefined } = {}) => ({
  ...base(customer, ig, timestamp),
  postback: { ...(mid ? { mid } : {}), title: "Track my order", payload: "TRACK_ORDER" },
});

export const referral = (ig: string, { timestamp = Date.now(), customer = CUSTOMER } = {}) => ({
  ...base(customer, ig, timestamp),
  referral: { ref: "summer_promo", source: "https://ig.me/m/shop?ref=summer_promo", type: "OPEN_THREAD" },
});
