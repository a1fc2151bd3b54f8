import type { Prisma } from "@/lib/generated/prisma/client";
import { lockCustomer } from "@/lib/conversations/conversation-for-customer";
import type { ReferralItem } from "@/lib/webhooks/classify-item";
import type { HandlerContext } from "@/lib/webhooks/handlers/context";
import { createCustomerMessage } from "@/lib/webhooks/handlers/incoming-message";

/** A customer in a thread opened an ig.me link or an ad: noted in the thread with its ref. */
export async function handleReferral(ctx: HandlerContext, item: ReferralItem): Promise<void> {
  const igsid = item.sender.id;
  await lockCustomer(ctx, igsid);
  await createCustomerMessage(ctx, igsid, {
    mid: `referral:${igsid}:${item.timestamp}`,
    kind: "referral",
    details: { referral: item.referral as Prisma.InputJsonObject },
  });
}
