import { db } from "@/lib/db";
import { visibleConversations, type Viewer } from "@/lib/conversations/visible-inboxes";

/** A copied attachment of a conversation the viewer may see. */
export async function findAttachmentFile(viewer: Viewer, attachmentId: number) {
  const client = await db();
  const attachment = await client.messageAttachment.findFirst({
    where: { id: attachmentId, fileStatus: "stored", message: { conversation: visibleConversations(viewer) } },
    select: { storagePath: true, contentType: true, type: true },
  });
  return attachment?.storagePath ? { ...attachment, storagePath: attachment.storagePath } : null;
}

/** The copied picture of a contact in one of the viewer's conversations. */
export async function findAvatarFile(viewer: Viewer, contactId: number) {
  const client = await db();
  const contact = await client.contact.findFirst({
    where: { id: contactId, avatarPath: { not: null }, conversations: { some: visibleConversations(viewer) } },
    select: { avatarPath: true, avatarContentType: true },
  });
  return contact?.avatarPath ? { storagePath: contact.avatarPath, contentType: contact.avatarContentType } : null;
}

/** An agent's stored attachment, for Meta to fetch (the caller has checked the signed token). */
export async function findOutgoingAttachmentFile(attachmentId: number) {
  const client = await db();
  const attachment = await client.messageAttachment.findFirst({
    where: { id: attachmentId, fileStatus: "stored", message: { direction: "outgoing", source: "agent" } },
    select: { storagePath: true, contentType: true },
  });
  return attachment?.storagePath ? { ...attachment, storagePath: attachment.storagePath } : null;
}
