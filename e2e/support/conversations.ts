import type { APIRequestContext, Browser, BrowserContext, Page } from "@playwright/test";
import { expect, signInOn } from "./fixtures";
import { connectInstagram } from "./instagram";
import { people, type Seeded } from "./seed-data";
import { customerText, deliver } from "./webhooks";

const HOUR = 3600_000;

type Fixtures = { page: Page; context: BrowserContext; browser: Browser; seeded: Seeded; request: APIRequestContext };

/**
 * An inbox with the Acme agent as member, one customer message `hoursAgo`, and the agent's
 * browser on that conversation. Needs the Acme administrator signed in on `page`.
 */
export async function aConversation({ page, context, browser, seeded, request }: Fixtures, { hoursAgo = 1 } = {}) {
  const ig = await connectInstagram(page, context, seeded.accounts.acme, { agents: [people.acmeAgent.name] });
  const incoming = customerText(ig.userId, `Do you deliver on Sundays? ${Date.now()}`, { timestamp: Date.now() - hoursAgo * HOUR });
  expect((await deliver(request, incoming.body)).status()).toBe(200);
  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await signInOn(agent, people.acmeAgent.email);
  await agent.goto(`/app/accounts/${seeded.accounts.acme}/conversations`);
  const list = agent.getByRole("navigation", { name: "Conversations" });
  await expect(list.getByText(incoming.text)).toBeVisible({ timeout: 15_000 });
  await list.getByRole("link", { name: incoming.text }).click();
  await expect(agent.getByRole("list", { name: "Messages" }).getByText(incoming.text)).toBeVisible();
  // The composer is a client component: wait until it is live.
  await agent.waitForLoadState("networkidle");
  return { ig, customer: incoming.customer, incoming, agent, close: () => agentContext.close() };
}

export const thread = (page: Page) => page.getByRole("list", { name: "Messages" });
export const composer = (page: Page) => page.getByRole("textbox", { name: "Reply" });

/** On the inbox's page, as its administrator: turns the opt-in Send API features on or off. */
export async function setInboxFeatures(page: Page, accountId: number, inboxId: number, features: { replies?: boolean; markSeen?: boolean }) {
  await page.goto(`/app/accounts/${accountId}/settings/inboxes/${inboxId}`);
  await page.waitForLoadState("networkidle");
  if (features.replies !== undefined) await page.getByLabel("Replies to a specific message").setChecked(features.replies);
  if (features.markSeen !== undefined) await page.getByLabel("Tell customers their messages were seen").setChecked(features.markSeen);
  await page.getByRole("button", { name: "Save features" }).click();
  await expect(page.getByText("Instagram features saved.")).toBeVisible();
}
