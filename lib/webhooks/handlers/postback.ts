import { lockCustomer } from "@/lib/conversations/conversation-for-customer";
import type { PostbackItem } from "@/lib/webhooks/classify-item";
import type { HandlerContext } from "@/lib/webhooks/handlers/context";
import { createCustomerMessage } from "@/lib/webhooks/handlers/incoming-message";

/** The customer tapped an icebreaker or a button: shown in the thread as what they tapped. */
export async function handlePostback(ctx: HandlerContext, item: PostbackItem): Promise<void> {
  const igsid = item.sender.id;
  await lockCustomer(ctx, igsid);
  const { mid, title, payload } = item.postback;
  await createCustomerMessage(ctx, igsid, {
    // Without a mid, the sender and Meta's timestamp identify the tap for de-duplication.
    mid: mid ?? `postback:${igsid}:${item.timestamp}`,
    kind: "postback",
    text: title ?? null,
    details: payload ? { payload } : undefined,
  });
}
