import { attachmentFolder } from "@/lib/attachments/download-attachment";
import { db, type Tx } from "@/lib/db";
import { removeStoredFiles } from "@/lib/storage/remove-stored-files";

/** Rows per batch; tests lower it. */
export const removalBatch = { size: 500 };

/**
 * One batch of an inbox's removal: files first, then the rows and the progress in one short
 * transaction. A crash in between leaves rows whose files are gone, and the next run deletes
 * them again, so a batch can always be repeated. Each returns how many rows it found (0: done).
 */
export type RemovalBatch = (inboxId: number) => Promise<number>;

/** Messages with their attachments' files (and, by cascade, attachment and reaction rows). */
export const removeMessages: RemovalBatch = async (inboxId) => {
  const client = await db();
  const messages = await client.message.findMany({
    where: { inboxId },
    select: { id: true, attachments: { select: { id: true }, take: 1 } },
    take: removalBatch.size,
  });
  await removeStoredFiles(messages.filter((message) => message.attachments.length > 0).map((message) => attachmentFolder(message.id)));
  return deleteAndCount(inboxId, messages.length, (tx) => tx.message.deleteMany({ where: { id: { in: messages.map((m) => m.id) } } }));
};

/** Conversations (and, by cascade, who read them); their messages are gone by now. */
export const removeConversations: RemovalBatch = async (inboxId) => {
  const client = await db();
  const conversations = await client.conversation.findMany({ where: { inboxId }, select: { id: true }, take: removalBatch.size });
  return deleteAndCount(inboxId, conversations.length, (tx) => tx.conversation.deleteMany({ where: { id: { in: conversations.map((c) => c.id) } } }));
};

/** Contacts with their copied profile pictures. */
export const removeContacts: RemovalBatch = async (inboxId) => {
  const client = await db();
  const contacts = await client.contact.findMany({ where: { inboxId }, select: { id: true, avatarPath: true }, take: removalBatch.size });
  await removeStoredFiles(contacts.flatMap((contact) => (contact.avatarPath ? [contact.avatarPath] : [])));
  return deleteAndCount(inboxId, contacts.length, (tx) => tx.contact.deleteMany({ where: { id: { in: contacts.map((c) => c.id) } } }));
};

async function deleteAndCount(inboxId: number, found: number, remove: (tx: Tx) => Promise<{ count: number }>): Promise<number> {
  if (found === 0) return 0;
  const client = await db();
  await client.$transaction(async (tx) => {
    // What was actually deleted: a batch repeated after a crash does not count twice.
    const { count } = await remove(tx);
    await tx.inbox.updateMany({ where: { id: inboxId }, data: { removalDone: { increment: count } } });
  });
  return found;
}

/** Everything the removal will delete, for its progress. */
export async function countRemovalItems(inboxId: number): Promise<number> {
  const client = await db();
  const counts = await Promise.all([
    client.message.count({ where: { inboxId } }),
    client.conversation.count({ where: { inboxId } }),
    client.contact.count({ where: { inboxId } }),
  ]);
  return counts.reduce((sum, count) => sum + count, 0);
}
