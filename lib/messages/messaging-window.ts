/** Meta's messaging policy (instagram-platform.md §8): how long after the customer's last message we may answer. */
export const STANDARD_WINDOW_MS = 24 * 3600_000;
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * 3600_000;

export type MessagingWindow =
  /** Within 24 hours: anything may be sent. */
  | { state: "open"; closesAt: Date }
  /** 24 hours to 7 days, Human Agent enabled: a person's reply goes out with the HUMAN_AGENT tag. */
  | { state: "humanAgent"; closesAt: Date }
  | { state: "closed"; reason: "noCustomerMessage" | "humanAgentDisabled" | "expired" };

/**
 * The one rule the composer shows and the server enforces. Only the customer opens the window:
 * without a message from them nothing can be sent.
 */
export function messagingWindow(lastCustomerMessageAt: Date | null, humanAgentEnabled: boolean, now: Date = new Date()): MessagingWindow {
  if (!lastCustomerMessageAt) return { state: "closed", reason: "noCustomerMessage" };
  const since = now.getTime() - lastCustomerMessageAt.getTime();
  if (since < STANDARD_WINDOW_MS) return { state: "open", closesAt: new Date(lastCustomerMessageAt.getTime() + STANDARD_WINDOW_MS) };
  if (since >= HUMAN_AGENT_WINDOW_MS) return { state: "closed", reason: "expired" };
  if (!humanAgentEnabled) return { state: "closed", reason: "humanAgentDisabled" };
  return { state: "humanAgent", closesAt: new Date(lastCustomerMessageAt.getTime() + HUMAN_AGENT_WINDOW_MS) };
}
