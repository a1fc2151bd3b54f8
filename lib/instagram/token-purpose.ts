/** Associated data of an Instagram account's encrypted token: it decrypts for that account only. */
export const tokenPurpose = (instagramUserId: string) => `instagram-token:${instagramUserId}`;
