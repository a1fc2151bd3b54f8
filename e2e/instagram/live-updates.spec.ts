import type { Page } from "@playwright/test";
import { aConversation, thread } from "../support/conversations";
import { expect, test } from "../support/fixtures";
import { people } from "../support/seed-data";
import { customerText, deliver } from "../support/webhooks";

test.describe.configure({ timeout: 120_000 });

/** Resolves once the conversation list's API finds `text`, i.e. the worker has stored it. */
async function stored(page: Page, accountId: number, text: string) {
  await expect
    .poll(async () => ((await (await page.request.get(`/api/accounts/${accountId}/conversations?status=all&q=${encodeURIComponent(text)}`)).json()) as { conversations: unknown[] }).conversations.length, { timeout: 15_000 })
    .toBe(1);
}

test("messages that arrive before the live stream connects, or while it is down, still appear without a reload", async ({ page, context, browser, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  const { ig, customer, agent, close } = await aConversation({ page, context, browser, seeded, request });
  const acme = seeded.accounts.acme;

  // The page renders, then its stream is held back while a message arrives and is stored.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await agent.route("**/events?since=*", async (route) => {
    await held;
    await route.continue();
  });
  await agent.reload();
  const early = customerText(ig.userId, `Before the stream ${Date.now()}`, { customer });
  expect((await deliver(request, early.body)).status()).toBe(200);
  await stored(page, acme, early.text);
  await expect(thread(agent).getByText(early.text)).toHaveCount(0);
  release();
  await expect(thread(agent).getByText(early.text)).toBeVisible({ timeout: 10_000 });
  await expect(agent.getByRole("navigation", { name: "Conversations" }).getByText(early.text)).toBeVisible();
  await agent.unroute("**/events?since=*");

  // Offline drops the stream; on reconnecting it names what changed meanwhile.
  await agent.context().setOffline(true);
  const meanwhile = customerText(ig.userId, `While offline ${Date.now()}`, { customer });
  expect((await deliver(request, meanwhile.body)).status()).toBe(200);
  await stored(page, acme, meanwhile.text);
  await agent.context().setOffline(false);
  await expect(thread(agent).getByText(meanwhile.text)).toBeVisible({ timeout: 15_000 });
  await close();
});
