import { aConversation, composer, setInboxFeatures, thread } from "../support/conversations";
import { expect, test } from "../support/fixtures";
import { meta } from "../support/instagram";
import { people } from "../support/seed-data";

test.describe.configure({ timeout: 120_000 });

test("an agent answers a specific message: the quote goes with the reply, once the administrator opts in", async ({ page, context, browser, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  const { ig, customer, incoming, agent, close } = await aConversation({ page, context, browser, seeded, request });
  const customerItem = thread(agent).getByRole("listitem").filter({ hasText: incoming.text });
  const replyButton = customerItem.getByRole("button", { name: "Reply", exact: true });
  // Off by default: Meta's docs do not confirm the shape for sending.
  await expect(customerItem.getByRole("button", { name: "♡ React" })).toBeVisible();
  await expect(replyButton).toHaveCount(0);

  await setInboxFeatures(page, seeded.accounts.acme, ig.inboxId, { replies: true });
  await expect(page.getByText("Meta's documentation does not confirm this format for sending")).toBeVisible();
  await agent.reload();
  await agent.waitForLoadState("networkidle");

  // A quote above the composer: picked from the keyboard, cleared by Escape or by its button.
  const quote = agent.getByRole("form", { name: "Reply" }).getByText(`Replying to: ${incoming.text}`);
  await replyButton.focus();
  await agent.keyboard.press("Enter");
  await expect(quote).toBeVisible();
  await expect(composer(agent)).toBeFocused();
  await agent.keyboard.press("Escape");
  await expect(quote).toHaveCount(0);
  await replyButton.click();
  await agent.getByRole("button", { name: "Remove quote" }).click();
  await expect(quote).toHaveCount(0);

  await replyButton.click();
  const text = `Yes, every Sunday until 2 pm ${Date.now()}`;
  await composer(agent).fill(text);
  await composer(agent).press("Enter");
  await expect(quote).toHaveCount(0);
  const reply = thread(agent).getByRole("listitem").filter({ hasText: text });
  await expect(reply).toContainText("Sent", { timeout: 15_000 });
  // The thread shows our quote as it shows the customer's; it leads back to the quoted message.
  await reply.getByRole("link", { name: `Reply to: ${incoming.text}` }).click();
  await expect(agent).toHaveURL(/#message-\d+$/);
  await expect(agent.locator(new URL(agent.url()).hash)).toContainText(incoming.text);

  const sent = (await meta.state()).messages.filter((m) => m.recipientId === customer);
  expect(sent.map((m) => m.body)).toEqual([{ recipient: { id: customer }, message: { text, reply_to: { mid: incoming.mid } } }]);
  await close();
});
