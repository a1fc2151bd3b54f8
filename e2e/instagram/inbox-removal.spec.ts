import { expect, test } from "../support/fixtures";
import { connectInstagram, meta } from "../support/instagram";
import { people } from "../support/seed-data";
import { customerText, deliver, manyCustomerTexts } from "../support/webhooks";

// Connects an account twice through the wizard and waits for a removal in the background.
test.describe.configure({ timeout: 150_000 });

test("an administrator deletes an inbox by typing its name; its data goes in the background, later webhooks are unroutable, and the account can be connected again", async ({
  page,
  context,
  signIn,
  seeded,
  request,
}) => {
  // Olga administers Acme and, as a super admin, sees the webhook events.
  await signIn(people.operator.email);
  const ig = await connectInstagram(page, context, seeded.accounts.acme);
  const text = `Removal ${Date.now()}`;
  // 2,000 messages from 200 customers: a removal that takes a few batches.
  expect((await deliver(request, manyCustomerTexts(ig.userId, { customers: 200, perCustomer: 10, text }))).status()).toBe(200);

  await page.goto(`/app/accounts/${seeded.accounts.acme}/conversations`);
  const list = page.getByRole("navigation", { name: "Conversations" });
  await expect(list.getByRole("link", { name: new RegExp(text) }).first()).toBeVisible({ timeout: 30_000 });
  await list.getByRole("link", { name: new RegExp(text) }).first().click();
  await expect(page.getByRole("list", { name: "Messages" })).toBeVisible();
  const threadUrl = page.url();

  await page.goto(`/app/accounts/${seeded.accounts.acme}/settings/inboxes/${ig.inboxId}`);
  const danger = page.getByRole("region", { name: "Delete this inbox" });
  const confirmation = danger.getByLabel(`Type ${ig.username} to confirm`);
  const remove = danger.getByRole("button", { name: "Delete inbox" });
  await page.waitForLoadState("networkidle");
  await expect(remove).toBeDisabled();
  await confirmation.fill(ig.username.toUpperCase());
  await expect(remove).toBeDisabled();
  await confirmation.fill(ig.username);
  await expect(remove).toBeEnabled();
  await remove.click();

  // Back on the list: the inbox is no longer a link, only its progress, until it is gone.
  await expect(page).toHaveURL(new RegExp(`/app/accounts/${seeded.accounts.acme}/settings/inboxes$`));
  await expect(page.getByText(`${ig.username} is being deleted.`)).toBeVisible();
  // Other tests use the same account at the same time: only this inbox's row counts.
  const row = page.getByRole("list", { name: "Inboxes of this account" }).getByRole("listitem").filter({ hasText: ig.username });
  await expect(row.getByRole("progressbar", { name: `Removing ${ig.username}` })).toBeVisible();
  await expect(row.getByText(/^Removing… \d+%$/)).toBeVisible();
  await expect(row.getByRole("link")).toHaveCount(0);
  await expect(row).toHaveCount(0, { timeout: 60_000 });

  const unsubscribed = (await meta.calls({ userId: ig.userId, path: "*subscribed_apps" })).filter((call) => call.method === "DELETE");
  expect(unsubscribed).toMatchObject([{ path: "/v25.0/me/subscribed_apps", status: 200 }]);
  expect((await meta.state()).subscriptions[ig.userId]).toBeUndefined();

  expect((await page.goto(threadUrl))?.status()).toBe(404);
  expect((await page.goto(`/app/accounts/${seeded.accounts.acme}/settings/inboxes/${ig.inboxId}`))?.status()).toBe(404);
  await page.goto(`/app/accounts/${seeded.accounts.acme}/conversations?status=all`);
  await expect(page.getByRole("navigation", { name: "Conversations" }).getByText(new RegExp(text))).toHaveCount(0);

  // Meta may still deliver for the account: kept, as unroutable.
  const late = customerText(ig.userId, `after the removal ${Date.now()}`);
  expect((await deliver(request, late.body)).status()).toBe(200);
  const event = page.getByRole("row").filter({ hasText: `No inbox for Instagram account ${ig.userId}` });
  await expect(async () => {
    await page.goto("/super_admin/webhook_events?status=unroutable");
    await expect(event).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  // The same Instagram account again: a new, empty inbox.
  const again = await connectInstagram(page, context, seeded.accounts.acme, { account: ig });
  expect(again.inboxId).not.toBe(ig.inboxId);
  expect((await meta.state()).subscriptions[ig.userId]).toContain("messages");
  const fresh = customerText(ig.userId, `back again ${Date.now()}`);
  expect((await deliver(request, fresh.body)).status()).toBe(200);
  await page.goto(`/app/accounts/${seeded.accounts.acme}/conversations`);
  await expect(page.getByRole("navigation", { name: "Conversations" }).getByText(fresh.text)).toBeVisible({ timeout: 15_000 });
});
