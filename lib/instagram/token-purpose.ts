import { decryptSecret } from "@/lib/crypto/secret-box";

/** Associated data of an Instagram account's encrypted token: it decrypts for that account only. */
export const tokenPurpose = (instagramUserId: string) => `instagram-token:${instagramUserId}`;

/** The inbox's long-lived token, decrypted for one call to Meta (never stored or logged). */
export function channelToken(channel: { instagramUserId: string; accessToken: string }): string {
  return decryptSecret(channel.accessToken, tokenPurpose(channel.instagramUserId));
}
