import type { Tx } from "@/lib/db";

/** The inbox an entry was routed to, by its Instagram account id. */
export type RoutedInbox = {
  inboxId: number;
  accountId: number;
  instagramUserId: string;
  reopenResolvedConversations: boolean;
};

/** What handlers leave for after their transaction commits: UI signals and background work. */
export type Effects = {
  /** changed conversations, with their account */
  conversations: Map<number, number>;
  newContactIds: number[];
  attachmentIds: number[];
};

export type HandlerContext = {
  tx: Tx;
  inbox: RoutedInbox;
  /** the item's own timestamp (when it happened), not when Meta delivered it */
  at: Date;
  effects: Effects;
};

export const newEffects = (): Effects => ({ conversations: new Map(), newContactIds: [], attachmentIds: [] });

/** Marks a conversation as changed, for the UI to be told once the transaction commits. */
export function noteChange(ctx: HandlerContext, conversationId: number): void {
  ctx.effects.conversations.set(conversationId, ctx.inbox.accountId);
}

/** The customer of an item: the sender, or for what the business sent (echoes), the recipient. */
export function customerOf(inbox: RoutedInbox, item: { sender: { id: string }; recipient: { id: string } }): string {
  return item.sender.id === inbox.instagramUserId ? item.recipient.id : item.sender.id;
}
