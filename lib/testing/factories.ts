import { createAccount } from "@/lib/accounts/create-account";
import type { AccountRole } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/users/create-user";

let sequence = 0;

export async function aUser(options: { superAdmin?: boolean; password?: string; membership?: { accountId: number; role: AccountRole } } = {}) {
  sequence += 1;
  return createUser({
    name: `User ${sequence}`,
    email: `user${sequence}@example.test`,
    password: options.password ?? "correct horse battery",
    superAdmin: options.superAdmin,
    membership: options.membership,
  });
}

export async function anAccountWith(role: AccountRole) {
  const account = await createAccount({ name: `Account ${++sequence}` });
  const user = await aUser({ membership: { accountId: account.id, role } });
  return { account, user };
}

/** An account with an inbox connected to an Instagram account (a token that decrypts). */
export async function anInstagramInbox(options: { accountId?: number; instagramUserId?: string; reopenResolvedConversations?: boolean } = {}) {
  const { db } = await import("@/lib/db");
  const { encryptSecret } = await import("@/lib/crypto/secret-box");
  const { tokenPurpose } = await import("@/lib/instagram/token-purpose");
  const client = await db();
  const accountId = options.accountId ?? (await createAccount({ name: `Account ${++sequence}` })).id;
  const instagramUserId = options.instagramUserId ?? `1784140000000${String(++sequence).padStart(4, "0")}`;
  const inbox = await client.inbox.create({
    data: {
      accountId,
      name: `shop_${sequence}`,
      reopenResolvedConversations: options.reopenResolvedConversations ?? true,
      channel: {
        create: {
          instagramUserId,
          username: `shop_${sequence}`,
          accessToken: encryptSecret(`IGAA-token-${sequence}`, tokenPurpose(instagramUserId)),
          tokenExpiresAt: new Date(Date.now() + 60 * 86_400_000),
          tokenRefreshedAt: new Date(),
          grantedScopes: ["instagram_business_basic", "instagram_business_manage_messages"],
        },
      },
    },
  });
  return { inboxId: inbox.id, accountId, instagramUserId };
}
