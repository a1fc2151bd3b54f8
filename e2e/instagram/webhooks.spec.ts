import { expect, signInOn, test } from "../support/fixtures";
import { anInstagramAccount, connectInstagram } from "../support/instagram";
import { people } from "../support/seed-data";
import { customerText, deliver } from "../support/webhooks";

// Each test connects an account through the wizard first.
test.describe.configure({ timeout: 90_000 });

test("a signed webhook becomes a message the inbox's agent sees as it arrives", async ({ page, context, browser, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  const ig = await connectInstagram(page, context, seeded.accounts.acme, { agents: [people.acmeAgent.name] });

  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await signInOn(agent, people.acmeAgent.email);
  await agent.goto(`/app/accounts/${seeded.accounts.acme}/conversations`);

  const text = `Is the sourdough still available, ${Date.now()}`;
  const response = await deliver(request, customerText(ig.userId, text).body);
  expect(response.status()).toBe(200);

  // No reload: the list updates itself when the worker has stored the message.
  const list = agent.getByRole("navigation", { name: "Conversations" });
  await expect(list.getByText(text)).toBeVisible({ timeout: 15_000 });
  await list.getByRole("link", { name: text }).click();
  await expect(agent.getByRole("list", { name: "Messages" }).getByText(text)).toBeVisible();
  await expect(agent.getByRole("complementary", { name: "Contact" }).getByText(ig.username)).toBeVisible();
  await agentContext.close();
});

test("a forged signature gets 401 and nothing of it is stored", async ({ page, context, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  const ig = await connectInstagram(page, context, seeded.accounts.acme);
  const forged = customerText(ig.userId, `forged ${Date.now()}`);
  const refused = await deliver(request, forged.body, "not-the-app-secret-0000000000000");
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: { code: "INVALID_SIGNATURE" } });
  const unsigned = await request.post("/webhooks/instagram", { data: forged.body, headers: { "content-type": "application/json" } });
  expect(unsigned.status()).toBe(401);

  // A genuine message from the same customer afterwards: it arrives, the forged one never does.
  const genuine = customerText(ig.userId, `genuine ${Date.now()}`, { customer: forged.customer });
  expect((await deliver(request, genuine.body)).status()).toBe(200);
  await page.goto(`/app/accounts/${seeded.accounts.acme}/conversations`);
  await page.getByRole("navigation", { name: "Conversations" }).getByText(`genuine`, { exact: false }).first().waitFor({ timeout: 15_000 });
  await page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /genuine/ }).first().click();
  const thread = page.getByRole("list", { name: "Messages" });
  await expect(thread.getByText(/^genuine/)).toBeVisible();
  await expect(thread.getByText(/^forged/)).toHaveCount(0);
});

test("the same delivery three times makes one message", async ({ page, context, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  const ig = await connectInstagram(page, context, seeded.accounts.acme);
  const repeated = customerText(ig.userId, `only once ${Date.now()}`);
  for (let attempt = 0; attempt < 3; attempt++) expect((await deliver(request, repeated.body)).status()).toBe(200);
  const after = customerText(ig.userId, `and then this ${Date.now()}`, { customer: repeated.customer, timestamp: Date.now() + 1_000 });
  expect((await deliver(request, after.body)).status()).toBe(200);

  await page.goto(`/app/accounts/${seeded.accounts.acme}/conversations`);
  const list = page.getByRole("navigation", { name: "Conversations" });
  await expect(list.getByText(/^and then this/)).toBeVisible({ timeout: 15_000 });
  await list.getByRole("link", { name: /and then this/ }).click();
  const thread = page.getByRole("list", { name: "Messages" });
  await expect(thread.getByText(/^and then this/)).toBeVisible();
  await expect(thread.getByText(/^only once/)).toHaveCount(1);
});

test("a super admin replays an event that arrived before its account was connected", async ({ page, context, signIn, seeded, request }) => {
  const ig = await anInstagramAccount();
  const early = customerText(ig.userId, `sent before connecting ${Date.now()}`);
  expect((await deliver(request, early.body)).status()).toBe(200);

  // Olga is a super admin and an administrator of Acme.
  await signIn(people.operator.email);
  const row = page.getByRole("row").filter({ hasText: `No inbox for Instagram account ${ig.userId}` });
  await expect(async () => {
    await page.goto("/super_admin/webhook_events?status=unroutable");
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  await connectInstagram(page, context, seeded.accounts.acme, { account: ig });
  await page.goto("/super_admin/webhook_events?status=unroutable");
  await row.getByRole("button", { name: /^Replay event \d+$/ }).click();
  await expect(page.getByText(/^Event \d+ is queued again\.$/)).toBeVisible();

  await page.goto(`/app/accounts/${seeded.accounts.acme}/conversations`);
  await expect(page.getByRole("navigation", { name: "Conversations" }).getByText(early.body.match(/sent before connecting \d+/)![0])).toBeVisible({ timeout: 15_000 });
});
