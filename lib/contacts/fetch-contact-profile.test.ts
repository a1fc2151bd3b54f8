import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const port = await vi.hoisted(async () => {
  const { freePortSync } = await import("@/lib/testing/free-port");
  const chosen = freePortSync();
  process.env.INSTAGRAM_GRAPH_URL = `http://127.0.0.1:${chosen}`;
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  process.env.STORAGE_DIR = mkdtempSync(`${tmpdir()}/storage-`);
  return chosen;
});

const { startMetaStandIn } = await import("@/e2e/meta-stand-in/server");
const { db } = await import("@/lib/db");
const { fetchContactProfile } = await import("@/lib/contacts/fetch-contact-profile");
const { aProcessedCustomerMessage, anInboxKnownToMeta } = await import("@/lib/testing/meta-inbox");
const { withTestDb } = await import("@/lib/testing/with-test-db");

withTestDb();

let meta: Awaited<ReturnType<typeof startMetaStandIn>>;
beforeAll(async () => {
  meta = await startMetaStandIn({ port });
});
afterAll(async () => {
  await meta.close();
  fs.rmSync(process.env.STORAGE_DIR!, { recursive: true, force: true });
});

async function aContact() {
  const { instagramUserId, control } = await anInboxKnownToMeta(meta.url);
  await aProcessedCustomerMessage(instagramUserId, "hi");
  const client = await db();
  return { control, contact: await client.contact.findFirstOrThrow() };
}

describe("fetchContactProfile", () => {
  it("stores the profile and a copy of the picture", async () => {
    const { control, contact } = await aContact();
    await control.putCustomer(contact.igsid, { name: "Peter Chang", username: "peter_chang_live", follower_count: 1234, is_verified_user: true, is_user_follow_business: false, is_business_follow_user: true });
    await fetchContactProfile({ contactId: contact.id }, { lastAttempt: false });
    const client = await db();
    const stored = await client.contact.findUniqueOrThrow({ where: { id: contact.id } });
    expect(stored).toMatchObject({ name: "Peter Chang", username: "peter_chang_live", followerCount: 1234, verified: true, followsBusiness: false, followedByBusiness: true, profileError: null });
    expect(stored.avatarPath).toBe(`avatars/${contact.id}`);
    expect(fs.readFileSync(path.join(process.env.STORAGE_DIR!, stored.avatarPath!), "utf8")).toContain("<svg");
  });

  it("keeps the contact without a profile when Meta wants consent (230), and fails so that it is retried", async () => {
    const { control, contact } = await aContact();
    await control.putCustomer(contact.igsid, { consent: false });
    await expect(fetchContactProfile({ contactId: contact.id }, { lastAttempt: false })).rejects.toThrow();
    const client = await db();
    expect(await client.contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({ name: null, profileError: "consent_required", profileFetchedAt: null });
  });

  it("queues the lookup for every new contact", async () => {
    const { contact } = await aContact();
    const { queue, QUEUES } = await import("@/lib/jobs/queue");
    const jobs = await (await queue()).findJobs(QUEUES.contactProfiles, { data: { contactId: contact.id } });
    expect(jobs).toHaveLength(1);
  });
});
