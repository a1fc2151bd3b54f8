import { constantTimeEqual } from "@/lib/crypto/constant-time-equal";

/**
 * Meta's verification handshake (GET with hub.mode, hub.verify_token, hub.challenge): the
 * challenge to echo when the token matches the configured one, otherwise null.
 */
export function verifySubscription(params: URLSearchParams, verifyToken: string | undefined): string | null {
  const token = params.get("hub.verify_token");
  const challenge = params.get("hub.challenge");
  if (params.get("hub.mode") !== "subscribe" || !verifyToken || token === null || challenge === null) return null;
  return constantTimeEqual(token, verifyToken) ? challenge : null;
}
