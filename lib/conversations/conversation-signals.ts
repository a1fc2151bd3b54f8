import { publish, subscribe } from "@/lib/signals/signals";

/**
 * "These conversations of this account changed": what live views listen for. No ids: anything
 * in the account may have changed (an inbox was removed), and every member's views reload.
 */
export type ConversationChange = { accountId: number; conversationIds: number[] };

export async function publishConversationChanges(changes: Map<number, number>): Promise<void> {
  const byAccount = new Map<number, number[]>();
  for (const [conversationId, accountId] of changes) byAccount.set(accountId, [...(byAccount.get(accountId) ?? []), conversationId]);
  for (const [accountId, conversationIds] of byAccount) {
    await publish("switchboard_conversations", JSON.stringify({ accountId, conversationIds } satisfies ConversationChange));
  }
}

/** One conversation changed (a reply, its outcome, a status, an assignment, a reaction). */
export function publishConversationChange(conversation: { id: number; accountId: number }): Promise<void> {
  return publishConversationChanges(new Map([[conversation.id, conversation.accountId]]));
}

/** Many conversations at once, e.g. all of an inbox being removed: cheaper than naming each. */
export function publishAccountChange(accountId: number): Promise<void> {
  return publish("switchboard_conversations", JSON.stringify({ accountId, conversationIds: [] } satisfies ConversationChange));
}

/** Calls `handler` with each change; `null` when changes may have been missed (a reconnect). */
export function subscribeToConversationChanges(handler: (change: ConversationChange | null) => void): () => void {
  return subscribe("switchboard_conversations", (payload) => handler(payload ? (JSON.parse(payload) as ConversationChange) : null));
}
