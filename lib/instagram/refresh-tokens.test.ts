import { describe, expect, it, vi } from "vitest";

const port = await vi.hoisted(async () => (await import("@/lib/testing/free-port")).instagramOnFreePort());

const { db } = await import("@/lib/db");
const { channelsDueForRefresh, isDueForRefresh, refreshChannelToken, scheduleTokenRefreshes } = await import("@/lib/instagram/refresh-tokens");
const { channelToken } = await import("@/lib/instagram/token-purpose");
const { anInboxKnownToMeta } = await import("@/lib/testing/meta-inbox");
const { withMetaStandIn } = await import("@/lib/testing/meta-stand-in");
const { withTestDb } = await import("@/lib/testing/with-test-db");

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date("2026-11-28T12:00:00Z");
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);
const fresh = { tokenRefreshedAt: at(-30 * DAY), tokenExpiresAt: at(5 * DAY), reauthorizationRequired: false };

describe("isDueForRefresh", () => {
  it.each([
    ["refreshed exactly 24 hours ago", { tokenRefreshedAt: at(-DAY) }, true],
    ["refreshed a millisecond less than 24 hours ago", { tokenRefreshedAt: at(-DAY + 1) }, false],
    ["expiring in exactly 10 days", { tokenExpiresAt: at(10 * DAY) }, true],
    ["expiring a millisecond after 10 days", { tokenExpiresAt: at(10 * DAY + 1) }, false],
    ["expiring in a minute", { tokenExpiresAt: at(60_000) }, true],
    ["expired this instant", { tokenExpiresAt: now }, false],
    ["expired yesterday", { tokenExpiresAt: at(-DAY) }, false],
    ["needing reauthorization", { reauthorizationRequired: true }, false],
  ])("a token %s: %s", (_, change, due) => {
    expect(isDueForRefresh({ ...fresh, ...change }, now)).toBe(due);
  });
});

describe("refreshing tokens with Meta", () => {
  withTestDb();
  const meta = withMetaStandIn(port);

  async function aChannel(dates: { tokenRefreshedAt: Date; tokenExpiresAt: Date }) {
    const inbox = await anInboxKnownToMeta(meta.url);
    await (await db()).instagramChannel.update({ where: { id: inbox.channelId }, data: dates });
    return inbox;
  }
  const channel = async (id: number) => (await db()).instagramChannel.findUniqueOrThrow({ where: { id } });
  const queuedRefreshes = async () =>
    (await db()).$queryRawUnsafe<{ channelId: number }[]>(`SELECT (data->>'channelId')::int AS "channelId" FROM pgboss.job WHERE name = 'token-refreshes' ORDER BY 1`);

  it("the scan picks by the same boundaries as the rule", async () => {
    const real = new Date();
    const rel = (offsetMs: number) => new Date(real.getTime() + offsetMs);
    const due = await aChannel({ tokenRefreshedAt: rel(-DAY - 1000), tokenExpiresAt: rel(10 * DAY - 1000) });
    await aChannel({ tokenRefreshedAt: rel(-DAY + 60_000), tokenExpiresAt: rel(5 * DAY) });
    await aChannel({ tokenRefreshedAt: rel(-30 * DAY), tokenExpiresAt: rel(10 * DAY + 60_000) });
    await aChannel({ tokenRefreshedAt: rel(-70 * DAY), tokenExpiresAt: rel(-60_000) });
    expect(await channelsDueForRefresh(real)).toEqual([due.channelId]);
  });

  it("stores the new token, encrypted, with its expiry, and renews the webhook subscription", async () => {
    const { channelId, instagramUserId, control } = await aChannel({ tokenRefreshedAt: new Date(Date.now() - 50 * DAY), tokenExpiresAt: new Date(Date.now() + 3 * DAY) });
    const before = await channel(channelId);
    await refreshChannelToken({ channelId });
    const after = await channel(channelId);
    const newToken = channelToken(after);
    expect(newToken).not.toBe(channelToken(before));
    expect(after.accessToken).not.toContain(newToken);
    const issued = (await control.state()).tokens.find((token) => token.token === newToken);
    expect(issued).toMatchObject({ userId: instagramUserId, kind: "long", revoked: false });
    expect(Math.abs(after.tokenExpiresAt.getTime() - (Date.now() + 60 * DAY))).toBeLessThan(60_000);
    expect(Date.now() - after.tokenRefreshedAt.getTime()).toBeLessThan(60_000);
    expect((await control.state()).subscriptions[instagramUserId]).toEqual(expect.arrayContaining(["messages", "messaging_seen", "message_reactions"]));
    // No longer due: a second run (another worker's job) leaves Meta alone.
    const calls = (await control.calls({ path: "/refresh_access_token" })).length;
    await refreshChannelToken({ channelId });
    expect(await control.calls({ path: "/refresh_access_token" })).toHaveLength(calls);
  });

  it("flags the inbox when Meta refuses the token (190), keeping the token", async () => {
    const { channelId, instagramUserId, control } = await aChannel({ tokenRefreshedAt: new Date(Date.now() - 50 * DAY), tokenExpiresAt: new Date(Date.now() + 3 * DAY) });
    await control.revokeTokens(instagramUserId);
    const before = await channel(channelId);
    await refreshChannelToken({ channelId });
    const after = await channel(channelId);
    expect(after).toMatchObject({ reauthorizationRequired: true, accessToken: before.accessToken, tokenExpiresAt: before.tokenExpiresAt });
  });

  it("throws on Meta's outages for the queue to retry, changing nothing", async () => {
    const { channelId, control } = await aChannel({ tokenRefreshedAt: new Date(Date.now() - 50 * DAY), tokenExpiresAt: new Date(Date.now() + 3 * DAY) });
    await control.addFailure({ path: "/refresh_access_token", status: 503, body: { error: { message: "Service unavailable", code: 2, type: "OAuthException" } }, times: 0 });
    const before = await channel(channelId);
    await expect(refreshChannelToken({ channelId })).rejects.toThrow();
    expect(await channel(channelId)).toMatchObject({ reauthorizationRequired: false, accessToken: before.accessToken, tokenRefreshedAt: before.tokenRefreshedAt });
  });

  it("queues each due token once per hour, however many workers scan", async () => {
    const due = await aChannel({ tokenRefreshedAt: new Date(Date.now() - 50 * DAY), tokenExpiresAt: new Date(Date.now() + 3 * DAY) });
    await aChannel({ tokenRefreshedAt: new Date(Date.now() - HOUR), tokenExpiresAt: new Date(Date.now() + 60 * DAY) });
    // The start of this hour: the second scan, a second later, falls in the same hour.
    const scan = new Date(Math.floor(Date.now() / HOUR) * HOUR);
    expect(await scheduleTokenRefreshes(scan)).toBe(1);
    expect(await scheduleTokenRefreshes(new Date(scan.getTime() + 1000))).toBe(1);
    expect(await queuedRefreshes()).toEqual([{ channelId: due.channelId }]);
    await scheduleTokenRefreshes(new Date(scan.getTime() + HOUR));
    expect(await queuedRefreshes()).toEqual([{ channelId: due.channelId }, { channelId: due.channelId }]);
  });
});
