import { publish, subscribe } from "@/lib/signals/signals";

/**
 * "What these users may see has changed" (a membership ended, an inbox's members were edited):
 * their open live streams check again at once instead of at the next minute.
 */
export async function publishAccessChange(userIds: number[]): Promise<void> {
  if (userIds.length > 0) await publish("switchboard_access", JSON.stringify([...new Set(userIds)]));
}

/** Calls `handler` with the users concerned; `null` when signals may have been missed (a reconnect). */
export function subscribeToAccessChanges(handler: (userIds: number[] | null) => void): () => void {
  return subscribe("switchboard_access", (payload) => handler(payload ? (JSON.parse(payload) as number[]) : null));
}
