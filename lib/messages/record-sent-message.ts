import { lockCustomers } from "@/lib/conversations/conversation-for-customer";
import { db } from "@/lib/db";

/**
 * The Send API answered with `mid` for our message. Its echo may have come first (echo.ts):
 * - it claimed this message: nothing to do but mark it sent;
 * - it became a separate "sent from the Instagram app" row: that row goes, this one stays;
 * - it claimed our other reply with the same text: the two swap ids, each gets its own.
 * So the thread holds each reply once, whichever of the two arrives first.
 */
export async function recordSentMessage(messageId: number, mid: string): Promise<void> {
  const client = await db();
  await client.$transaction(async (tx) => {
    const message = await tx.message.findUniqueOrThrow({ where: { id: messageId }, select: { inboxId: true, conversation: { select: { contact: { select: { igsid: true } } } } } });
    await lockCustomers(tx, [{ inboxId: message.inboxId, igsid: message.conversation.contact.igsid }]);
    // Read again under the lock: an echo may have claimed this message meanwhile.
    const current = await tx.message.findUniqueOrThrow({ where: { id: messageId }, select: { mid: true } });
    if (current.mid !== mid) {
      const holder = await tx.message.findUnique({ where: { inboxId_mid: { inboxId: message.inboxId, mid } }, select: { id: true, source: true, readAt: true } });
      if (holder?.source === "instagram_app") {
        await tx.message.delete({ where: { id: holder.id } });
        if (holder.readAt) await tx.message.update({ where: { id: messageId }, data: { readAt: holder.readAt } });
      } else if (holder) {
        await tx.message.update({ where: { id: messageId }, data: { mid: null } });
        await tx.message.update({ where: { id: holder.id }, data: { mid: current.mid, status: current.mid ? "sent" : "sending" } });
      }
    }
    await tx.message.update({ where: { id: messageId }, data: { mid, status: "sent", error: null } });
  });
}
