import { z } from "zod";
import { publishConversationChanges } from "@/lib/conversations/conversation-signals";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { MetaRequestError } from "@/lib/instagram/meta-error";
import { metaRequest } from "@/lib/instagram/meta-http";
import { parseMetaJson } from "@/lib/instagram/meta-json";
import { jobId, queue, QUEUES } from "@/lib/jobs/queue";
import { channelToken } from "@/lib/instagram/token-purpose";
import { logger } from "@/lib/logger";
import { getInstagramSettings } from "@/lib/settings/instagram-settings";
import { downloadFile, type StoredFile } from "@/lib/storage/download-file";
import type { JobAttempt } from "@/lib/worker/work-in-batches";

export type ContactProfileJob = { contactId: number };

/** One lookup job per contact (the id is derived from it, so queuing twice queues once). */
export async function enqueueProfileLookups(contactIds: number[]): Promise<void> {
  if (contactIds.length === 0) return;
  const boss = await queue();
  await boss.insert(QUEUES.contactProfiles, contactIds.map((contactId) => ({ id: jobId("contact-profile", contactId), data: { contactId } satisfies ContactProfileJob })));
}

const PROFILE_FIELDS = "name,username,profile_pic,follower_count,is_user_follow_business,is_business_follow_user,is_verified_user";

const profileSchema = z.object({
  name: z.string().nullish(),
  username: z.string().nullish(),
  profile_pic: z.string().nullish(),
  follower_count: z.number().nullish(),
  is_user_follow_business: z.boolean().nullish(),
  is_business_follow_user: z.boolean().nullish(),
  is_verified_user: z.boolean().nullish(),
});

/**
 * A contact's Instagram profile (§9), with the picture copied (its URL expires within days).
 * Meta refuses until the customer has written (code 230) and in other cases; the contact works
 * without it, shows a fallback name, and the queue retries the lookup later.
 */
export async function fetchContactProfile({ contactId }: ContactProfileJob, { lastAttempt }: JobAttempt): Promise<void> {
  const client = await db();
  const contact = await client.contact.findUnique({
    where: { id: contactId },
    select: { igsid: true, inbox: { select: { channel: { select: { instagramUserId: true, accessToken: true, reauthorizationRequired: true } } } } },
  });
  const channel = contact?.inbox.channel;
  if (!contact || !channel || channel.reauthorizationRequired) return;
  const { apiVersion } = await getInstagramSettings();
  let profile: z.infer<typeof profileSchema>;
  try {
    const raw = await metaRequest(`${env().INSTAGRAM_GRAPH_URL}/${apiVersion.value}/${contact.igsid}`, {
      query: { fields: PROFILE_FIELDS },
      token: channelToken(channel),
    });
    profile = profileSchema.parse(parseMetaJson(raw));
  } catch (error) {
    const meta = error instanceof MetaRequestError ? error.meta : undefined;
    const reason = meta?.code === 230 ? "consent_required" : meta ? `meta_${meta.code ?? meta.status}` : "unreadable";
    await client.contact.update({ where: { id: contactId }, data: { profileError: reason } });
    logger.info({ contactId, reason, fbtraceId: meta?.fbtraceId, lastAttempt }, "contact profile not available yet");
    throw error;
  }
  const avatar = profile.profile_pic ? await downloadAvatar(contactId, profile.profile_pic) : null;
  await client.contact.update({
    where: { id: contactId },
    data: {
      name: profile.name ?? null,
      username: profile.username ?? null,
      followerCount: profile.follower_count ?? null,
      verified: profile.is_verified_user ?? null,
      followsBusiness: profile.is_user_follow_business ?? null,
      followedByBusiness: profile.is_business_follow_user ?? null,
      ...(avatar ? { avatarPath: avatar.storagePath, avatarContentType: avatar.contentType } : {}),
      profileFetchedAt: new Date(),
      profileError: null,
    },
  });
  const conversations = await client.conversation.findMany({ where: { contactId }, select: { id: true, accountId: true } });
  await publishConversationChanges(new Map(conversations.map((conversation) => [conversation.id, conversation.accountId])));
}

/** The picture is a nicety: failing to copy it does not fail the profile. */
async function downloadAvatar(contactId: number, url: string): Promise<StoredFile | null> {
  try {
    const stored = await downloadFile(url, `avatars/${contactId}`);
    return stored.contentType.startsWith("image/") ? stored : null;
  } catch (error) {
    logger.info({ contactId, error: (error as Error).message }, "contact picture not copied");
    return null;
  }
}
