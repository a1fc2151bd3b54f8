import type { HandlerContext } from "@/lib/webhooks/handlers/context";

/** A message of the routed inbox by Meta's id, with what handlers need to change it. */
export function findMessage({ tx, inbox }: HandlerContext, mid: string) {
  return tx.message.findUnique({
    where: { inboxId_mid: { inboxId: inbox.inboxId, mid } },
    select: { id: true, conversationId: true, sentAt: true, editCount: true, deletedAt: true, direction: true, status: true },
  });
}
