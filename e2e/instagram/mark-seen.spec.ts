import { aConversation, setInboxFeatures, thread } from "../support/conversations";
import { expect, test } from "../support/fixtures";
import { meta } from "../support/instagram";
import { people } from "../support/seed-data";
import { customerText, deliver } from "../support/webhooks";

test.describe.configure({ timeout: 120_000 });

test("opening a conversation with new customer messages tells Instagram they were seen, where the inbox opted in", async ({ page, context, browser, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  // The agent has the conversation open before the option is on: nothing is sent for it.
  const { ig, customer, agent, close } = await aConversation({ page, context, browser, seeded, request });
  const markSeenCalls = async () =>
    (await meta.calls({ userId: ig.userId, path: "*messages" })).filter((call) => (call.body as { sender_action?: string }).sender_action === "mark_seen");

  await setInboxFeatures(page, seeded.accounts.acme, ig.inboxId, { markSeen: true });
  await expect(page.getByText("Meta's documentation does not confirm this request for Instagram Login")).toBeVisible();

  // A new message while the agent is on the list: seen only once they open the conversation.
  await agent.goto(`/app/accounts/${seeded.accounts.acme}/conversations`);
  const second = customerText(ig.userId, `Also, do you have gluten-free bread? ${Date.now()}`, { customer });
  expect((await deliver(request, second.body)).status()).toBe(200);
  const list = agent.getByRole("navigation", { name: "Conversations" });
  await expect(list.getByText(second.text)).toBeVisible({ timeout: 15_000 });
  await agent.waitForTimeout(1_000);
  expect(await markSeenCalls()).toEqual([]);
  await list.getByRole("link", { name: second.text }).click();
  await expect(thread(agent).getByText(second.text)).toBeVisible();
  await expect.poll(async () => (await markSeenCalls()).length, { timeout: 15_000 }).toBe(1);
  expect((await markSeenCalls())[0]).toMatchObject({ method: "POST", status: 200, body: { recipient: { id: customer }, sender_action: "mark_seen" } });

  // Opening it again sends nothing more; a message arriving while it is open is seen at once.
  await agent.reload();
  await expect(thread(agent).getByText(second.text)).toBeVisible();
  const third = customerText(ig.userId, `And rye? ${Date.now()}`, { customer });
  expect((await deliver(request, third.body)).status()).toBe(200);
  await expect(thread(agent).getByText(third.text)).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await markSeenCalls()).length, { timeout: 15_000 }).toBe(2);
  await agent.waitForTimeout(1_500);
  expect(await markSeenCalls()).toHaveLength(2);
  await close();
});
